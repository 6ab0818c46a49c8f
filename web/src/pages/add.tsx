/**
 * Adding reports: pasted text, dropped or chosen files, or addresses the server fetches. Each one
 * is sent in turn and shows its progress and what became of it.
 */
import { useRef, useState } from 'preact/hooks';
import { csrfHeaders, type IngestOutcome } from '../api/client';
import { Layout } from '../components/layout';
import { can, useSession } from '../lib/session';

type JobState = 'waiting' | 'sending' | 'reading' | 'done' | 'failed';

interface Job {
  key: number;
  label: string;
  state: JobState;
  /** Bytes sent, 0–1, while sending. */
  progress: number;
  outcome?: IngestOutcome;
  error?: string;
  send: (onProgress: (p: number) => void) => Promise<IngestOutcome>;
}

interface Meta {
  outlet: string;
  publishedAt: string;
  url: string;
}

/** One request to POST /api/sources (or /api/sources/fetch), with upload progress and the server's one-line error. */
function post(path: string, body: XMLHttpRequestBodyInit, contentType: string | null, onProgress: (p: number) => void): Promise<IngestOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    if (contentType) xhr.setRequestHeader('Content-Type', contentType);
    for (const [k, v] of Object.entries(csrfHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => reject(new Error('the server did not answer'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: the status line says what happened */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as IngestOutcome);
      else reject(new Error((body as { message?: string } | null)?.message ?? `${xhr.status} ${xhr.statusText}`));
    };
    xhr.send(body);
  });
}

const STATE_WORDS: Record<JobState, string> = {
  waiting: 'waiting',
  sending: 'sending',
  reading: 'reading and extracting',
  done: 'done',
  failed: 'failed',
};

function outcomeText(o: IngestOutcome): string {
  switch (o.status) {
    case 'stored':
      return `stored: ${o.claims} claim${o.claims === 1 ? '' : 's'}, ${o.events.length} event${o.events.length === 1 ? '' : 's'} updated`;
    case 'near-duplicate':
      return `stored as a copy of ${o.duplicateOf ?? 'an earlier report'}: ${o.claims} claim${o.claims === 1 ? '' : 's'}`;
    case 'duplicate':
      return 'already received: the same bytes are stored once';
    case 'no-claims':
      return `not stored: no claim about an exchange was found${o.reason ? ` (${o.reason})` : ''}`;
    default:
      return o.reason ?? o.status;
  }
}

function JobRow(props: { job: Job }) {
  const j = props.job;
  return (
    <li class={`job job-${j.state}`}>
      <div>
        <strong>{j.label}</strong> — {STATE_WORDS[j.state]}
        {j.state === 'sending' && ` ${Math.round(j.progress * 100)}%`}
      </div>
      {(j.state === 'sending' || j.state === 'reading') && <progress max={1} value={j.state === 'sending' ? j.progress : undefined} aria-label={`${j.label}: ${STATE_WORDS[j.state]}`} />}
      {j.outcome && (
        <div>
          {outcomeText(j.outcome)}
          {j.outcome.sourceId && (
            <>
              {' · '}
              <a href={`/sources/${j.outcome.duplicateOf && j.outcome.status === 'duplicate' ? j.outcome.duplicateOf : j.outcome.sourceId}`}>see the source</a>
            </>
          )}
        </div>
      )}
      {j.error && <div class="error">{j.error}</div>}
    </li>
  );
}

export function AddPage() {
  const { session } = useSession();
  const [text, setText] = useState('');
  const [urls, setUrls] = useState('');
  const [meta, setMeta] = useState<Meta>({ outlet: '', publishedAt: '', url: '' });
  const [jobs, setJobs] = useState<Job[]>([]);
  const [dragging, setDragging] = useState(false);
  const running = useRef(false);
  const queue = useRef<Job[]>([]);
  const nextKey = useRef(1);
  const fileInput = useRef<HTMLInputElement>(null);

  const update = (key: number, patch: Partial<Job>) => setJobs((list) => list.map((j) => (j.key === key ? { ...j, ...patch } : j)));

  async function drain() {
    if (running.current) return;
    running.current = true;
    while (queue.current.length > 0) {
      const job = queue.current.shift()!;
      update(job.key, { state: 'sending' });
      try {
        const outcome = await job.send((p) => update(job.key, p >= 1 ? { state: 'reading', progress: 1 } : { progress: p }));
        update(job.key, { state: 'done', outcome });
      } catch (err) {
        update(job.key, { state: 'failed', error: (err as Error).message });
      }
    }
    running.current = false;
  }

  function enqueue(label: string, send: Job['send']) {
    const job: Job = { key: nextKey.current++, label, state: 'waiting', progress: 0, send };
    queue.current.push(job);
    setJobs((list) => [job, ...list]);
    void drain();
  }

  const metaFields = () => {
    const m: Record<string, string> = {};
    if (meta.outlet.trim()) m.outlet = meta.outlet.trim();
    if (meta.publishedAt) m.publishedAt = meta.publishedAt;
    return m;
  };

  function addText(e: Event) {
    e.preventDefault();
    if (!text.trim()) return;
    const body = JSON.stringify({ text, ...metaFields(), ...(meta.url.trim() ? { url: meta.url.trim() } : {}) });
    const first = text.trim().split('\n')[0]!.slice(0, 60);
    enqueue(`Pasted text “${first}${first.length === 60 ? '…' : ''}”`, (p) => post('/api/sources', body, 'application/json', p));
    setText('');
  }

  function addFiles(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      const form = new FormData();
      form.append('file', file, file.name);
      for (const [k, v] of Object.entries(metaFields())) form.append(k, v);
      enqueue(file.name, (p) => post('/api/sources', form, null, p));
    }
  }

  function addUrls(e: Event) {
    e.preventDefault();
    const list = urls
      .split(/\s+/)
      .map((u) => u.trim())
      .filter(Boolean);
    for (const url of list) {
      const body = JSON.stringify({ url, ...metaFields() });
      enqueue(url, (p) => post('/api/sources/fetch', body, 'application/json', p));
    }
    setUrls('');
  }

  if (!can(session, 'contributor')) {
    return (
      <Layout title="Add reports">
        <p>Adding reports needs the contributor role or above.</p>
      </Layout>
    );
  }

  return (
    <Layout title="Add reports">
      <fieldset class="meta">
        <legend>About the reports you add (optional)</legend>
        <label>
          Outlet
          <input name="outlet" value={meta.outlet} onInput={(e) => setMeta({ ...meta, outlet: e.currentTarget.value })} placeholder="who published it" />
        </label>
        <label>
          Published on
          <input type="date" name="publishedAt" value={meta.publishedAt} onInput={(e) => setMeta({ ...meta, publishedAt: e.currentTarget.value })} />
        </label>
      </fieldset>

      <div class="add-grid">
        <form class="stack" onSubmit={addText} aria-labelledby="paste">
          <h2 id="paste">Paste a report</h2>
          <label>
            Text or HTML of the report
            <textarea name="text" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <label>
            Where it was found (optional)
            <input type="url" name="url" value={meta.url} placeholder="https://…" onInput={(e) => setMeta({ ...meta, url: e.currentTarget.value })} />
          </label>
          <button type="submit" disabled={!text.trim()}>
            Add this text
          </button>
        </form>

        <section aria-labelledby="files" class="stack">
          <h2 id="files">Files</h2>
          <div
            class={dragging ? 'drop dragging' : 'drop'}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              addFiles(e.dataTransfer?.files ?? null);
            }}
          >
            <p>Drop HTML, text, feed or channel-export files here, or</p>
            <label class="button secondary">
              Choose files
              <input ref={fileInput} class="visually-hidden" type="file" multiple name="file" onChange={(e) => {
                addFiles(e.currentTarget.files);
                e.currentTarget.value = '';
              }} />
            </label>
          </div>

          <form class="stack" onSubmit={addUrls} aria-labelledby="urls">
            <h2 id="urls">Addresses</h2>
            <label>
              Web addresses of reports, one a line (the server fetches them)
              <textarea name="urls" rows={4} value={urls} onInput={(e) => setUrls(e.currentTarget.value)} />
            </label>
            <button type="submit" disabled={!urls.trim()}>
              Fetch and add
            </button>
          </form>
        </section>
      </div>

      <h2 id="progress">Progress</h2>
      {jobs.length === 0 ? (
        <p class="muted">Nothing sent yet.</p>
      ) : (
        <ul class="jobs" aria-labelledby="progress" aria-live="polite">
          {jobs.map((j) => (
            <JobRow key={j.key} job={j} />
          ))}
        </ul>
      )}
    </Layout>
  );
}
