/**
 * The heap setting of long runs (ingest, extraction of many files, the benchmarks). After each full
 * collection V8 lets the old generation grow to up to four times what survived before it collects
 * again. Reading HTML promotes each page's DOM to the old generation before it is dropped, so a run
 * of large pages peaked at 280–320 MB RSS while about 60 MB was alive. Letting the heap grow by 20%
 * collects sooner: the same run peaks near 235 MB, for about 3% of the HTML rate (`bench:extract`).
 * The setting is the process's (worker threads share it), so only entry points set it.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 20;

let set = false;

/** Sets the heap growth of this process (once; later calls do nothing). */
export function boundHeapGrowth(): void {
  if (set) return;
  set = true;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
