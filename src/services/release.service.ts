/**
 * Releases: the ledger published as release N — immutable, numbered, dated, with the sha256 of its
 * data and the changes against release N−1. A release freezes copies of the events, claims,
 * sources' metadata and set-aside claims as they stand; its exports are rendered from those copies
 * (and from the append-only history and the sources' bodies, which never change), so they are the
 * same bytes whenever they are fetched. Signing (Ed25519) covers the manifest of file hashes.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';
import type { ExportedSource, HistoryEntry, LedgerClaim, LedgerEvent, LedgerSource, PendingClaim, Release, ReleaseDiff, ReleaseManifest, ReleaseSignature } from '../domain/index.js';
import { fail, issueOf, ok, type Result } from '../domain/errors.js';
import { eventsToCsv, type ExportableEvent } from '../ledger/csv.js';
import { ledgerToJson } from '../ledger/export-json.js';
import { diffReleases } from '../ledger/release-diff.js';
import type { EventCursor, Repositories, Store } from '../storage/index.js';
import type { ReleaseRecordKind } from '../storage/index.js';
import { notify } from './notify.js';

const PAGE = 500;
const SOURCE_PAGE = 50;

/** The files a release is rendered as, in the manifest's order. */
export const RELEASE_FILES = ['events.csv', 'events-hxl.csv', 'ledger.json'] as const;
export type ReleaseFile = (typeof RELEASE_FILES)[number];

/** JSON with keys sorted at every level: what is hashed and signed. */
export function canonicalJson(v: unknown): string {
  const norm = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(norm);
    if (x !== null && typeof x === 'object') return Object.fromEntries(Object.keys(x).sort().map((k) => [k, norm((x as Record<string, unknown>)[k])]));
    return x;
  };
  return JSON.stringify(norm(v));
}

const sha256 = () => createHash('sha256');

// ---------------------------------------------------------------------------------------------
// Reading a release's frozen records

async function* frozen<T>(repos: Repositories, n: number, kind: ReleaseRecordKind): AsyncGenerator<T> {
  for (let after = -1; ; ) {
    const page = await repos.releases.records(n, kind, after, PAGE);
    for (const r of page) yield JSON.parse(r.data) as T;
    if (page.length < PAGE) return;
    after = page.at(-1)!.ord;
  }
}

async function* historyUpTo(repos: Repositories, afterSeq: number, lastSeq: number): AsyncGenerator<HistoryEntry & { seq: number }> {
  for (let after = afterSeq; after < lastSeq; ) {
    const page = await repos.history.page(after, PAGE);
    for (const h of page) {
      if (h.seq > lastSeq) return;
      yield h;
    }
    if (page.length < PAGE) return;
    after = page.at(-1)!.seq;
  }
}

async function* withBodies(repos: Repositories, sources: AsyncIterable<LedgerSource>): AsyncGenerator<ExportedSource> {
  for await (const s of sources) {
    const body = await repos.sources.content(s.id);
    const raw = body?.raw ?? Buffer.alloc(0);
    const text = body?.cleanText ?? '';
    yield raw.length === 0 && text === '' ? { ...s, content: null } : { ...s, content: { sha256: sha256().update(raw).digest('hex'), base64: raw.toString('base64'), text } };
  }
}

async function* plainEvents(events: AsyncIterable<ExportableEvent>): AsyncGenerator<LedgerEvent> {
  for await (const { sources: _s, ...e } of events) yield e;
}

/** One file of a release as a stream of text, rendered from its frozen records. */
export function renderReleaseFile(repos: Repositories, release: { n: number; createdAt: string; historySeq: number }, file: ReleaseFile, events?: AsyncIterable<ExportableEvent> | Iterable<ExportableEvent>): AsyncGenerator<string> {
  const n = release.n;
  if (file === 'events.csv' || file === 'events-hxl.csv') return eventsToCsv(events ?? frozen<ExportableEvent>(repos, n, 'event'), { hxl: file === 'events-hxl.csv' });
  const strip = async function* (): AsyncGenerator<HistoryEntry> {
    for await (const { seq: _s, ...h } of historyUpTo(repos, 0, release.historySeq)) yield h;
  };
  return ledgerToJson({
    exportedAt: release.createdAt,
    sources: withBodies(repos, frozen<LedgerSource>(repos, n, 'source')),
    claims: frozen<LedgerClaim>(repos, n, 'claim'),
    events: plainEvents(frozen<ExportableEvent>(repos, n, 'event')),
    history: strip(),
    pending: frozen<PendingClaim>(repos, n, 'pending'),
  });
}

async function hashOf(chunks: AsyncIterable<string>): Promise<string> {
  const h = sha256();
  for await (const c of chunks) h.update(c);
  return h.digest('hex');
}

async function manifestOf(repos: Repositories, release: { n: number; createdAt: string; historySeq: number }): Promise<ReleaseManifest> {
  const files: Record<string, string> = {};
  for (const f of RELEASE_FILES) files[f] = await hashOf(renderReleaseFile(repos, release, f));
  return { format: 'handover-release', release: release.n, createdAt: release.createdAt, contentHash: files['ledger.json']!, files };
}

/** Events of a release, kept once read: a release never changes. */
const eventsMemo = new Map<string, ExportableEvent[]>();

export async function releaseEvents(store: Store, n: number): Promise<Result<ExportableEvent[]>> {
  const release = await store.releases.get(n);
  if (!release) return fail('NOT_FOUND', await noRelease(store, n));
  // Keyed by the release's hash too: a ledger restored from a backup may hold another release N.
  const key = `${store.description}#${n}#${release.contentHash}#${release.createdAt}`;
  const hit = eventsMemo.get(key);
  if (hit) return ok(hit);
  const out: ExportableEvent[] = [];
  for await (const e of frozen<ExportableEvent>(store, n, 'event')) out.push(e);
  if (eventsMemo.size >= 4) eventsMemo.delete(eventsMemo.keys().next().value as string);
  eventsMemo.set(key, out);
  return ok(out);
}

/** Claims of a release by id. */
export async function releaseClaims(store: Store, n: number, ids: readonly string[]): Promise<Map<string, LedgerClaim>> {
  const rows = await store.releases.recordsByIds(n, 'claim', [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, JSON.parse(r.data) as LedgerClaim]));
}

/** The claims of a release of the given kinds (plans and running totals, for its checks). */
export async function releaseClaimsOfKinds(store: Store, n: number, kinds: readonly string[]): Promise<LedgerClaim[]> {
  const out: LedgerClaim[] = [];
  for await (const c of frozen<LedgerClaim>(store, n, 'claim')) if (kinds.includes(c.kind)) out.push(c);
  return out;
}

/** Sources of a release (metadata) by id. */
export async function releaseSources(store: Store, n: number, ids: readonly string[]): Promise<Map<string, LedgerSource>> {
  const rows = await store.releases.recordsByIds(n, 'source', [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, JSON.parse(r.data) as LedgerSource]));
}

async function noRelease(store: Repositories, n: number): Promise<string> {
  const latest = await store.releases.latest();
  return latest === 0 ? `no release ${n}: none has been published yet (handover release create)` : `no release ${n}: the releases are 1 to ${latest}`;
}

/** A release number as a face passes it: a whole number from 1. */
export function checkReleaseNumber(value: string | number, path = 'release'): Result<number> {
  const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) return fail('INPUT_INVALID', `${path} must be a release number (1, 2, …), got "${value}"`, { path });
  return ok(n);
}

// ---------------------------------------------------------------------------------------------
// Creating

export interface ReleaseOptions {
  /** Who publishes it (an administrator's name). */
  by: string;
  note?: string | null;
  /** An Ed25519 private key (PEM) to sign it with at once. */
  signKey?: string;
  now?: () => string;
}

async function freezeEvents(tx: Repositories, n: number): Promise<number> {
  let after: EventCursor | null = null;
  let ord = 0;
  for (;;) {
    const page = await tx.events.list({}, PAGE, after);
    if (page.length === 0) break;
    const claims = await tx.claims.getMany(page.flatMap((e) => e.claimIds));
    const sources = new Map((await tx.sources.getMany(claims.map((c) => c.sourceId))).map((s) => [s.id, s]));
    const sourceOf = new Map(claims.map((c) => [c.id, c.sourceId]));
    const records = page.map((e) => {
      const refs = new Set<string>();
      for (const id of e.claimIds) {
        const s = sources.get(sourceOf.get(id) ?? '');
        if (s) refs.add(s.url ?? s.id);
      }
      const exported: ExportableEvent = { ...e, sources: [...refs] };
      return { id: e.id, data: JSON.stringify(exported) };
    });
    await tx.releases.appendRecords(n, 'event', ord, records);
    ord += records.length;
    if (page.length < PAGE) break;
    const last = page.at(-1)!;
    after = { sortDate: last.date?.start ?? '', id: last.id };
  }
  return ord;
}

async function freezeRest(tx: Repositories, n: number): Promise<void> {
  let ord = 0;
  for (let after: string | null = null; ; ) {
    const page = await tx.claims.page(after, PAGE);
    await tx.releases.appendRecords(n, 'claim', ord, page.map(({ ordinal: _o, ...c }) => ({ id: c.id, data: JSON.stringify(c) })));
    ord += page.length;
    if (page.length < PAGE) break;
    after = page.at(-1)!.id;
  }
  ord = 0;
  for (let after: string | null = null; ; ) {
    const page = await tx.sources.page(after, SOURCE_PAGE);
    await tx.releases.appendRecords(n, 'source', ord, page.map(({ raw: _r, cleanText: _t, ...s }) => ({ id: s.id, data: JSON.stringify(s) })));
    ord += page.length;
    if (page.length < SOURCE_PAGE) break;
    after = page.at(-1)!.id;
  }
  ord = 0;
  for (let after: string | null = null; ; ) {
    const page = await tx.claims.pendingPage(after, PAGE);
    await tx.releases.appendRecords(n, 'pending', ord, page.map((p) => ({ id: p.claimId, data: JSON.stringify(p) })));
    ord += page.length;
    if (page.length < PAGE) break;
    after = page.at(-1)!.claimId;
  }
}

async function eventMap(repos: Repositories, n: number): Promise<Map<string, LedgerEvent>> {
  const out = new Map<string, LedgerEvent>();
  for await (const { sources: _s, ...e } of frozen<ExportableEvent>(repos, n, 'event')) out.set(e.id, e);
  return out;
}

async function diffBetween(repos: Repositories, older: Release | { n: number; historySeq: number } | null, newer: { n: number; historySeq: number }): Promise<ReleaseDiff> {
  const history: HistoryEntry[] = [];
  for await (const h of historyUpTo(repos, older?.historySeq ?? 0, newer.historySeq)) if (h.entity === 'event') history.push(h);
  return diffReleases(older?.n ?? null, older ? await eventMap(repos, older.n) : null, newer.n, await eventMap(repos, newer.n), history);
}

/** Publishes the ledger as it stands as the next release. */
export async function createRelease(store: Store, options: ReleaseOptions): Promise<Result<Release>> {
  const now = options.now ?? (() => new Date().toISOString());
  let key: KeyObject | null = null;
  if (options.signKey !== undefined) {
    const k = privateKeyOf(options.signKey);
    if (!k.ok) return k;
    key = k.value;
  }
  try {
    const n = await store.transaction(async (tx) => {
      // Writers take turns: nothing is written to the ledger while it is frozen.
      await tx.locks.ledger();
      const n = (await tx.releases.latest()) + 1;
      const createdAt = now();
      const historySeq = await tx.releases.lastHistorySeq();
      await freezeEvents(tx, n);
      await freezeRest(tx, n);
      const shell = { n, createdAt, historySeq };
      const manifest = await manifestOf(tx, shell);
      const previous = n > 1 ? ((await tx.releases.get(n - 1)) ?? null) : null;
      const summary = await diffBetween(tx, previous, shell);
      await tx.releases.insert({ n, createdAt, createdBy: options.by, note: options.note ?? null, historySeq, contentHash: manifest.contentHash, manifest, summary });
      if (key) await tx.releases.addSignature(n, signatureOf(manifest, key, now(), options.by));
      // Subscribers hear of it with the release, in the same transaction (the outbox).
      await notify(tx, { kind: 'release.created', at: createdAt, data: releaseNotice({ n, createdAt, createdBy: options.by, note: options.note ?? null, contentHash: manifest.contentHash, summary }) });
      return n;
    });
    return ok((await store.releases.get(n))!);
  } catch (err) {
    return { ok: false, error: issueOf(err, 'RELEASE_FAILED') };
  }
}

/** What a subscriber is told of a new release: enough to cite it and to fetch it. */
export function releaseNotice(r: Pick<Release, 'n' | 'createdAt' | 'createdBy' | 'note' | 'contentHash' | 'summary'>): Record<string, unknown> {
  return { release: r.n, createdAt: r.createdAt, createdBy: r.createdBy, note: r.note, contentHash: r.contentHash, changes: r.summary.counts, link: `/api/releases/${r.n}` };
}

export async function listReleases(store: Store, limit = 1000): Promise<Release[]> {
  return store.releases.list(limit);
}

export async function getRelease(store: Store, n: number): Promise<Result<Release>> {
  const r = await store.releases.get(n);
  return r ? ok(r) : fail('NOT_FOUND', await noRelease(store, n));
}

/** The changes between two releases, whichever is named first (the older is the base). */
export async function releaseDiff(store: Store, a: number, b: number): Promise<Result<ReleaseDiff>> {
  const ra = await store.releases.get(a);
  if (!ra) return fail('NOT_FOUND', await noRelease(store, a));
  const rb = await store.releases.get(b);
  if (!rb) return fail('NOT_FOUND', await noRelease(store, b));
  const [older, newer] = a <= b ? [ra, rb] : [rb, ra];
  if (older.n === newer.n) return ok({ from: older.n, to: newer.n, counts: { added: 0, corrected: 0, merged: 0, split: 0, withdrawn: 0 }, changes: [] });
  return ok(await diffBetween(store, older, newer));
}

/** One file of a release, as text chunks: the same bytes whenever it is fetched. */
export async function releaseFile(store: Store, n: number, file: ReleaseFile): Promise<Result<AsyncGenerator<string>>> {
  const r = await store.releases.get(n);
  if (!r) return fail('NOT_FOUND', await noRelease(store, n));
  return ok(renderReleaseFile(store, r, file));
}

// ---------------------------------------------------------------------------------------------
// Signing and verifying

export interface KeyPair {
  privateKey: string;
  publicKey: string;
  keyId: string;
}

export function keyIdOf(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/** A new Ed25519 key pair, PEM. */
export function generateReleaseKeys(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

export function privateKeyOf(pem: string): Result<KeyObject> {
  try {
    const k = createPrivateKey(pem);
    if (k.asymmetricKeyType !== 'ed25519') return fail('INPUT_INVALID', `the signing key is ${k.asymmetricKeyType ?? 'not an asymmetric key'}, not Ed25519 (handover release keygen makes one)`, { path: 'key' });
    return ok(k);
  } catch (err) {
    return fail('INPUT_INVALID', `the signing key is not a PEM private key: ${(err as Error).message}`, { path: 'key' });
  }
}

export function publicKeyOf(pem: string): Result<KeyObject> {
  try {
    const k = createPublicKey(pem);
    if (k.asymmetricKeyType !== 'ed25519') return fail('INPUT_INVALID', `the public key is ${k.asymmetricKeyType ?? 'unknown'}, not Ed25519`, { path: 'publicKey' });
    return ok(k);
  } catch (err) {
    return fail('INPUT_INVALID', `the public key is not a PEM public key: ${(err as Error).message}`, { path: 'publicKey' });
  }
}

function signatureOf(manifest: ReleaseManifest, key: KeyObject, at: string, by: string): ReleaseSignature {
  const pub = createPublicKey(key);
  return {
    keyId: keyIdOf(pub),
    publicKey: pub.export({ type: 'spki', format: 'pem' }).toString(),
    signature: edSign(null, Buffer.from(canonicalJson(manifest)), key).toString('base64'),
    signedAt: at,
    signedBy: by,
  };
}

/** Whether `sig` is a valid signature of the manifest by `key`. */
export function signatureHolds(manifest: ReleaseManifest, sig: Pick<ReleaseSignature, 'signature'>, key: KeyObject): boolean {
  try {
    return edVerify(null, Buffer.from(canonicalJson(manifest)), key, Buffer.from(sig.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Signs a published release (its manifest as stored, once checked against its data). */
export async function signRelease(store: Store, n: number, privatePem: string, by: string, now = () => new Date().toISOString()): Promise<Result<ReleaseSignature>> {
  const key = privateKeyOf(privatePem);
  if (!key.ok) return key;
  const r = await store.releases.get(n);
  if (!r) return fail('NOT_FOUND', await noRelease(store, n));
  const check = await verifyRelease(store, n);
  if (!check.ok) return check;
  if (!check.value.ok) return fail('RELEASE_TAMPERED', `release ${n} does not match its own manifest, so it is not signed: ${check.value.problems.join('; ')}`);
  const sig = signatureOf(r.manifest, key.value, now(), by);
  if (r.signatures.some((s) => s.keyId === sig.keyId)) return fail('REVIEW_NOTHING_TO_DO', `release ${n} is signed with key ${sig.keyId} already`);
  try {
    await store.transaction((tx) => tx.releases.addSignature(n, sig));
  } catch (err) {
    return { ok: false, error: issueOf(err, 'RELEASE_FAILED') };
  }
  return ok(sig);
}

export interface VerifyReport {
  ok: boolean;
  release: number;
  /** Files checked, with their hashes as found. */
  files: Record<string, string>;
  /** Key ids whose signatures hold. */
  signedBy: string[];
  problems: string[];
}

function checkSignatures(manifest: ReleaseManifest, signatures: readonly ReleaseSignature[], publicPem: string | undefined, problems: string[]): string[] {
  const held: string[] = [];
  if (publicPem !== undefined) {
    const key = publicKeyOf(publicPem);
    if (!key.ok) {
      problems.push(key.error.message);
      return held;
    }
    const id = keyIdOf(key.value);
    const mine = signatures.filter((s) => s.keyId === id);
    if (mine.length === 0) problems.push(`release ${manifest.release} carries no signature by key ${id}${signatures.length > 0 ? ` (it is signed by ${signatures.map((s) => s.keyId).join(', ')})` : ''}`);
    else if (mine.some((s) => signatureHolds(manifest, s, key.value))) held.push(id);
    else problems.push(`the signature by key ${id} does not match release ${manifest.release}'s manifest: the release or its signature was altered`);
    return held;
  }
  for (const s of signatures) {
    const key = publicKeyOf(s.publicKey);
    if (key.ok && signatureHolds(manifest, s, key.value)) held.push(s.keyId);
    else problems.push(`the signature by key ${s.keyId} does not match release ${manifest.release}'s manifest`);
  }
  return held;
}

/**
 * Renders a stored release again and checks every file against the manifest's hashes, and the
 * signatures against the manifest (with `publicPem`: a signature by that key must be there and hold).
 */
export async function verifyRelease(store: Store, n: number, publicPem?: string): Promise<Result<VerifyReport>> {
  const r = await store.releases.get(n);
  if (!r) return fail('NOT_FOUND', await noRelease(store, n));
  const problems: string[] = [];
  const files: Record<string, string> = {};
  for (const f of RELEASE_FILES) {
    files[f] = await hashOf(renderReleaseFile(store, r, f));
    if (r.manifest.files[f] !== files[f]) problems.push(`${f} of release ${n} hashes to ${files[f]!.slice(0, 12)}…, the manifest says ${(r.manifest.files[f] ?? 'nothing').slice(0, 12)}…: its stored data was altered`);
  }
  if (r.contentHash !== r.manifest.contentHash) problems.push(`release ${n}'s content hash ${r.contentHash.slice(0, 12)}… differs from its manifest's ${r.manifest.contentHash.slice(0, 12)}…`);
  if (r.manifest.release !== n) problems.push(`the manifest stored with release ${n} names release ${r.manifest.release}`);
  const signedBy = checkSignatures(r.manifest, r.signatures, publicPem, problems);
  return ok({ ok: problems.length === 0, release: n, files, signedBy, problems });
}

/** Checks a written release folder (a data package or a site): its files against its manifest, its signatures against the manifest. */
export async function verifyReleaseFolder(read: (name: string) => Promise<Uint8Array | null>, publicPem?: string): Promise<Result<VerifyReport>> {
  const manifestBytes = await read('release.json');
  if (manifestBytes === null) return fail('NOT_FOUND', 'the folder holds no release.json: it was not written by handover release package or site');
  let manifest: ReleaseManifest;
  let signatures: ReleaseSignature[] = [];
  try {
    const parsed = JSON.parse(Buffer.from(manifestBytes).toString('utf8')) as { manifest?: ReleaseManifest; signatures?: ReleaseSignature[] };
    if (!parsed.manifest || parsed.manifest.format !== 'handover-release') throw new Error('no handover-release manifest in it');
    manifest = parsed.manifest;
    signatures = parsed.signatures ?? [];
  } catch (err) {
    return fail('INPUT_INVALID', `release.json is not a release manifest: ${(err as Error).message}`, { path: 'release.json' });
  }
  const problems: string[] = [];
  const files: Record<string, string> = {};
  for (const [name, expected] of Object.entries(manifest.files)) {
    const bytes = await read(name);
    if (bytes === null) {
      problems.push(`${name} is missing`);
      continue;
    }
    files[name] = createHash('sha256').update(bytes).digest('hex');
    if (files[name] !== expected) problems.push(`${name} hashes to ${files[name]!.slice(0, 12)}…, the manifest says ${expected.slice(0, 12)}…: the file was altered`);
  }
  const signedBy = checkSignatures(manifest, signatures, publicPem, problems);
  return ok({ ok: problems.length === 0, release: manifest.release, files, signedBy, problems });
}

