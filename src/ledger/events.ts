import type { LedgerClaim, LedgerEvent } from '../domain/index.js';
import { isTwoWay } from './claims.js';

/** A machine event founded by one claim, before reconciliation fills in date, figure and status. */
export function blankEvent(id: string, founder: LedgerClaim): LedgerEvent {
  return {
    id,
    exchangeId: null,
    category: founder.category,
    wounded: founder.wounded,
    from: founder.from,
    to: founder.to,
    date: null,
    figure: { low: null, best: null, high: null },
    status: 'announced',
    claimIds: [],
    agreement: null,
    mediator: null,
    flags: isTwoWay(founder) ? ['two-way'] : [],
    review: 'machine',
    locked: false,
  };
}
