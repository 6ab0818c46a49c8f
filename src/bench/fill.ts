import type { Rng } from './prng.js';

/**
 * A small template filler for generated sentences: `{name}` or `{name:arg}` placeholders, resolved first
 * from the caller's slots and then from generic ones (`{int:10-500}`, `{pct}`, `{money}`, `{city}` …).
 */
export type Slot = string | ((arg: string) => string);
export type Slots = Readonly<Record<string, Slot>>;

const PLACEHOLDER = /\{([a-zA-Z]+)(?::([^{}]*))?\}/g;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];

// Invented places, firms, teams and people: the corpus must not put words in real people's mouths.
const CITIES = [
  'Kyiv', 'Kharkiv', 'Odesa', 'Lviv', 'Dnipro', 'Moscow', 'Rostov', 'Belgorod', 'Warsaw', 'Berlin', 'Istanbul',
  'Ankara', 'Doha', 'Abu Dhabi', 'Geneva', 'Vienna', 'Riga', 'Tallinn', 'Baku', 'Yerevan', 'Cairo', 'Amman',
  'Brussels', 'Lisbon', 'Marseille', 'Turin', 'Krakow', 'Brno', 'Porto', 'Leeds', 'Glasgow', 'Osaka', 'Austin',
];
const COUNTRIES = [
  'Poland', 'Germany', 'Turkey', 'Hungary', 'Romania', 'Brazil', 'India', 'Japan', 'Kazakhstan', 'Georgia',
  'Moldova', 'Finland', 'Norway', 'Egypt', 'Mexico', 'Canada', 'Chile', 'Vietnam', 'Morocco', 'Portugal',
];
const COMPANIES = [
  'Nortal Systems', 'Brightwave', 'Kestrel Analytics', 'Vantor Bank', 'Helix Motors', 'Orbis Foods',
  'Quanta Grid', 'Silverline Capital', 'Tessaro Chips', 'Lumen Freight', 'Arkwell Energy', 'Pinecrest Media',
  'Corvid Security', 'Meridian Research', 'Halden & Voss', 'Stratos Cloud',
];
const TEAMS = [
  'Dynamo Riverside', 'Atletico Norte', 'FC Baltica', 'Union Kestrel', 'Real Montaro', 'Sporting Vale',
  'Olympic Harbour', 'Red Star Linden', 'Athletic Corran', 'United Westerly', 'Rapid Ostrava Town', 'Inter Salvo',
];
const FIRST = ['Anna', 'Marek', 'Olena', 'Pavel', 'Sofia', 'Dmytro', 'Irina', 'Tomas', 'Leila', 'Jonas', 'Mira', 'Oskar', 'Nadia', 'Ruslan', 'Clara', 'Yusuf'];
const LAST = ['Kovalenko', 'Novak', 'Berger', 'Sorokin', 'Haddad', 'Lindqvist', 'Moreau', 'Petrenko', 'Aydin', 'Varga', 'Castell', 'Marchuk', 'Ilves', 'Demir', 'Rossi', 'Falk'];
const ROLES = ['finance minister', 'economy minister', 'foreign minister', 'deputy prime minister', 'health minister', 'the mayor,', 'the regional governor,', 'central bank governor'];

export const cap = (s: string): string => (s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1));

/** "1,234", "1234" or "1 234": reports write big numbers every way. */
export function formatInt(rng: Rng, n: number): string {
  if (Math.abs(n) < 1000) return String(n);
  const r = rng.next();
  if (r < 0.72) return n.toLocaleString('en-US');
  if (r < 0.92) return String(n);
  return n.toLocaleString('en-US').replaceAll(',', ' ');
}

/** Digits, or words for small numbers ("twelve"), or "a thousand". */
export function formatCount(rng: Rng, n: number): string {
  if (n < SMALL.length && n > 0 && rng.chance(0.35)) return SMALL[n]!;
  if (n === 1000 && rng.chance(0.2)) return 'a thousand';
  return formatInt(rng, n);
}

export function ordinal(rng: Rng, n: number): string {
  if (n >= 1 && n <= ORDINALS.length && rng.chance(0.7)) return ORDINALS[n - 1]!;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const personName = (rng: Rng): string => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;

function range(arg: string, lo: number, hi: number): [number, number] {
  const m = /^(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)$/.exec(arg);
  return m ? [Number(m[1]), Number(m[2])] : [lo, hi];
}

/** Generic slots shared by every template. */
export function genericSlots(rng: Rng): Slots {
  const money = (): string => {
    const r = rng.next();
    if (r < 0.35) return `$${rng.int(1, 95)}.${rng.int(0, 9)} billion`;
    if (r < 0.55) return `€${rng.int(20, 900)} million`;
    if (r < 0.65) return `£${rng.int(1, 40)}.${rng.int(1, 9)}bn`;
    if (r < 0.75) return `${rng.int(1, 12)}.${rng.int(0, 9)} trillion roubles`;
    if (r < 0.85) return `${formatInt(rng, rng.int(10, 900) * 1000)} hryvnias`;
    return `$${formatInt(rng, rng.int(1000, 99_000))}`;
  };
  return {
    int: (arg) => {
      const [lo, hi] = range(arg, 1, 100);
      return formatInt(rng, rng.int(lo, hi));
    },
    dec: (arg) => {
      const [lo, hi] = range(arg, 0, 10);
      return (lo + rng.next() * (hi - lo)).toFixed(1);
    },
    pick: (arg) => rng.pick(arg.split('|')),
    ordinal: (arg) => {
      const [lo, hi] = range(arg, 2, 9);
      return ordinal(rng, rng.int(lo, hi));
    },
    pct: () => (rng.chance(0.8) ? `${rng.int(0, 40)}.${rng.int(0, 9)}%` : `${rng.int(1, 60)} per cent`),
    money,
    year: () => String(rng.int(2014, 2026)),
    month: () => rng.pick(MONTHS),
    weekday: () => rng.pick(WEEKDAYS),
    date: () => {
      const d = rng.int(1, 28);
      const m = rng.pick(MONTHS);
      const r = rng.next();
      return r < 0.5 ? `${d} ${m}` : r < 0.85 ? `${m} ${d}` : `${d} ${m} ${rng.int(2022, 2026)}`;
    },
    score: () => `${rng.int(0, 5)}-${rng.int(0, 4)}`,
    set: () => rng.pick(['6-4', '7-5', '6-3', '7-6', '4-6', '6-2', '3-6', '6-7']),
    city: () => rng.pick(CITIES),
    country: () => rng.pick(COUNTRIES),
    company: () => rng.pick(COMPANIES),
    team: () => rng.pick(TEAMS),
    person: () => personName(rng),
    minister: () => `${rng.pick(ROLES)} ${personName(rng)}`,
  };
}

/** Fills one template; a misspelt slot is a bug in the generator, so it throws. */
export function fill(rng: Rng, template: string, slots: Slots, generic: Slots = genericSlots(rng)): string {
  return template.replace(PLACEHOLDER, (_m, name: string, arg: string | undefined) => {
    const slot = slots[name] ?? generic[name];
    if (slot === undefined) throw new Error(`unknown slot {${name}} in "${template}"`);
    return typeof slot === 'string' ? slot : slot(arg ?? '');
  });
}
