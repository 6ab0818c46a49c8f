/**
 * The wars whose exchanges the ledger records, as pairs of sides that hand people to each other.
 * The extractor completes a half-said direction from these ("N soldiers returned to Ukraine" came
 * from Russia), and a party of another war is read as itself, never as the nearest known side.
 */
export interface Conflict {
  /** The two sides, by party slug; the first listed pair wins a tie between two pairs. */
  sides: readonly [string, string];
  /** Naming this side alone names the other: 'both', 'first' (naming the first names the second) or 'second'. */
  implies?: 'both' | 'first' | 'second';
  /** Prisoners here are detainees rather than prisoners of war. */
  detainees?: boolean;
  /** The side that takes hostages: hostages go from it, the detainees traded for them go back to it. */
  hostageTaker?: string;
  /** Captives here are hostages ("captives" in a report of this war means hostages). */
  hostages?: boolean;
  /**
   * A swap between states outside their own war (prisoners traded by governments): its sides pair
   * only when neither has a partner of a main conflict named in the report.
   */
  minor?: boolean;
  /**
   * In a war between a state and an armed group, which side is the state: "government troops" and
   * "the army" are that side, "the rebels" and "the group" the other. Left out for wars between states.
   */
  state?: 'first' | 'second';
}

export const CONFLICTS: readonly Conflict[] = [
  { sides: ['russia', 'ukraine'], implies: 'both' },
  { sides: ['israel', 'hamas'], implies: 'second', state: 'first', detainees: true, hostageTaker: 'hamas', hostages: true },
  { sides: ['israel', 'hezbollah'], implies: 'second', state: 'first', detainees: true, hostageTaker: 'hezbollah' },
  { sides: ['israel', 'lebanon'], implies: 'second', detainees: true },
  { sides: ['houthis', 'yemeni-government'], implies: 'both', state: 'second', detainees: true, hostageTaker: 'houthis' },
  { sides: ['houthis', 'saudi-led-coalition'], state: 'second', detainees: true },
  { sides: ['armenia', 'azerbaijan'], implies: 'both' },
  { sides: ['rsf', 'saf'], implies: 'both', state: 'second' },
  { sides: ['tplf', 'ethiopia'], implies: 'first', state: 'second' },
  { sides: ['farc', 'colombia'], implies: 'first', state: 'second', hostageTaker: 'farc', hostages: true },
  { sides: ['eln', 'colombia'], state: 'second', hostageTaker: 'eln', hostages: true },
  { sides: ['sdf', 'syrian-government'], implies: 'both', state: 'second', detainees: true },
  { sides: ['syrian-opposition', 'syrian-government'], state: 'second', detainees: true },
  { sides: ['iran', 'iraq'] },
  { sides: ['india', 'pakistan'], implies: 'both' },
  { sides: ['taliban', 'afghan-government'], implies: 'both', state: 'second' },
  { sides: ['m23', 'drc'], implies: 'both', state: 'second' },
  { sides: ['myanmar-military', 'arakan-army'], implies: 'second', state: 'first' },
  { sides: ['myanmar-military', 'mndaa'], implies: 'second', state: 'first' },
  { sides: ['myanmar-military', 'tnla'], implies: 'second', state: 'first' },
  { sides: ['myanmar-military', 'kachin-independence-army'], implies: 'second', state: 'first' },
  { sides: ['myanmar-military', 'peoples-defence-force'], implies: 'second', state: 'first' },
  { sides: ['gna', 'lna'], implies: 'both', state: 'first' },
  { sides: ['boko-haram', 'nigeria'], implies: 'first', state: 'second', hostageTaker: 'boko-haram', hostages: true },
  { sides: ['belarus', 'ukraine'] },
  { sides: ['united-states', 'russia'], detainees: true, minor: true },
  { sides: ['united-states', 'iran'], detainees: true, minor: true },
  { sides: ['united-states', 'venezuela'], detainees: true, minor: true },
  { sides: ['iran', 'sweden'], detainees: true, minor: true },
  { sides: ['iran', 'belgium'], detainees: true, minor: true },
  { sides: ['belarus', 'lithuania'], detainees: true, minor: true },
  { sides: ['el-salvador', 'venezuela'], detainees: true, minor: true },
];

/** Every side of some conflict. */
export function belligerents(): Set<string> {
  return new Set(CONFLICTS.flatMap((c) => c.sides));
}

/** The side that naming `party` alone names, when its war makes that unambiguous. */
export function impliedCounterpart(party: string): string | null {
  for (const c of CONFLICTS) {
    const [a, b] = c.sides;
    if (a === party && (c.implies === 'both' || c.implies === 'first')) return b;
    if (b === party && (c.implies === 'both' || c.implies === 'second')) return a;
  }
  return null;
}

/** Sides whose every war is one of detainees rather than prisoners of war. */
export function detaineeSides(): Set<string> {
  const all = belligerents();
  return new Set([...all].filter((p) => CONFLICTS.filter((c) => c.sides.includes(p)).every((c) => c.detainees)));
}
