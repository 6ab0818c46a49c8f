/** Followed sources: an address polled on a schedule (a feed, a channel page, a ministry's page). */
export interface Watch {
  /** `w_` + hex. */
  id: string;
  url: string;
  /** Seconds between polls. */
  everySeconds: number;
  /** Who published it, when given (else a feed's own title). */
  outlet: string | null;
  /** A Telegram channel's username, for t.me links (exports fetched from an address). */
  channel: string | null;
  /** The feed's title as last read. */
  title: string | null;
  createdAt: string;
  createdBy: string;
  /** When the next poll is due. */
  nextPollAt: string;
  lastPolledAt: string | null;
  /** How the last poll went: 'ok', 'not-modified' (the server said nothing changed) or 'failed'. */
  lastStatus: 'ok' | 'not-modified' | 'failed' | null;
  lastError: string | null;
  /** The validators of the copy last read, for a conditional fetch. */
  etag: string | null;
  lastModified: string | null;
  polls: number;
  /** Items read so far (each once), sources they stored, claims those carried. */
  itemsSeen: number;
  sourcesNew: number;
  claimsNew: number;
}
