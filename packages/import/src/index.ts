/**
 * @balanza/import — a CSV or XLSX file read into rows (papaparse, ExcelJS), its columns mapped to a table's
 * fields, and a plan of what it would change on a board: row by row, with every problem where it is. Pure
 * functions over the model's snapshot; the page shows the plan and applies it with the model's `applyImport`.
 */
export * from './cells.ts';
export * from './fields.ts';
export * from './mapping.ts';
export * from './numbers.ts';
export * from './plan.ts';
export * from './read-table.ts';
