/** Ids of stored things, derived from content so a rerun of the same input yields the same ids. */
import { createHash } from 'node:crypto';

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** `src_` + the first 16 hex digits of the content hash. */
export function sourceIdFor(contentHash: string): string {
  return `src_${contentHash.slice(0, 16)}`;
}

/** `cl_` + a short hash of the source id and the claim's position in the extraction result. */
export function claimIdFor(sourceId: string, index: number): string {
  return `cl_${sha256Hex(`${sourceId}:${index}`).slice(0, 12)}`;
}
