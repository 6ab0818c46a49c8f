/** Detached copies of what a history entry records, and their JSON, serialised once. */

/**
 * The JSON each entry's snapshots were copied from, keyed by the snapshot: storing an entry reuses
 * it instead of serialising the same value a third time (ingest writes several entries a report).
 */
const snapshotJson = new WeakMap<object, string>();

/** A detached copy, so a history entry never changes with the object it describes; null for none. */
export function snapshot(value: unknown): { copy: unknown; json: string } | null {
  if (value === null || value === undefined) return null;
  const json = JSON.stringify(value);
  const copy = JSON.parse(json) as unknown;
  if (typeof copy === 'object' && copy !== null) snapshotJson.set(copy, json);
  return { copy, json };
}

/** The JSON of a snapshot (`before` or `after` of an entry), null for none. */
export function snapshotText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'object' && snapshotJson.get(value)) || JSON.stringify(value);
}
