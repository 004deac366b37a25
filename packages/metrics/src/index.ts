/** @balanza/metrics — pure functions from board snapshots to review figures, each labelled with its formula. */
export * from './figure.ts';
export * from './goals.ts';
