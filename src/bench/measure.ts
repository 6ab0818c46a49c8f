/** Timing, memory and progress helpers for the benchmarks. */

const MB = 1024 * 1024;

export const now = (): bigint => process.hrtime.bigint();
export const seconds = (ns: bigint | number): number => Number(ns) / 1e9;

/** Highest resident set size seen by sampling; the kernel's own peak is read at the end. */
export class MemoryWatch {
  peakSampled = 0;

  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peakSampled) this.peakSampled = rss;
  }

  /** Peak RSS of the whole process so far, as the kernel counts it (resourceUsage reports kilobytes). */
  static kernelPeak(): number {
    return process.resourceUsage().maxRSS * 1024;
  }
}

export const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

/** Runs a full collection when node was started with --expose-gc, so each phase starts from the same floor. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Latency percentiles (milliseconds) over per-document durations. */
export function percentiles(durationsMs: Float64Array, count: number): { p50: number; p99: number; max: number } {
  if (count === 0) return { p50: 0, p99: 0, max: 0 };
  const sorted = durationsMs.slice(0, count).sort();
  const at = (q: number): number => sorted[Math.min(count - 1, Math.floor(q * count))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted[count - 1] ?? 0 };
}

/**
 * One progress line on stderr, at most twice a second on a terminal (rewritten in place) and every
 * ten seconds otherwise (so CI logs stay short). Quiet for the first second, so quick runs print nothing.
 */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;
  private readonly tty = process.stderr.isTTY === true;

  constructor(
    private readonly label: string,
    /** Null when the amount of work is not known in advance. */
    private readonly total: number | null,
  ) {}

  tick(done: number, timedSeconds: number): void {
    const t = Date.now();
    if (t - this.started < 1000 || t - this.last < (this.tty ? 500 : 10_000)) return;
    this.last = t;
    this.shown = true;
    const rate = timedSeconds > 0 ? Math.round(done / timedSeconds).toLocaleString('en-US') : '–';
    const line = `${this.label} ${done.toLocaleString('en-US')}${this.total === null ? '' : `/${this.total.toLocaleString('en-US')}`} · ${rate}/s · RSS ${mb(process.memoryUsage.rss())}`;
    process.stderr.write(this.tty ? `\r${line.padEnd(78)}` : `${line}\n`);
  }

  end(): void {
    if (this.shown && this.tty) process.stderr.write(`\r${' '.repeat(78)}\r`);
  }
}
