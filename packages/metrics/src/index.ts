/** @balanza/metrics — pure functions from board snapshots to review figures, each labelled with its formula. */
export * from './campaigns.ts';
export * from './figure.ts';
export * from './goals.ts';
export * from './incremental.ts';
export * from './ledger.ts';
export * from './plan.ts';
export * from './review.ts';
