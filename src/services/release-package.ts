/**
 * A release as a Frictionless data package (Data Package v2), ready for a data portal such as HDX:
 * `datapackage.json` describing each file (the CSV schemas field by field, with their HXL tags),
 * the events as CSV and HXL-tagged CSV, the JSON export, a README with the method and the licence,
 * and `release.json` (the manifest of hashes and any signatures) so `handover release verify DIR`
 * can check the folder. Files are handed to the face as text streams; the face writes them.
 */
import { createHash } from 'node:crypto';
import type { Release } from '../domain/index.js';
import { fail, ok, type Result } from '../domain/errors.js';
import { EVENT_COLUMNS } from '../ledger/csv.js';
import { CATEGORIES, EVENT_STATUSES, REVIEW_STATES } from '../domain/index.js';
import type { Store } from '../storage/index.js';
import { releaseFile, RELEASE_FILES, type ReleaseFile } from './release.service.js';

/** One file to write: its name inside the folder and its text. */
export interface OutputFile {
  name: string;
  content: () => AsyncIterable<string> | Iterable<string>;
}

export interface PackageOptions {
  /** SPDX id of the data's licence (default CC-BY-4.0). */
  license?: string;
  /** Where the ledger is published, for the README and the package's homepage. */
  homepage?: string | null;
}

const LICENSES: Record<string, { title: string; path: string }> = {
  'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { title: 'Creative Commons Attribution Share-Alike 4.0', path: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { title: 'CC0 1.0 Universal (public domain dedication)', path: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODC-By-1.0': { title: 'Open Data Commons Attribution License 1.0', path: 'https://opendatacommons.org/licenses/by/1-0/' },
  'ODbL-1.0': { title: 'Open Data Commons Open Database License 1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/' },
};
export const PACKAGE_LICENSES = Object.keys(LICENSES);

type FieldType = 'string' | 'integer' | 'boolean' | 'date';

/** The Table Schema type, description and constraints of each CSV column. */
const FIELD_INFO: Record<string, { type: FieldType; description: string; enum?: readonly string[] }> = {
  id: { type: 'string', description: 'the event id (stable across releases)' },
  exchange_id: { type: 'string', description: 'shared by the two directions of one swap' },
  date: { type: 'date', description: 'when the handover happened (first day of the span)' },
  date_end: { type: 'date', description: 'last day of the span' },
  date_precision: { type: 'string', description: 'how precise the date is', enum: ['day', 'week', 'month', 'year'] },
  from: { type: 'string', description: 'the party that handed over (a slug: russia, ukraine, israel, hamas …)' },
  to: { type: 'string', description: 'the party that received' },
  category: { type: 'string', description: 'what was handed over', enum: CATEGORIES },
  wounded: { type: 'boolean', description: 'seriously wounded or sick prisoners of war' },
  low: { type: 'integer', description: 'the lowest figure a credible source gives' },
  best: { type: 'integer', description: 'the reconciled figure: the receiving side\'s exact figure first' },
  high: { type: 'integer', description: 'the highest figure a credible source gives (empty when open-ended)' },
  status: { type: 'string', description: 'announced (one side), confirmed (both sides or a mediator) or disputed', enum: EVENT_STATUSES },
  agreement: { type: 'string', description: 'the framework the exchange belongs to (istanbul-2025 …)' },
  mediator: { type: 'string', description: 'the third party that brokered or carried it out' },
  claims: { type: 'integer', description: 'how many claims (statements in sources) make the event' },
  flags: { type: 'string', description: 'machine notes for reviewers, space-separated' },
  review: { type: 'string', description: 'machine, accepted, corrected or rejected (a rejected event no longer counts)', enum: REVIEW_STATES },
  locked: { type: 'boolean', description: 'a person accepted, corrected, merged or split it' },
  sources: { type: 'string', description: 'the addresses (or ids) of the sources behind it, space-separated' },
};

function constraintsOf(name: string, info: { type: FieldType; enum?: readonly string[] }): { constraints: Record<string, unknown> } | null {
  if (name === 'id') return { constraints: { required: true, unique: true } };
  if (name === 'claims') return { constraints: { required: true, minimum: 0 } };
  if (info.type === 'integer') return { constraints: { minimum: 0 } };
  if (info.enum) return { constraints: { enum: [...info.enum] } };
  return null;
}

/** The Table Schema of the events CSV, from the export's own columns. */
export function eventsTableSchema(): Record<string, unknown> {
  return {
    fields: EVENT_COLUMNS.map((c) => {
      const info = FIELD_INFO[c.header] ?? { type: 'string' as const, description: c.header };
      return {
        name: c.header,
        type: info.type,
        description: `${info.description} (HXL ${c.hxl})`,
        hxl: c.hxl,
        ...(constraintsOf(c.header, info) ?? {}),
      };
    }),
    primaryKey: ['id'],
    missingValues: [''],
  };
}

async function measure(content: () => AsyncIterable<string> | Iterable<string>): Promise<{ bytes: number; sha256: string }> {
  const h = createHash('sha256');
  let bytes = 0;
  for await (const c of content()) {
    const b = Buffer.from(c, 'utf8');
    bytes += b.length;
    h.update(b);
  }
  return { bytes, sha256: h.digest('hex') };
}

/** How a release reads when cited: "Handover release 12 (2026-12-07, sha256 1a2b3c4d…)". */
export function citation(r: Pick<Release, 'n' | 'createdAt' | 'contentHash'>): string {
  return `Handover release ${r.n} (${r.createdAt.slice(0, 10)}, sha256 ${r.contentHash.slice(0, 16)})`;
}

function readme(r: Release, license: string, homepage: string | null): string {
  const lic = LICENSES[license]!;
  const c = r.summary.counts;
  return `# Handover release ${r.n}

Published ${r.createdAt} by ${r.createdBy}.${r.note ? ` ${r.note}` : ''}

A reviewed, source-attributed ledger of humanitarian exchanges in war: prisoners of war, detained
civilians and deported children returned, and the remains of the fallen handed back. Each row of
\`events.csv\` is one handover in one direction on one date.

- Events: ${r.events}. Changes since release ${r.summary.from ?? '(none: this is the first)'}: ${c.added} added,
  ${c.corrected} corrected, ${c.merged} merged, ${c.split} split, ${c.withdrawn} withdrawn.
- Content hash (sha256 of \`ledger.json\`): \`${r.contentHash}\`

## Files

| file | what |
| --- | --- |
| \`events.csv\` | the events (CSV, RFC 4180, UTF-8, CRLF) |
| \`events-hxl.csv\` | the same with the Humanitarian Exchange Language (HXL 1.1) hashtag row under the header |
| \`ledger.json\` | everything behind the events: sources (with their bytes and clean text where the ledger keeps them), claims with the sentence each came from, events, the history of every change, claims set aside (\`handover import\` reads it back) |
| \`datapackage.json\` | the Frictionless Data Package description: every column, its type and HXL tag |
| \`release.json\` | the sha256 of each file and any Ed25519 signatures: \`handover release verify . --public-key KEY.pub\` |

## Method

Reports (official statements, news articles, channel posts) are read by Handover's extractor, which
turns every figure about an exchange into a claim: who handed over how many of what to whom, when,
according to whom, and the sentence it came from. Claims describing the same handover are grouped
into one event. The event's best figure is the receiving side's exact figure where there is one,
then the sending side's, then third parties'; low and high are the range of what credible sources
said. An event is confirmed when both sides or a mediator speak of it, disputed when the parties'
figures disagree beyond rounding, announced otherwise. People review what the machine proposed
(accept, correct, merge, split, reject) and every change is kept in an append-only history
(\`ledger.json\`, section \`history\`). Running totals reported by officials are checked against
the sum of the events they cover, never added to them. The ledger records figures, never names of
people.

## Licence

The data is published under ${lic.title} (${license}): ${lic.path}. The sources' texts remain their
publishers'; \`ledger.json\` carries them as evidence for the figures quoted from them.

## Citing

> according to ${citation(r)}, …

Fetch exactly this release: \`handover export --release ${r.n} --format csv\`${homepage ? `, or ${homepage.replace(/\/$/, '')}/api/export?release=${r.n}&format=csv` : ''}.
`;
}

/** The files of a release's data package. */
export async function releasePackage(store: Store, n: number, options: PackageOptions = {}): Promise<Result<OutputFile[]>> {
  const license = options.license ?? 'CC-BY-4.0';
  if (!LICENSES[license]) return fail('INPUT_INVALID', `license must be one of ${PACKAGE_LICENSES.join(', ')}, got "${license}"`, { path: 'license' });
  const r = await store.releases.get(n);
  if (!r) {
    const f = await releaseFile(store, n, 'events.csv');
    return f.ok ? fail('NOT_FOUND', `no release ${n}`) : f;
  }
  const data: OutputFile[] = RELEASE_FILES.map((name: ReleaseFile) => ({
    name,
    content: () =>
      (async function* () {
        const f = await releaseFile(store, n, name);
        if (!f.ok) throw new Error(f.error.message);
        yield* f.value;
      })(),
  }));
  const sizes = new Map<string, number>();
  for (const f of data) sizes.set(f.name, (await measure(f.content)).bytes);
  const schema = eventsTableSchema();
  const lic = LICENSES[license]!;
  const table = (name: string, path: ReleaseFile, title: string, dialect: Record<string, unknown>) => ({
    name,
    type: 'table',
    title,
    path,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: sizes.get(path),
    hash: `sha256:${r.manifest.files[path]}`,
    dialect: { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, ...dialect },
    schema: { $schema: 'https://datapackage.org/profiles/2.0/tableschema.json', ...schema },
  });
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: `handover-release-${n}`,
    id: `handover-release-${n}-${r.contentHash.slice(0, 16)}`,
    title: `Handover release ${n}: humanitarian exchanges in war`,
    description: `Prisoners of war, detained civilians, deported children and the remains of the fallen handed over between parties to wars, one row per handover and direction, each figure with its sources. Release ${n}, published ${r.createdAt.slice(0, 10)}.`,
    version: String(n),
    created: r.createdAt,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    keywords: ['prisoners of war', 'prisoner exchange', 'repatriation of remains', 'humanitarian', 'hxl'],
    licenses: [{ name: license, path: lic.path, title: lic.title }],
    contributors: [{ title: r.createdBy, roles: ['publisher'] }],
    sources: [{ title: 'Handover ledger', ...(options.homepage ? { path: options.homepage } : {}) }],
    resources: [
      table('events', 'events.csv', 'Events: one handover in one direction on one date', { header: true }),
      table('events-hxl', 'events-hxl.csv', 'Events with HXL hashtags (row 2)', { header: true, headerRows: [1], commentRows: [2] }),
      {
        name: 'ledger',
        title: 'The whole ledger: sources, claims, events, history',
        path: 'ledger.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: sizes.get('ledger.json'),
        hash: `sha256:${r.manifest.files['ledger.json']}`,
      },
    ],
  };
  return ok([
    ...data,
    { name: 'datapackage.json', content: () => [`${JSON.stringify(descriptor, null, 2)}\n`] },
    { name: 'README.md', content: () => [readme(r, license, options.homepage ?? null)] },
    releaseManifestFile(r),
  ]);
}

/** `release.json`: the manifest and the signatures, what `verify DIR` reads. */
export function releaseManifestFile(r: Release): OutputFile {
  return { name: 'release.json', content: () => [`${JSON.stringify({ manifest: r.manifest, signatures: r.signatures, citation: citation(r) }, null, 2)}\n`] };
}
