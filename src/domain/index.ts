export * from './claim.js';
export * from './document.js';
export * from './result.js';
export * from './ledger.js';
export * from './parties.js';
