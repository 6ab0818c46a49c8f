/**
 * A check of a Frictionless Data Package (v2) folder against the spec's rules for what Handover
 * writes: the descriptor's required properties and their types, each resource's file, size and
 * hash, each table schema's fields and types, and the CSV files against their schemas. Written from
 * the specification (datapackage.org: Data Package, Data Resource, Table Dialect, Table Schema),
 * since the reference validator is a Python program.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'list', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];
const NAME = /^[a-z0-9._-]+$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** RFC 4180 rows of a CSV text (quoted cells, doubled quotes, CRLF or LF). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

function cellOk(type: string, v: string): boolean {
  if (v === '') return true;
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(v);
    case 'number':
      return !Number.isNaN(Number(v));
    case 'boolean':
      return ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', '1', '0'].includes(v);
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
    default:
      return true;
  }
}

/** Every problem found, each naming where; empty when the package is valid. */
export function checkDataPackage(dir: string): string[] {
  const problems: string[] = [];
  const bad = (where: string, what: string) => problems.push(`${where}: ${what}`);
  const file = join(dir, 'datapackage.json');
  if (!existsSync(file)) return ['datapackage.json is missing'];
  let d: Record<string, any>;
  try {
    d = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return [`datapackage.json is not JSON: ${(err as Error).message}`];
  }
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return ['datapackage.json is not an object'];
  if (d.$schema !== undefined && typeof d.$schema !== 'string') bad('$schema', 'must be a string');
  if (d.name !== undefined && (typeof d.name !== 'string' || !NAME.test(d.name))) bad('name', 'must be lower-case letters, digits, ".", "_" or "-"');
  for (const k of ['id', 'title', 'description', 'version', 'homepage']) if (d[k] !== undefined && typeof d[k] !== 'string') bad(k, 'must be a string');
  if (d.created !== undefined && (typeof d.created !== 'string' || !RFC3339.test(d.created))) bad('created', 'must be an RFC 3339 date-time');
  if (d.keywords !== undefined && (!Array.isArray(d.keywords) || d.keywords.some((k: unknown) => typeof k !== 'string'))) bad('keywords', 'must be an array of strings');
  if (d.licenses !== undefined) {
    if (!Array.isArray(d.licenses) || d.licenses.length === 0) bad('licenses', 'must be a non-empty array');
    else d.licenses.forEach((l: any, i: number) => (typeof l !== 'object' || (typeof l.name !== 'string' && typeof l.path !== 'string')) && bad(`licenses[${i}]`, 'must have a name or a path'));
  }
  for (const k of ['contributors', 'sources']) {
    if (d[k] !== undefined && (!Array.isArray(d[k]) || d[k].some((x: any) => typeof x !== 'object' || (typeof x.title !== 'string' && typeof x.path !== 'string')))) bad(k, 'must be an array of objects with a title or a path');
  }
  if (!Array.isArray(d.resources) || d.resources.length === 0) return [...problems, 'resources: required, a non-empty array'];
  const names = new Set<string>();
  d.resources.forEach((r: any, i: number) => {
    const at = `resources[${i}]`;
    if (typeof r !== 'object' || r === null) return bad(at, 'must be an object');
    if (typeof r.name !== 'string' || !NAME.test(r.name)) bad(`${at}.name`, 'required: lower-case letters, digits, ".", "_" or "-"');
    else if (names.has(r.name)) bad(`${at}.name`, `"${r.name}" is used twice`);
    else names.add(r.name);
    if ((r.path === undefined) === (r.data === undefined)) return bad(at, 'needs exactly one of path and data');
    if (typeof r.path !== 'string' || isAbsolute(r.path) || r.path.split('/').includes('..')) return bad(`${at}.path`, 'must be a relative path inside the package');
    const p = join(dir, r.path);
    if (!existsSync(p)) return bad(`${at}.path`, `${r.path} does not exist`);
    const bytes = readFileSync(p);
    if (r.bytes !== undefined && (!Number.isInteger(r.bytes) || r.bytes !== statSync(p).size)) bad(`${at}.bytes`, `says ${r.bytes}, the file has ${statSync(p).size}`);
    if (r.hash !== undefined) {
      const m = /^(?:(md5|sha1|sha256|sha512):)?([0-9a-f]+)$/.exec(String(r.hash));
      if (!m) bad(`${at}.hash`, 'must be hex, optionally prefixed with its algorithm');
      else if (createHash(m[1] ?? 'md5').update(bytes).digest('hex') !== m[2]) bad(`${at}.hash`, 'does not match the file');
    }
    for (const k of ['title', 'description', 'format', 'mediatype', 'encoding']) if (r[k] !== undefined && typeof r[k] !== 'string') bad(`${at}.${k}`, 'must be a string');
    const tabular = r.type === 'table' || r.schema !== undefined;
    if (!tabular) return;
    const s = r.schema;
    if (typeof s !== 'object' || s === null || !Array.isArray(s.fields) || s.fields.length === 0) return bad(`${at}.schema`, 'a table needs a schema with a non-empty fields array');
    const fieldNames: string[] = [];
    s.fields.forEach((f: any, j: number) => {
      if (typeof f?.name !== 'string' || f.name === '') bad(`${at}.schema.fields[${j}].name`, 'required, a string');
      else fieldNames.push(f.name);
      if (f?.type !== undefined && !FIELD_TYPES.includes(f.type)) bad(`${at}.schema.fields[${j}].type`, `"${f.type}" is not a Table Schema type`);
      if (f?.constraints !== undefined && (typeof f.constraints !== 'object' || Array.isArray(f.constraints))) bad(`${at}.schema.fields[${j}].constraints`, 'must be an object');
      if (f?.constraints?.enum !== undefined && !Array.isArray(f.constraints.enum)) bad(`${at}.schema.fields[${j}].constraints.enum`, 'must be an array');
    });
    if (new Set(fieldNames).size !== fieldNames.length) bad(`${at}.schema.fields`, 'field names repeat');
    const pk = typeof s.primaryKey === 'string' ? [s.primaryKey] : s.primaryKey;
    if (pk !== undefined && (!Array.isArray(pk) || pk.some((k: string) => !fieldNames.includes(k)))) bad(`${at}.schema.primaryKey`, 'must name fields of the schema');
    if (s.missingValues !== undefined && !Array.isArray(s.missingValues)) bad(`${at}.schema.missingValues`, 'must be an array');
    const dialect = r.dialect ?? {};
    for (const k of ['headerRows', 'commentRows']) {
      if (dialect[k] !== undefined && (!Array.isArray(dialect[k]) || dialect[k].some((n: unknown) => !Number.isInteger(n) || (n as number) < 1))) bad(`${at}.dialect.${k}`, 'must be an array of row numbers from 1');
    }
    if (r.format !== 'csv') return;
    const rows = csvRows(bytes.toString('utf8'));
    const headerRows: number[] = dialect.headerRows ?? [1];
    const commentRows: number[] = dialect.commentRows ?? [];
    const header = rows[headerRows[0]! - 1] ?? [];
    if (JSON.stringify(header) !== JSON.stringify(fieldNames)) bad(`${at}`, `the CSV header (${header.join(',')}) does not match the schema's fields`);
    rows.forEach((row, k) => {
      const n = k + 1;
      if (headerRows.includes(n) || commentRows.includes(n)) return;
      if (row.length !== fieldNames.length) return bad(`${r.path} row ${n}`, `has ${row.length} cells, the schema ${fieldNames.length}`);
      s.fields.forEach((f: any, j: number) => {
        const v = row[j]!;
        if (!cellOk(f.type ?? 'string', v)) bad(`${r.path} row ${n} ${f.name}`, `"${v}" is not a ${f.type}`);
        if (v !== '' && f.constraints?.enum && !f.constraints.enum.includes(v)) bad(`${r.path} row ${n} ${f.name}`, `"${v}" is not one of its values`);
        if (v === '' && f.constraints?.required) bad(`${r.path} row ${n} ${f.name}`, 'is required');
      });
    });
  });
  return problems;
}
