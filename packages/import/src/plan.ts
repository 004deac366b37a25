import {
  type BoardSnapshot,
  eventSpec,
  goalSpec,
  type ImportChange,
  type ImportTarget,
  ledgerSpec,
} from '@balanza/model';
import { type CellProblemCode, readCell } from './cells.ts';
import { IMPORT_FIELDS, type ImportField } from './fields.ts';
import { type ColumnMapping, unmappedHeaders } from './mapping.ts';
import { matcherFor, type RecordOf } from './match.ts';
import { columnLetter, type RawTable } from './read-table.ts';

/** One problem of one row: where (the file's row number, the column), what is wrong, what the column expects. */
export interface RowProblem {
  row: number;
  /** The column's header ('' when the problem is the row's, not a cell's). */
  column: string;
  /** The column's letter, as a spreadsheet shows it. */
  letter: string;
  code: CellProblemCode | 'required' | 'duplicate' | 'ambiguous' | 'endBeforeStart' | 'turnoverIsOutput' | 'invalid';
  /** The cell as the file has it. */
  value: string;
  /** A sample or the list of what fits (empty when the code says it all). */
  expected: string;
  /** The other row, for a duplicate. */
  otherRow?: number;
}

/** A row that changes the board: the record (new when `id` is null), each changed field before and after. */
export interface PlannedRow {
  row: number;
  name: string;
  change: ImportChange;
  fields: Array<{ field: string; before: unknown; after: unknown }>;
}

export interface ImportPlan {
  target: ImportTarget;
  columns: ColumnMapping;
  rows: PlannedRow[];
  /** Rows that say what the board already holds. */
  unchanged: number;
  problems: RowProblem[];
  /** The file's columns nothing reads. */
  ignored: string[];
  /** A field that finds the records (`label`, `title`) has no column: nothing can be placed. */
  missingKey: string | null;
}

const SPECS = { goals: goalSpec, ledger: ledgerSpec, events: eventSpec } as const;

/**
 * What importing `table` into `target` would do to `board`, without doing it: the changed fields of each row
 * (before → after), the new records, and every problem, row by row. A blank cell leaves its field as it is.
 * The page applies `rows` (`applyImport`) only when there is no problem and the user confirms.
 */
export function planImport(
  board: BoardSnapshot,
  target: ImportTarget,
  table: RawTable,
  columns: ColumnMapping,
): ImportPlan {
  const fields = IMPORT_FIELDS[target].filter((field) => columns[field.name] !== undefined);
  const key = IMPORT_FIELDS[target].find((field) => field.key && field.kind === 'text');
  const plan: ImportPlan = {
    target,
    columns,
    rows: [],
    unchanged: 0,
    problems: [],
    ignored: unmappedHeaders(table.headers, columns),
    missingKey: key && columns[key.name] === undefined ? key.name : null,
  };
  if (plan.missingKey) return plan;
  const at = new Map(table.headers.map((header, index) => [header, index]));
  const match = matcherFor(target, board);
  const context = { locale: board.meta.locale, lanes: board.lanes };
  const claimed = new Map<string, number>();

  for (const [index, cells] of table.rows.entries()) {
    const row = table.rowNumbers[index] ?? index + 2;
    const problem = (field: ImportField | null, code: RowProblem['code'], expected = '', otherRow?: number) => {
      const column = field ? (columns[field.name] ?? '') : '';
      const position = at.get(column);
      plan.problems.push({
        row,
        column,
        letter: position === undefined ? '' : columnLetter(position),
        code,
        value: position === undefined ? '' : String(cells[position] ?? ''),
        expected,
        ...(otherRow === undefined ? {} : { otherRow }),
      });
    };
    const values: Record<string, unknown> = {};
    let readable = true;
    for (const field of fields) {
      const read = readCell(field, cells[at.get(columns[field.name] ?? '') ?? -1] ?? '', context);
      if (!read.ok) {
        problem(field, read.problem.code, read.problem.expected);
        readable = false;
      } else if (read.value !== undefined) values[field.name] = read.value;
    }
    if (!readable) continue;
    const found = match(values);
    if (found.kind === 'blank') {
      problem(key ?? null, 'required');
      continue;
    }
    if (found.kind === 'ambiguous') {
      problem(key ?? null, 'ambiguous', found.names.join(', '));
      continue;
    }
    const claim = found.kind === 'existing' ? found.record.id : `new:${found.key}`;
    const first = claimed.get(claim);
    if (first !== undefined) {
      problem(key ?? null, 'duplicate', '', first);
      continue;
    }
    claimed.set(claim, row);
    const planned =
      found.kind === 'existing'
        ? updateOf(found.record, values, fields)
        : newRecordOf(target, values, found.defaults, fields);
    const rule = ruleBroken(target, planned.whole);
    if (rule) {
      problem(fields.find((field) => field.name === rule.field) ?? null, rule.code, rule.message);
      continue;
    }
    const invalid = invalidField(target, planned.change.values);
    if (invalid) {
      problem(fields.find((field) => field.name === invalid.field) ?? null, 'invalid', invalid.message);
      continue;
    }
    if (planned.fields.length === 0) plan.unchanged++;
    else plan.rows.push({ row, name: found.name, change: planned.change, fields: planned.fields });
  }
  // Read as the file is: by row, then left to right.
  const position = (problem: RowProblem) => at.get(problem.column) ?? -1;
  plan.problems.sort((a, b) => a.row - b.row || position(a) - position(b));
  return plan;
}

/** The fields of an existing record a row changes (blank cells and fields only new records take are left out). */
function updateOf(record: RecordOf, values: Record<string, unknown>, fields: readonly ImportField[]) {
  const changed: PlannedRow['fields'] = [];
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.key || field.onlyNew || !(field.name in values)) continue;
    const before = record[field.name] ?? null;
    if (before === values[field.name]) continue;
    patch[field.name] = values[field.name];
    changed.push({ field: field.name, before, after: values[field.name] });
  }
  return { change: { id: record.id, values: patch }, fields: changed, whole: { ...record, ...patch } };
}

function newRecordOf(
  target: ImportTarget,
  values: Record<string, unknown>,
  defaults: Record<string, unknown>,
  fields: readonly ImportField[],
) {
  const record = { ...defaults, ...values };
  if (target === 'ledger' && values.side === undefined)
    record.side = record.category === 'turnover' ? 'output' : 'input';
  const changed = fields
    .filter((field) => field.name in record)
    .map((field) => ({ field: field.name, before: null, after: record[field.name] }));
  return { change: { id: null, values: record }, fields: changed, whole: { ...SPECS[target].defaults, ...record } };
}

/** The model's rules across fields, in the import's words; any other the model adds reads as `invalid`. */
const RULE_CODES: Record<string, RowProblem['code']> = {
  'events.end': 'endBeforeStart',
  'ledger.side': 'turnoverIsOutput',
};

/**
 * What a row breaks as a whole record: what an import needs of a new campaign (a lane, real dates), then the
 * model's own rules across fields (its collection's `check`, the same the mutations apply).
 */
function ruleBroken(target: ImportTarget, whole: Record<string, unknown>) {
  if (target === 'events') {
    if (!whole.laneId) return { field: 'laneId', code: 'noLane' as const, message: '' };
    for (const field of ['start', 'end'] as const)
      if (!whole[field] || whole[field] === SPECS.events.defaults[field])
        return { field, code: 'required' as const, message: '' };
  }
  const broken = (SPECS[target].check as ((record: unknown) => [string, string] | null) | undefined)?.(whole);
  if (!broken) return null;
  const [field, message] = broken;
  const code = RULE_CODES[`${target}.${field}`];
  return code ? { field, code, message: '' } : { field, code: 'invalid' as const, message };
}

/** A value the model's schema refuses (too long a text, a number out of range): the model's own words. */
function invalidField(target: ImportTarget, values: Record<string, unknown>) {
  const shape = SPECS[target].schema.shape as Record<
    string,
    { safeParse: (v: unknown) => { success: boolean; error?: { issues: Array<{ message: string }> } } }
  >;
  for (const [field, value] of Object.entries(values)) {
    const parsed = shape[field]?.safeParse(value);
    if (parsed && !parsed.success) return { field, message: parsed.error?.issues[0]?.message ?? 'invalid' };
  }
  return null;
}
