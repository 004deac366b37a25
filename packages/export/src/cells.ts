/** How a cell is shown: money in the board's currency, a fraction as a percentage, a multiple (a ROAS, "12×"), a plain number, or text. */
export type CellKind = 'text' | 'number' | 'money' | 'percent' | 'multiple';

/** One cell of an exported table: a number stays a number (blank is null), text stays text. */
export type Cell = { kind: 'text'; value: string } | { kind: Exclude<CellKind, 'text'>; value: number | null };

export const text = (value: string): Cell => ({ kind: 'text', value });
export const num = (value: number | null | undefined): Cell => ({ kind: 'number', value: finite(value) });
export const money = (value: number | null | undefined): Cell => ({ kind: 'money', value: finite(value) });
/** A multiple such as a ROAS (12 shown as 12×); still a plain number in CSV. */
export const times = (value: number | null | undefined): Cell => ({ kind: 'multiple', value: finite(value) });
/** A fraction (0.25) shown as a percentage (25 %). */
export const pct = (value: number | null | undefined): Cell => ({ kind: 'percent', value: finite(value) });

const finite = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** A table of a section: what a CSV file or a spreadsheet sheet holds. */
export interface Table {
  /** File and sheet key: `goals`, `ledger`… */
  name: string;
  /** The sheet's title, in the board's language. */
  title: string;
  headers: string[];
  rows: Cell[][];
}

// Text a spreadsheet would run as a formula (or a DDE command) when it starts with one of these.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text made inert for a spreadsheet ([EXPORT-3]): a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading single quote, so Excel, LibreOffice and Sheets show it as text instead of evaluating it.
 * Numbers are never passed through here: a negative number is a number, not a formula.
 */
export const neutralise = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);
