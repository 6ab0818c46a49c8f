/**
 * Short reports about a few exchanges packed into a few weeks, written for these tests: each
 * exchange is told by the receiving side (with a figure), by the giving side, by a confirmation
 * without a figure (sometimes days late, sometimes about "prisoners" or "bodies" in general) and by
 * the handover the other way a few days later. Packed together, every report's grouping context
 * holds the others: the shape that broke ingest when a confirmation waited for its event.
 * Deterministic: the same seed gives the same reports.
 */
import { createRng } from '../../src/bench/prng.js';

export interface DenseReport {
  name: string;
  text: string;
}

interface Pair {
  a: { name: string; city: string; adjective: string; body: string };
  b: { name: string; city: string; adjective: string; body: string };
}

const PAIRS: Pair[] = [
  {
    a: { name: 'Russia', city: 'MOSCOW', adjective: 'Russian', body: 'The Russian defence ministry' },
    b: { name: 'Ukraine', city: 'KYIV', adjective: 'Ukrainian', body: 'The Coordination Headquarters for the Treatment of Prisoners of War' },
  },
  {
    a: { name: 'Azerbaijan', city: 'BAKU', adjective: 'Azerbaijani', body: 'The State Commission on Prisoners of War' },
    b: { name: 'Armenia', city: 'YEREVAN', adjective: 'Armenian', body: 'The Armenian foreign ministry' },
  },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WHAT = {
  pow: { plural: 'servicemen', verb: 'brought home', noun: 'the exchange of prisoners of war' },
  remains: { plural: 'fallen soldiers', verb: 'received the bodies of', noun: 'the repatriation of the bodies' },
} as const;

const dayOf = (base: number, offset: number) => new Date(base + offset * 86_400_000);
const long = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const short = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;

/** `exchanges` exchanges (each yields four to six reports) within about three weeks. */
export function denseCorpus(seed: number, exchanges = 6): DenseReport[] {
  const rng = createRng(seed);
  const base = Date.UTC(2025, 5, 1);
  const out: DenseReport[] = [];
  for (let e = 0; e < exchanges; e++) {
    const pair = PAIRS[rng.int(0, PAIRS.length - 1)]!;
    const [giver, receiver] = rng.chance(0.5) ? [pair.a, pair.b] : [pair.b, pair.a];
    const kind = rng.chance(0.5) ? 'pow' : 'remains';
    const w = WHAT[kind];
    const day = dayOf(base, rng.int(0, 20));
    const figure = rng.int(2, 120) * 10;
    const back = kind === 'pow' ? figure : rng.int(1, 60);
    const tag = `${e}`;
    const published = dayOf(day.getTime(), 1);
    out.push({
      name: `x${tag}-receiver.txt`,
      text: `${receiver.name} reports a handover\n\n${receiver.city}, ${long(published)} — ${receiver.name} ${w.verb} ${figure.toLocaleString('en-US')} ${w.plural} from ${giver.name} on ${short(day)}, ${receiver.body} said.\n`,
    });
    if (rng.chance(0.7)) {
      // The giver's figure, now and then rounded.
      const said = rng.chance(0.3) ? figure + rng.int(-2, 2) : figure;
      out.push({
        name: `x${tag}-giver.txt`,
        text: `${giver.name} on the handover\n\n${giver.city}, ${long(published)} — ${giver.name} handed over ${said} ${receiver.adjective} ${w.plural} to ${receiver.name} on ${short(day)}, ${giver.body} said.\n`,
      });
    }
    // A confirmation without a figure, on the day or a few days late (then it waits for an event).
    const late = rng.chance(0.5) ? rng.int(2, 6) : 0;
    const confirmedOn = dayOf(day.getTime(), late);
    const general = rng.chance(0.5);
    out.push({
      name: `x${tag}-confirmation.txt`,
      text: `Handover confirmed\n\n${receiver.city}, ${long(dayOf(confirmedOn.getTime(), 1))} — ${receiver.body} confirmed ${general ? 'the repatriation of the bodies' : w.noun} on ${short(confirmedOn)}.\n`,
    });
    // The other way, a few days later.
    const later = dayOf(day.getTime(), rng.int(1, 8));
    out.push({
      name: `x${tag}-reverse.txt`,
      text: `${giver.name} gets its people back\n\n${giver.city}, ${long(dayOf(later.getTime(), 1))} — ${giver.name} ${w.verb} ${back} ${w.plural} from ${receiver.name} on ${short(later)}, ${giver.body} said.\n`,
    });
    if (rng.chance(0.4)) {
      // A follow-up that only confirms, from the other side.
      out.push({ name: `x${tag}-followup.txt`, text: `Follow-up\n\n${giver.city}, ${long(dayOf(later.getTime(), 2))} — ${giver.body} confirmed ${w.noun} on ${short(later)}.\n` });
    }
  }
  return out;
}
