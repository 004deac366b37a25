/**
 * @balanza/model — the board document: every Yjs key, typed readers that turn the document into
 * validated snapshots, and named mutations. The UI and the server use nothing else to touch a board.
 */

export * from './authorship.ts';
export * from './board-mutations.ts';
export * from './board-store.ts';
export { type CollectionSpec, type Item, ModelError, type NestedKind, type Problem } from './collection.ts';
export * from './compare-section.ts';
export * from './fields.ts';
export * from './ids.ts';
export * from './import-rows.ts';
export * from './keys.ts';
export * from './locale.ts';
export * from './mutations.ts';
export * from './note-data.ts';
export * from './notes-restore.ts';
export * from './order.ts';
export * from './origin.ts';
export * from './permissions.ts';
export * from './plan/carry-over.ts';
export * from './plan/goal-plan.ts';
export * from './plan/plan-mutations.ts';
export * from './plan/roll-forward.ts';
export * from './plan/scenarios.ts';
export * from './plan/split.ts';
export * from './private-cards.ts';
export * from './read.ts';
export * from './records/comment.ts';
export * from './records/event.ts';
export * from './records/goal.ts';
export * from './records/lane.ts';
export * from './records/ledger.ts';
export * from './records/measure.ts';
export * from './records/meta.ts';
export * from './records/outcome.ts';
export * from './records/plan.ts';
export * from './records/scenario.ts';
export * from './records/session.ts';
export * from './restore.ts';
export * from './template/calendar.ts';
export * from './template/create.ts';
export * from './template/import.ts';
export * from './template/labels.ts';
export * from './threads-restore.ts';
