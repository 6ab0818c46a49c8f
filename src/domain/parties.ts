/**
 * The known parties: every slug a claim, an event or a person may name, with a display name and
 * the aliases a person may type instead (in the languages reports come in). One list for the whole
 * project: the extractor's language tables map text onto these slugs, the faces check typed slugs
 * against them. Add a party here before any table or file uses its slug.
 */

import { GAZETTEER_LANGUAGES, gazetteerFor } from './gazetteer.js';

/** `side`: hands over or receives people; `mediator`: brokers or carries out handovers (and speaks for itself). */
export type PartyKind = 'side' | 'mediator';

export interface Party {
  /** Stable lowercase slug: the short English name, hyphenated. */
  slug: string;
  /** How a reader names it. */
  name: string;
  kind: PartyKind;
  /** Other names a person may type for it (case and accents ignored). */
  aliases: readonly string[];
}

const side = (slug: string, name: string, ...aliases: string[]): Party => ({ slug, name, kind: 'side', aliases });
const mediator = (slug: string, name: string, ...aliases: string[]): Party => ({ slug, name, kind: 'mediator', aliases });

export const PARTIES: readonly Party[] = [
  side('russia', 'Russia', 'Russian Federation', 'RF', 'Moscow', 'Kremlin', 'Россия', 'Российская Федерация', 'РФ', 'Москва', 'Росія'),
  side('ukraine', 'Ukraine', 'Kyiv', 'Kiev', 'Украина', 'Україна', 'Київ', 'Киев'),
  side('israel', 'Israel', 'IDF', 'Израиль', 'Ізраїль', 'إسرائيل', 'ישראל'),
  side('hamas', 'Hamas', 'Qassam Brigades', 'Хамас', 'حماس', 'חמאס'),
  side('hezbollah', 'Hezbollah', 'Hizbollah', 'Хезболла', 'حزب الله'),
  side('lebanon', 'Lebanon', 'Lebanese government', 'Ливан', 'لبنان'),
  side('houthis', 'Houthis', 'Ansar Allah', 'Huthis', 'الحوثيون', 'أنصار الله'),
  side('yemeni-government', "Yemen's government", 'Yemeni government', 'Government of Yemen'),
  side('saudi-led-coalition', 'Saudi-led coalition', 'the coalition'),
  side('armenia', 'Armenia', 'Yerevan', 'Армения', 'Вірменія'),
  side('azerbaijan', 'Azerbaijan', 'Baku', 'Азербайджан'),
  side('rsf', 'Rapid Support Forces', 'RSF'),
  side('saf', "Sudan's army (SAF)", 'SAF', 'Sudanese Armed Forces', 'Sudanese army'),
  side('eln', 'ELN', 'National Liberation Army', 'Ejército de Liberación Nacional'),
  side('farc', 'FARC', 'Fuerzas Armadas Revolucionarias de Colombia'),
  side('colombia', 'Colombia', 'Colombian government', 'Bogota', 'Bogotá'),
  side('ethiopia', 'Ethiopia', 'Ethiopian government', 'Addis Ababa'),
  side('tplf', 'TPLF', "Tigray People's Liberation Front", 'Tigrayan forces'),
  side('sdf', 'Syrian Democratic Forces', 'SDF'),
  side('syrian-government', "Syria's government", 'Syrian government', 'Damascus'),
  side('iran', 'Iran', 'Tehran', 'Иран', 'إيران'),
  side('iraq', 'Iraq', 'Baghdad', 'العراق'),
  side('india', 'India', 'New Delhi'),
  side('pakistan', 'Pakistan', 'Islamabad'),
  side('taliban', 'Taliban', 'Талибан'),
  side('afghan-government', "Afghanistan's government", 'Afghan government', 'Kabul'),
  side('m23', 'M23', 'March 23 Movement'),
  side('drc', 'DR Congo', 'DRC', 'Democratic Republic of the Congo', 'Kinshasa'),
  side('belarus', 'Belarus', 'Minsk', 'Беларусь', 'Белоруссия', 'Білорусь'),
  side('georgia', 'Georgia', 'Tbilisi'),
  side('bangladesh', 'Bangladesh', 'Dhaka'),
  side('moldova', 'Moldova', 'Chisinau'),
  side('serbia', 'Serbia', 'Belgrade'),
  side('croatia', 'Croatia', 'Zagreb'),
  side('north-korea', 'North Korea', 'DPRK', 'Pyongyang', '북한', '北朝鮮', '朝鲜'),
  side('south-korea', 'South Korea', 'Republic of Korea', 'Seoul', '한국', '대한민국', '韓国', '韩国'),
  side('myanmar-military', "Myanmar's military", 'Tatmadaw', 'Myanmar junta', 'State Administration Council'),
  side('venezuela', 'Venezuela', 'Caracas'),
  side('united-states', 'United States', 'USA', 'US', 'Washington', 'США'),
  side('arakan-army', 'Arakan Army'),
  side('mndaa', 'MNDAA', 'Myanmar National Democratic Alliance Army'),
  side('tnla', 'TNLA', "Ta'ang National Liberation Army"),
  side('kachin-independence-army', 'Kachin Independence Army', 'KIA'),
  side('peoples-defence-force', "People's Defence Force", "People's Defense Force"),
  side('syrian-opposition', 'Syrian opposition', 'Syrian National Army', 'Free Syrian Army'),
  side('gna', 'Government of National Accord (Libya)', 'GNA'),
  side('lna', 'Libyan National Army', 'LNA', 'Haftar forces'),
  side('nigeria', 'Nigeria', 'Abuja'),
  side('boko-haram', 'Boko Haram'),
  side('el-salvador', 'El Salvador', 'San Salvador'),
  side('lithuania', 'Lithuania', 'Vilnius', 'Литва'),
  side('latvia', 'Latvia', 'Riga'),
  side('poland', 'Poland', 'Warsaw', 'Польша'),
  side('germany', 'Germany', 'Berlin', 'Германия'),
  side('france', 'France', 'Paris'),
  side('united-kingdom', 'United Kingdom', 'U.K.', 'Britain', 'London'),
  side('sweden', 'Sweden', 'Stockholm'),
  side('belgium', 'Belgium', 'Brussels'),
  mediator('uae', 'United Arab Emirates', 'UAE', 'Emirates', 'Abu Dhabi', 'ОАЭ', 'ОАЕ', 'الإمارات'),
  mediator('qatar', 'Qatar', 'Doha', 'Катар', 'قطر'),
  mediator('turkey', 'Türkiye', 'Turkey', 'Turkiye', 'Ankara', 'Турция', 'Туреччина'),
  mediator('saudi-arabia', 'Saudi Arabia', 'Riyadh', 'Саудовская Аравия'),
  mediator('egypt', 'Egypt', 'Cairo', 'مصر'),
  mediator('oman', 'Oman', 'Muscat'),
  mediator('switzerland', 'Switzerland', 'Bern', 'Geneva'),
  mediator('norway', 'Norway', 'Oslo'),
  mediator('cuba', 'Cuba', 'Havana'),
  mediator('brazil', 'Brazil'),
  mediator('kazakhstan', 'Kazakhstan', 'Astana'),
  mediator('vatican', 'Vatican', 'Holy See', 'Pope', 'Ватикан'),
  mediator('icrc', 'International Committee of the Red Cross', 'ICRC', 'Red Cross', 'МККК', 'Красный Крест', 'Червоний Хрест'),
  mediator('un', 'United Nations', 'UN', 'ООН'),
  mediator('african-union', 'African Union', 'AU'),
];

/** Lower case, accents and apostrophes dropped, runs of anything else one hyphen: how typed names are compared. */
export function partyKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const byKey = new Map<string, Party>();
for (const p of PARTIES) {
  for (const name of [p.slug, p.name, ...p.aliases]) {
    const key = partyKey(name);
    // A name two parties share would make a typed name ambiguous: the first claim on it wins, and the test keeps the list free of such names.
    if (!byKey.has(key)) byKey.set(key, p);
  }
}

/** Every known party, in list order: the list `handover parties` prints. */
export function knownParties(): readonly Party[] {
  return PARTIES;
}

/** The party with this slug; undefined for an unknown slug. */
export function partyBySlug(slug: string): Party | undefined {
  const p = byKey.get(slug);
  return p?.slug === slug ? p : undefined;
}

/**
 * The party a slug, name or alias stands for ("Moscow", "Россия", "russia" → russia), or a name the
 * gazetteer knows in any language ("Тегеран" → iran); undefined when none.
 */
export function findParty(text: string): Party | undefined {
  const key = partyKey(text);
  return byKey.get(key) ?? byGazetteerName().get(key);
}

let gazetteerNames: Map<string, Party> | undefined;
/** Gazetteer names of every language, built on first use; the aliases above win a name both hold. */
function byGazetteerName(): Map<string, Party> {
  if (!gazetteerNames) {
    gazetteerNames = new Map();
    for (const lang of GAZETTEER_LANGUAGES) {
      for (const [slug, forms] of gazetteerFor(lang)) {
        const p = byKey.get(slug);
        if (!p || p.slug !== slug) continue;
        for (const name of forms.names) {
          const key = partyKey(name);
          if (!byKey.has(key) && !gazetteerNames.has(key)) gazetteerNames.set(key, p);
        }
      }
    }
  }
  return gazetteerNames;
}

/** Whether a slug is one of the known parties' slugs (aliases do not count). */
export function isPartySlug(slug: string): boolean {
  const p = byKey.get(slug);
  return p !== undefined && p.slug === slug;
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Slugs of the parties whose slug, name or alias is nearest a mistyped name (at most 3). */
export function suggestParties(text: string): string[] {
  const key = partyKey(text);
  if (key === '') return [];
  const scored: Array<[number, string]> = [];
  for (const [name, p] of byKey) {
    const d = name.startsWith(key) || key.startsWith(name) ? 1 : distance(key, name);
    if (d <= Math.max(1, Math.floor(key.length / 3))) scored.push([d, p.slug]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  return [...new Set(scored.map(([, s]) => s))].slice(0, 3);
}

/**
 * A typed party resolved to its slug, or a one-line reason naming the option and the nearest
 * known parties. `option` names where it was typed (`--party`, `to`).
 */
export function resolvePartyInput(option: string, text: string): { ok: true; slug: string } | { ok: false; message: string } {
  const p = findParty(text);
  if (p) return { ok: true, slug: p.slug };
  const near = suggestParties(text);
  const hint = near.length > 0 ? `; did you mean ${near.join(', ')}?` : '';
  return { ok: false, message: `${option} "${text}" is not a known party${hint} (handover parties lists them)` };
}
