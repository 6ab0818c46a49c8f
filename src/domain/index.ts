export * from './claim.js';
export * from './document.js';
export * from './errors.js';
export * from './ledger.js';
export * from './parties.js';
export * from './account.js';
export * from './gazetteer.js';
export * from './conflicts.js';
