/**
 * @balanza/export — a board as Markdown, CSV (zipped), and JSON that imports back as a new board: pure
 * functions over the model's snapshot and the metrics, shared by the server's routes and the page. The
 * spreadsheet (ExcelJS, large) is its own entry, `@balanza/export/xlsx`, so a page loads it only when asked.
 */
export * from './cells.ts';
export * from './csv.ts';
export * from './envelope.ts';
export * from './file-name.ts';
export * from './labels.ts';
export * from './markdown.ts';
export * from './tables.ts';
