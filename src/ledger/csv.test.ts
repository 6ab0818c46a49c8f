import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, csvCell, eventsToCsv } from './csv.js';
import { event } from './testing/events.js';

async function collect(gen: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of gen) out += chunk;
  return out;
}

/** A tiny RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('CSV quoting', () => {
  it('quotes commas, quotes, line breaks and edge spaces, and nothing else', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('the "Istanbul" talks')).toBe('"the ""Istanbul"" talks"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(false)).toBe('false');
  });
  it('defuses spreadsheet formulas in text but not in numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('events to CSV', () => {
  const events = [
    { ...event({ agreement: 'istanbul-2025', mediator: 'uae, icrc', flags: ['disputed-figures', 'disputed:ukraine=207;russia=195'] }), sources: ['https://example.org/a?x=1,2', 'https://example.org/b'] },
    event({ best: null, figure: { low: 201, best: 200, high: null }, date: null, from: null, to: null, flags: ['two-way'] }),
  ];

  it('streams a header and one line per event that read back to the same values', async () => {
    async function* stream() {
      yield* events;
    }
    const text = await collect(eventsToCsv(stream()));
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(EVENT_COLUMNS.map((c) => c.header));
    const first = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(first).toMatchObject({
      date: '2025-06-11',
      from: 'russia',
      best: '1000',
      mediator: 'uae, icrc',
      flags: 'disputed-figures disputed:ukraine=207;russia=195',
      sources: 'https://example.org/a?x=1,2 https://example.org/b',
    });
    const second = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[2]![i]]));
    expect(second).toMatchObject({ date: '', from: '', low: '201', best: '200', high: '' });
  });

  it('adds the HXL hashtag row second, with standard tags', async () => {
    const rows = parseCsv(await collect(eventsToCsv(events, { hxl: true })));
    expect(rows).toHaveLength(4);
    const tags = rows[1]!;
    expect(tags.every((t) => /^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/.test(t))).toBe(true);
    expect(tags).toEqual(
      expect.arrayContaining(['#date+occurred', '#group+name+from', '#group+name+to', '#affected+num', '#affected+num+min', '#affected+num+max', '#status', '#meta+source', '#meta+id']),
    );
    expect(new Set(tags).size).toBe(tags.length);
  });
});
