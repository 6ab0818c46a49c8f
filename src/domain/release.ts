/**
 * Releases and the change feed: the ledger published as numbered, immutable releases that others
 * can cite, compare and verify, and the ordered record of every change a mirror replays. Pure types.
 */
import type { HistoryAction, HistoryEntry } from './ledger.js';

/** The files a release is rendered as, each by name with its sha256 (hex). */
export interface ReleaseManifest {
  format: 'handover-release';
  release: number;
  /** ISO timestamp: when it was published. */
  createdAt: string;
  /** sha256 of `ledger.json`, the release's whole data. */
  contentHash: string;
  files: Record<string, string>;
}

/** How one event changed between two releases. */
export type ReleaseChangeKind = 'added' | 'corrected' | 'merged' | 'split' | 'withdrawn';
export const RELEASE_CHANGE_KINDS: readonly ReleaseChangeKind[] = ['added', 'corrected', 'merged', 'split', 'withdrawn'];

export interface ReleaseChange {
  kind: ReleaseChangeKind;
  eventId: string;
  /** A line a reader understands: "2026-01-29 russia → ukraine remains 1,000". */
  label: string;
  /** The fields that differ (figure, status, date …) for an event in both releases. */
  fields: string[];
  /** What the history says was done, in order: action, who, when, why. */
  because: { action: HistoryAction; actor: string; at: string; reason: string | null }[];
}

/** The changes between two releases (`from` older, `to` newer), by kind. */
export interface ReleaseDiff {
  from: number | null;
  to: number;
  counts: Record<ReleaseChangeKind, number>;
  changes: ReleaseChange[];
}

export interface Release {
  n: number;
  createdAt: string;
  createdBy: string;
  note: string | null;
  /** The last history entry (its sequence number) the release includes. */
  historySeq: number;
  contentHash: string;
  manifest: ReleaseManifest;
  /** The changes against the release before (all events added, for release 1). */
  summary: ReleaseDiff;
  /** Events in the release (rejected ones included, marked so). */
  events: number;
  signatures: ReleaseSignature[];
}

export interface ReleaseSignature {
  keyId: string;
  /** PEM (SPKI). */
  publicKey: string;
  /** base64 Ed25519 signature of the manifest's canonical JSON. */
  signature: string;
  signedAt: string;
  signedBy: string;
}

/** One record of the change feed: a history entry with its position. */
export interface ChangeRecord {
  /** The cursor after this record: pass it as `since` to read on from here. */
  cursor: string;
  seq: number;
  /** What happened to the record, in the feed's words; `withdrawn` is a tombstone. */
  change: 'created' | 'corrected' | 'merged' | 'split' | 'withdrawn' | 'updated';
  /** The record no longer counts: removed (`entry.after` null) or an event rejected (kept, marked rejected). */
  tombstone: boolean;
  entry: HistoryEntry;
}
