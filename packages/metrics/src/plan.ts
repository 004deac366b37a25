// The operating plan's figures ([PLAN-…] in SPEC.md), one module per job under ./plan.
export * from './plan/adoption.ts';
export * from './plan/plan-metrics.ts';
export * from './plan/projection.ts';
export * from './plan/rows.ts';
export * from './plan/scenarios.ts';
export * from './plan/seasonality.ts';
export * from './plan/sums.ts';
export * from './plan/targets.ts';
export * from './plan/tracker.ts';
export * from './plan/tracking.ts';
