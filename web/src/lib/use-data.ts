/** Loading what a page shows: the data, or the one-line error, and a way to load it again. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading'; data?: T } | { state: 'ready'; data: T } | { state: 'failed'; error: string; data?: T };

/**
 * Runs `load` whenever `key` changes; an answer that arrives after a newer request started is
 * dropped, so a slow response never overwrites what the page asked for since.
 */
export function useData<T>(key: string, load: () => Promise<T>): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    setResult((r) => (r.data === undefined ? { state: 'loading' } : { state: 'loading', data: r.data }));
    load().then(
      (data) => ticket === latest.current && setResult({ state: 'ready', data }),
      (err: Error) => ticket === latest.current && setResult({ state: 'failed', error: err.message }),
    );
    // `load` is recreated on each render; `key` says when it asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return [result, reload];
}
