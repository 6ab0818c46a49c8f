/**
 * Cuts a source's clean text into runs at every claim's evidence offsets, so each run can be shown
 * as text, highlighted where claims point at it. Pure: the page renders the runs as text nodes.
 */

export interface Evidence {
  id: string;
  sentence: string;
  start: number;
  end: number;
}

export interface Run {
  text: string;
  /** Claims whose evidence covers this run. */
  claims: string[];
  /** Claims whose evidence starts at this run (anchors go here). */
  starts: string[];
  /** Claims whose evidence ends with this run (their reference marks go after it). */
  ends: string[];
}

/**
 * Where each claim's sentence is in the text: its offsets when they hold the sentence, else the
 * sentence's first occurrence, else nowhere (an extractor's offsets into another version of the text).
 */
export function locate(text: string, e: Evidence): { start: number; end: number } | null {
  if (e.end > e.start && e.end <= text.length && text.slice(e.start, e.end) === e.sentence) return { start: e.start, end: e.end };
  if (e.sentence.length === 0) return null;
  const at = text.indexOf(e.sentence);
  return at >= 0 ? { start: at, end: at + e.sentence.length } : null;
}

export function runsOf(text: string, evidence: readonly Evidence[]): { runs: Run[]; unplaced: string[] } {
  const spans: { id: string; start: number; end: number }[] = [];
  const unplaced: string[] = [];
  for (const e of evidence) {
    const at = locate(text, e);
    if (at) spans.push({ id: e.id, ...at });
    else unplaced.push(e.id);
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    if (a === b) continue;
    runs.push({
      text: text.slice(a, b),
      claims: spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.id),
      starts: spans.filter((s) => s.start === a).map((s) => s.id),
      ends: spans.filter((s) => s.end === b).map((s) => s.id),
    });
  }
  return { runs, unplaced };
}
