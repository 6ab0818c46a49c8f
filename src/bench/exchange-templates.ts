import { cap, fill, formatCount, formatInt, genericSlots, MONTHS, WEEKDAYS, type Slots } from './fill.js';
import type { Rng } from './prng.js';

/**
 * Sentence templates for reports about exchanges: prisoner swaps, handovers of remains, civilians and
 * children returned, hostages and detainees released. Officials here are invented; parties, mediators and
 * agreements are the real-world kinds the extractor has to recognise.
 */

interface Side {
  names: readonly string[];
  /** Adjective for this side's people ("Ukrainian servicemen", "Palestinian prisoners"). */
  adj: string;
  speakers: readonly string[];
  /** Bodies that confirm handovers. */
  bodies: readonly string[];
}

export type Kind = 'remains' | 'pow' | 'civilians' | 'children' | 'wounded' | 'hostages' | 'detainees';

interface Theatre {
  a: Side;
  b: Side;
  kinds: ReadonlyArray<readonly [number, Kind]>;
  mediators: readonly string[];
  agreements: readonly string[];
  places: readonly string[];
}

const RUSSIA: Side = {
  names: ['Russia', 'Moscow', 'the Russian Federation', 'the Russian side'],
  adj: 'Russian',
  speakers: [
    'presidential aide Arkady Belov',
    'Defence Ministry spokesman Gleb Ostrovsky',
    'human rights commissioner Irina Voronova',
    'the Russian Defence Ministry',
    'negotiator Pavel Sorokin',
  ],
  bodies: ['the Russian Defence Ministry', "Russia's human rights commissioner"],
};
const UKRAINE: Side = {
  names: ['Ukraine', 'Kyiv', 'the Ukrainian side'],
  adj: 'Ukrainian',
  speakers: [
    'the Coordination Headquarters for the Treatment of Prisoners of War',
    'ombudsman Taras Levchenko',
    'presidential aide Oksana Hrytsenko',
    'Coordination Headquarters secretary Mykola Dovbush',
    'the Ministry of Internal Affairs',
  ],
  bodies: ['the Coordination Headquarters for the Treatment of Prisoners of War', "Ukraine's ombudsman"],
};
const ISRAEL: Side = {
  names: ['Israel', 'the Israeli government'],
  adj: 'Israeli',
  speakers: ["the Prime Minister's Office", 'military spokesman Avner Golan'],
  bodies: ['the Israeli military', "the Prime Minister's Office"],
};
const HAMAS: Side = {
  names: ['Hamas', 'the militant group'],
  adj: 'Palestinian',
  speakers: ['Hamas official Samir Nasser', "Hamas's armed wing"],
  bodies: ['the Palestinian Prisoners Society', "Hamas's armed wing"],
};
const ARMENIA: Side = {
  names: ['Armenia', 'Yerevan'],
  adj: 'Armenian',
  speakers: ['deputy prime minister Aram Hakobyan', 'the Armenian Foreign Ministry'],
  bodies: ['the Armenian Foreign Ministry'],
};
const AZERBAIJAN: Side = {
  names: ['Azerbaijan', 'Baku'],
  adj: 'Azerbaijani',
  speakers: ['presidential adviser Elnur Mammadli', 'the State Commission on Prisoners of War'],
  bodies: ['the State Commission on Prisoners of War'],
};
const HOUTHIS: Side = {
  names: ['the Houthis', 'the Houthi movement', 'Ansar Allah'],
  adj: 'Houthi',
  speakers: ['Houthi committee official Salem Qassim'],
  bodies: ['the Houthi prisoners committee'],
};
const YEMEN_GOV: Side = {
  names: ['the Yemeni government', 'the internationally recognised government'],
  adj: 'pro-government',
  speakers: ['government negotiator Hadi Barakat'],
  bodies: ['the government delegation'],
};
const SAF: Side = {
  names: ["Sudan's army", 'the Sudanese Armed Forces'],
  adj: 'army',
  speakers: ['army spokesman Omar Khalil'],
  bodies: ['the army command'],
};
const RSF: Side = {
  names: ['the Rapid Support Forces', 'the RSF'],
  adj: 'RSF',
  speakers: ['an RSF spokesman, Adil Baraka'],
  bodies: ['the RSF leadership'],
};

const THEATRES: ReadonlyArray<readonly [number, Theatre]> = [
  [
    78,
    {
      a: RUSSIA,
      b: UKRAINE,
      kinds: [[34, 'remains'], [34, 'pow'], [10, 'civilians'], [8, 'children'], [8, 'wounded'], [6, 'detainees']],
      mediators: [
        'the United Arab Emirates',
        'Türkiye',
        'Qatar',
        'Saudi Arabia',
        'the Vatican',
        'the International Committee of the Red Cross',
      ],
      agreements: [
        'the agreements reached in Istanbul',
        'the 2025 Istanbul agreements',
        'the deal struck at the Istanbul talks',
        'the humanitarian track agreed in Istanbul',
      ],
      places: ['the Belarusian border', 'a crossing in the Sumy region', 'the border with Belarus', 'a checkpoint in the north'],
    },
  ],
  [
    8,
    {
      a: HAMAS,
      b: ISRAEL,
      kinds: [[1, 'hostages']],
      mediators: ['Qatar', 'Egypt', 'the United States', 'the International Committee of the Red Cross'],
      agreements: ['the ceasefire agreement', 'the first phase of the truce', 'the Gaza ceasefire deal'],
      places: ['the Kerem Shalom crossing', 'a Red Cross convoy point in Gaza'],
    },
  ],
  [
    5,
    {
      a: ARMENIA,
      b: AZERBAIJAN,
      kinds: [[2, 'pow'], [1, 'remains'], [1, 'detainees']],
      mediators: ['the United States', 'the International Committee of the Red Cross', 'the European Union'],
      agreements: ['a confidence-building agreement', 'the peace framework'],
      places: ['the border near Ijevan', 'the border crossing'],
    },
  ],
  [
    5,
    {
      a: HOUTHIS,
      b: YEMEN_GOV,
      kinds: [[3, 'detainees'], [1, 'pow']],
      mediators: ['the International Committee of the Red Cross', 'the United Nations', 'Oman', 'Saudi Arabia'],
      agreements: ['the Stockholm Agreement', 'the UN-brokered deal'],
      places: ['Sanaa airport', 'Aden airport'],
    },
  ],
  [
    4,
    {
      a: RSF,
      b: SAF,
      kinds: [[2, 'pow'], [1, 'detainees']],
      mediators: ['the International Committee of the Red Cross', 'Saudi Arabia'],
      agreements: ['the Jeddah declaration', 'a humanitarian arrangement'],
      places: ['the front line near Omdurman', 'a handover point west of Khartoum'],
    },
  ],
];

const NOUNS: Readonly<Record<Kind, readonly string[]>> = {
  remains: ['bodies of fallen {adj} soldiers', 'bodies of {adj} servicemen', 'bodies', 'bodies of soldiers killed in action', 'bodies of fallen defenders'],
  pow: ['{adj} prisoners of war', '{adj} servicemen', 'prisoners of war', 'POWs', '{adj} soldiers', 'captured {adj} troops'],
  civilians: ['{adj} civilians', 'civilians', 'civilian detainees', 'illegally detained civilians'],
  children: ['{adj} children', 'children', 'deported children', 'minors'],
  wounded: ['seriously wounded prisoners of war', 'severely wounded {adj} servicemen', 'wounded POWs'],
  hostages: ['hostages', '{adj} hostages', 'captives'],
  detainees: ['{adj} prisoners', 'detainees', '{adj} detainees', 'prisoners'],
};
const SHORT: Readonly<Record<Kind, readonly string[]>> = {
  remains: ['bodies', 'remains'],
  pow: ['prisoners', 'servicemen', 'POWs'],
  civilians: ['civilians'],
  children: ['children'],
  wounded: ['wounded prisoners'],
  hostages: ['hostages'],
  detainees: ['prisoners', 'detainees'],
};

const EVENT = [
  '{G} handed over {N} {nounR} to {R}{when}.',
  '{R} received {N} {nounR} from {G}{when}.',
  '{N} {nounR} were returned to {R}{when}, {speakerR} said.',
  '{R} brought home {N} {nounR}{when}.',
  'According to {speakerR}, {qN} {nounR} came home{when}.',
  'In the {ordinal:2-9} exchange this year, {N} {nounR} were repatriated to {R}{when}.',
  '{speakerR} said {N} {nounR} had been freed{when}.',
  '{N} {nounR} have returned home{when}, {speakerR} wrote on {channel}.',
  '{G} transferred {N} {nounR} to {R}{when}, the {pick:largest|second such|latest} handover {pick:so far|this year|since the spring}.',
];
const EVENT_REMAINS = [
  'The remains of {N} {Radj} soldiers were transferred to {R}{when}.',
  '{G} handed over {N} bodies of fallen {Radj} servicemen{when} and received {M} in return.',
  'Forensic teams in {R} took delivery of {N} bodies{when}.',
];
const EVENT_SWAP = [
  'The two sides swapped {N} prisoners each{when}.',
  '{G} and {R} exchanged prisoners, {N} for {N},{when} in a deal brokered by {mediator}.',
  '{R} brought home {N} defenders{when}; another {N} {Gadj} servicemen were returned to {G}.',
];
const RETURN = [
  'In return, {G} received {M} {nounG}.',
  '{M} {nounG} were handed over to {G}.',
  '{G} got {M} back.',
  'Another {M} were sent the other way.',
  '{R} in turn handed over {M} {nounG}.',
  'The {Gadj} side received {M} {shortG}, according to {speakerG}.',
];
const PART = [
  '{N} {nounR}, including {K} {sub}, were brought through {place}{when}.',
  'Among the {N} freed were {K} {sub}.',
  'Of those returned, {K} were {sub}, {speakerR} said.',
];
const CUMULATIVE = [
  'Since {since}, at least {C} {shortR} have been returned to {R}.',
  'In total, {C} {shortR} have been freed since the start of the {pick:war|year}, {speakerR} said.',
  'This brings to {C} the number of {shortR} returned to {R} since {since}.',
  'More than {C} {shortR} have come home in {int:20-70} exchanges so far.',
];
const PLAN = [
  '{G} will transfer {P} {shortR} next week.',
  'A further exchange of {P} for {P} is expected in the coming days, {speakerG} said.',
  'The sides agreed to swap {P} {shortR} each by the end of the month.',
  'Another {P} {shortR} are due to be handed over {pick:soon|within weeks|before the end of the year}, officials said.',
];
const CONFIRMATION = [
  '{bodyR} confirmed the handover.',
  'The {Gadj} side confirmed the exchange but gave no figures.',
  '{bodyG} said the handover had taken place{when}.',
  'The number of {shortG} released was not disclosed.',
  '{bodyG} has not commented on the figures.',
];
const MEDIATOR = [
  'The exchange was mediated by {mediator}.',
  '{mediator} brokered the deal, its {ordinal:3-9} such mediation.',
  'Representatives of the International Committee of the Red Cross were present at the handover.',
  '{speakerR} thanked {mediator} for its help.',
];
const AGREEMENT = [
  'The handover took place under {agreement}.',
  'It was the {ordinal:2-6} exchange carried out under {agreement}.',
  'Officials said the swap was part of {agreement}.',
];
const QUOTE = [
  '“Our people are home,” {speakerR} wrote on {channel}.',
  '“We will keep working until everyone is back,” {speakerR} said.',
  '“This is the result of long and difficult negotiations,” said {speakerR}.',
  '{speakerR} said work on the next stage had already begun.',
  '{speakerG} called the exchange a humanitarian gesture.',
];
const DISTRACTOR = [
  '{G} says it is holding more than {int:1000-8000} {Radj} prisoners.',
  'Independent estimates of the dead run far higher than either side acknowledges.',
  '{R} lists about {int:10000-70000} of its citizens as missing.',
  'Families of the missing have held weekly rallies in {city} for more than {int:2-3} years.',
  '{G} puts its own losses at under {int:5000-9000}, a figure that cannot be checked.',
  'The previous exchange took place in {month}.',
];
const BACKGROUND = [
  'Exchanges have remained one of the few areas of cooperation between the two sides.',
  'Forensic experts will now work to identify the remains, a process that can take months.',
  'The returnees will undergo medical checks and rehabilitation before rejoining their families.',
  'Talks on a broader ceasefire have made little progress.',
  'Relatives gathered at the crossing point, many holding photographs and flags.',
  'Both sides accuse each other of delaying the process.',
  'Human rights monitors have repeatedly called for access to detention sites.',
  'Officials said the lists had been agreed in advance.',
  'The buses crossed the border late in the evening, escorted by police.',
  'Many of those freed had been held since the first months of the war.',
  'Identification by DNA can take several weeks, officials said.',
  'Negotiators met twice in {city} before the date was set.',
  'Mediators have shuttled between the capitals for weeks.',
  'Both governments described the handover as a humanitarian step rather than a political one.',
  'It was the {ordinal:40-70} exchange since the start of the full-scale war.',
  'Those freed were taken to hospitals for examination shortly after crossing.',
  'Some had spent more than {int:2-3} years in captivity, officials said.',
  'The process was delayed by several days over disagreements about the lists.',
  'Relatives had been told to expect news only a few hours before the handover.',
  'The handover was carried out in refrigerated trucks, a practice both sides have used before.',
  'Identification results are usually published weeks after a repatriation.',
  'Lawyers for the families said many cases remain unresolved.',
  'The previous round of talks lasted less than two hours.',
  'Officials on both sides have described the humanitarian track as separate from the wider negotiations.',
  'The returnees were greeted with flags and applause at a regional hospital.',
  'Pictures released by officials showed men wrapped in flags stepping off buses.',
  'A hotline for relatives has received thousands of calls since the spring.',
  'Humanitarian groups said access to places of detention remains limited.',
  'Negotiators said technical teams would meet again in {city} next month.',
]
/** Background sentences with no figure at all: they open an extractor's topic screen but carry no count. */
export const FIGURE_FREE_BACKGROUND: readonly string[] = BACKGROUND.filter((s) => !s.includes('{'));

const SUBS: Readonly<Record<Kind, readonly string[]>> = {
  remains: ['officers'],
  pow: ['civilians', 'officers', 'seriously wounded soldiers', 'National Guard members', 'border guards'],
  civilians: ['women', 'elderly people', 'children'],
  children: ['teenagers'],
  wounded: ['amputees'],
  hostages: ['women', 'foreign nationals'],
  detainees: ['women', 'minors'],
};
const HEADLINES = [
  '{G} hands over {N} {shortR} to {R}',
  '{N} {shortR} return home',
  '{T} people come home in latest exchange',
  '{R} and {G} swap prisoners',
  '{R} brings home {N} {shortR}',
  'Exchange under {agreement}: {N} {shortR} returned',
];
const CHANNELS = ['Telegram', 'X', 'Facebook', 'its website'];
const OUTLETS = ['Meridian Wire', 'Northgate News', 'Baltic Ledger', 'Harbour Post', 'Eastern Desk'];
export const TEXT_CHROME = ['Advertisement', 'Share this article', 'Read more', 'Gallery: scenes from the crossing', 'Sign up for our morning briefing'];

function figures(rng: Rng, kind: Kind): { n: number; m: number } {
  switch (kind) {
    case 'remains':
      return { n: rng.pick([757, 909, 1000, 1000, 1212, 6060, rng.int(40, 1500)]), m: rng.chance(0.1) ? 0 : rng.int(12, 90) };
    case 'pow': {
      const n = rng.pick([84, 103, 150, 246, 307, 390, rng.int(2, 400)]);
      return { n, m: rng.chance(0.7) ? n : rng.int(1, 400) };
    }
    case 'civilians':
      return { n: rng.int(1, 150), m: rng.int(1, 30) };
    case 'children':
      return { n: rng.int(1, 30), m: rng.int(1, 10) };
    case 'wounded':
      return { n: rng.int(5, 60), m: rng.int(5, 60) };
    case 'hostages':
      return { n: rng.int(1, 33), m: rng.int(30, 2000) };
    case 'detainees':
      return { n: rng.int(5, 900), m: rng.int(5, 900) };
  }
}

/** The facts of one real exchange: every report about it shares them and words them its own way. */
export interface ExchangeFacts {
  /** Index into the theatres (0 Russia–Ukraine, 1 Hamas–Israel, 2 Armenia–Azerbaijan, 3 Houthis–Yemeni government, 4 RSF–Sudan's army). */
  theatre: number;
  kind: Kind;
  /** Whether the theatre's first side hands over the report's main figure. */
  aGives: boolean;
  /** What the receiving side got, and what the giving side got in return. */
  n: number;
  m: number;
  /** The day it happened, YYYY-MM-DD. */
  date: string;
}

/** How many theatres `ExchangeFacts.theatre` indexes. */
export const THEATRE_COUNT = THEATRES.length;

/** Draws the facts of one exchange in a theatre on a given day. */
export function exchangeFacts(rng: Rng, theatreIndex: number, date: string): ExchangeFacts {
  const theatre = THEATRES[theatreIndex]![1];
  const kind = rng.weighted(theatre.kinds);
  const aGives = kind === 'hostages' ? true : rng.chance(0.5);
  return { theatre: theatreIndex, kind, aGives, ...figures(rng, kind), date };
}

const DAY_MS = 86_400_000;

/**
 * How a report published on `published` dates an exchange that happened on `date` (0–3 days
 * before): always a phrase that resolves to that day, or no date at all when the publication
 * date's window still covers it.
 */
function whenOf(rng: Rng, date: string, published: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  const lag = Math.round((Date.parse(`${published}T00:00:00Z`) - at.getTime()) / DAY_MS);
  const d = at.getUTCDate();
  const m = MONTHS[at.getUTCMonth()]!;
  const options: Array<readonly [number, string]> = [
    [2, ` on ${d} ${m}`],
    [2, ` on ${m} ${d}`],
    [1, ` on ${d} ${m} ${at.getUTCFullYear()}`],
    [1, ` on the night of ${d} ${m}`],
  ];
  if (lag >= 1 && lag <= 5) options.push([3, ` on ${WEEKDAYS[(at.getUTCDay() + 6) % 7]!}`]);
  if (lag === 1) options.push([1, ' yesterday']);
  if (lag <= 2) options.push([2, '']);
  return rng.weighted(options);
}

function whenPhrase(rng: Rng): string {
  const d = rng.int(1, 28);
  const m = rng.pick(MONTHS);
  return rng.weighted<string>([
    [3, ` on ${rng.pick(WEEKDAYS)}`],
    [2, ` on ${d} ${m}`],
    [2, ` on ${m} ${d}`],
    [1, ` on ${d} ${m} ${rng.int(2022, 2026)}`],
    [1, ' yesterday'],
    [1, ' earlier this week'],
    [1, ` on the night of ${d} ${m}`],
    [3, ''],
  ]);
}

function qualified(rng: Rng, n: number): string {
  const q = rng.weighted<string>([[6, ''], [1, 'at least '], [1, 'more than '], [1, 'about '], [1, 'some '], [1, 'nearly '], [1, 'up to ']]);
  return q + formatCount(rng, n);
}

/** The sentences of one exchange report, grouped by role so the assembler can order them. */
export interface ExchangeSentences {
  headline: string;
  /** Russia and Ukraine: background about that war fits the report. */
  russiaUkraine: boolean;
  lead: string[];
  body: string[];
}

/**
 * The sentences of one report. Without `about`, the report invents its own exchange (theatre, kind,
 * figures, date: what bench:extract's corpus draws, unchanged). With it, the report is about that
 * exchange, published on `published`: its figures and a date phrase that resolves to the day.
 */
export function exchangeSentences(rng: Rng, about?: { facts: ExchangeFacts; published: string }): ExchangeSentences {
  const facts = about?.facts;
  const theatre = facts ? THEATRES[facts.theatre]![1] : rng.weighted(THEATRES);
  const kind = facts ? facts.kind : rng.weighted(theatre.kinds);
  // Hostages go one way and prisoners the other; everything else can go either way.
  const aGives = facts ? facts.aGives : kind === 'hostages' ? true : rng.chance(0.5);
  const giver = aGives ? theatre.a : theatre.b;
  const receiver = aGives ? theatre.b : theatre.a;
  const otherKind: Kind = kind === 'hostages' ? 'detainees' : kind;
  const { n, m } = facts ?? figures(rng, kind);
  const generic = genericSlots(rng);
  const noun = (k: Kind, side: Side): string => rng.pick(NOUNS[k]).replace('{adj}', side.adj);
  const k = Math.max(1, Math.floor(n * (0.05 + rng.next() * 0.4)));
  const slots: Slots = {
    G: () => rng.pick(giver.names),
    R: () => rng.pick(receiver.names),
    Gadj: giver.adj,
    Radj: receiver.adj,
    N: () => formatCount(rng, n),
    qN: () => qualified(rng, n),
    M: () => formatCount(rng, m),
    T: () => formatInt(rng, n + m),
    K: () => formatCount(rng, k),
    C: () => formatInt(rng, n * rng.int(3, 12) + rng.int(0, 999)),
    P: () => formatInt(rng, rng.pick([n, m, rng.int(10, 6000)])),
    nounR: () => noun(kind, receiver),
    nounG: () => noun(otherKind, giver),
    shortR: () => rng.pick(SHORT[kind]),
    shortG: () => rng.pick(SHORT[otherKind]),
    sub: () => rng.pick(SUBS[kind]),
    when: about ? whenOf(rng, about.facts.date, about.published) : whenPhrase(rng),
    since: () => rng.pick([...MONTHS, 'the start of the year', 'the spring', 'last summer']),
    speakerR: () => rng.pick(receiver.speakers),
    speakerG: () => rng.pick(giver.speakers),
    bodyR: () => rng.pick(receiver.bodies),
    bodyG: () => rng.pick(giver.bodies),
    mediator: () => rng.pick(theatre.mediators),
    agreement: () => rng.pick(theatre.agreements),
    place: () => rng.pick(theatre.places),
    channel: () => rng.pick(CHANNELS),
  };
  const say = (templates: readonly string[]): string => cap(fill(rng, rng.pick(templates), slots, generic));

  const lead: string[] = [];
  const leadPool = kind === 'remains' ? [...EVENT, ...EVENT_REMAINS] : kind === 'pow' && n === m ? [...EVENT, ...EVENT_SWAP] : EVENT;
  let first = say(leadPool);
  if (rng.chance(0.4)) {
    const city = rng.pick(theatre.a === RUSSIA ? ['KYIV', 'MOSCOW', 'ISTANBUL'] : ['GENEVA', 'DOHA', 'CAIRO']);
    // A dateline names the day of publication.
    const dateline = about ? `${Number(about.published.slice(8, 10))} ${MONTHS[Number(about.published.slice(5, 7)) - 1]!}` : `${rng.int(1, 28)} ${rng.pick(MONTHS)}`;
    first = `${city}, ${dateline} (${rng.pick(OUTLETS)}) — ${first}`;
  }
  lead.push(first);
  if (rng.chance(0.8)) lead.push(say(RETURN));

  const body: string[] = [];
  const maybe = (p: number, templates: readonly string[]): void => {
    if (rng.chance(p)) body.push(say(templates));
  };
  maybe(0.7, QUOTE);
  maybe(0.6, MEDIATOR);
  maybe(0.5, AGREEMENT);
  maybe(0.4, CONFIRMATION);
  maybe(0.4, CUMULATIVE);
  maybe(0.3, PLAN);
  if (kind !== 'remains') maybe(0.3, PART);
  maybe(0.35, DISTRACTOR);
  maybe(0.3, QUOTE);
  for (const s of rng.shuffle(BACKGROUND).slice(0, rng.int(14, 22))) body.push(fill(rng, s, slots, generic));
  return { headline: say(HEADLINES), russiaUkraine: theatre.a === RUSSIA, lead, body: rng.shuffle(body) };
}

/** Single exchange sentences, for tests that splice report fragments into junk. */
export function exchangeFragments(rng: Rng, count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const s = exchangeSentences(rng);
    out.push(s.headline, ...s.lead, ...s.body.slice(0, 4));
  }
  return out.slice(0, count);
}
