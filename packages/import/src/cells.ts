import { type LANE_KINDS, LANGUAGES, type Lane, languageOfLocale, TEMPLATE_LABELS } from '@balanza/model';
import { type ImportField, normalWord } from './fields.ts';
import { exampleIn, readDate, readNumber } from './numbers.ts';
import type { RawCell } from './read-table.ts';

/** What is wrong with one cell, and (as a sample or a list) what the column expects. */
export type CellProblemCode = 'notNumber' | 'otherLocale' | 'notDate' | 'notMonth' | 'notChoice' | 'noLane';
export interface CellProblem {
  code: CellProblemCode;
  expected: string;
}

/** A cell's value for its field; `undefined` for a blank cell (the field is left as it is). */
export type CellRead = { ok: true; value: unknown } | { ok: false; problem: CellProblem };

export interface CellContext {
  locale: string;
  lanes: readonly Lane[];
}

/** Spreadsheets neutralise text starting like a formula with a leading `'` (as our exports do): read it back without. */
const text = (cell: RawCell) => String(cell).replace(/^'(?=[=+\-@\t\r])/, '');

export function readCell(field: ImportField, cell: RawCell, context: CellContext): CellRead {
  if (typeof cell === 'string' && cell.trim() === '') return { ok: true, value: undefined };
  switch (field.kind) {
    case 'text':
      return { ok: true, value: text(cell).trim() };
    case 'number': {
      const read = readNumber(cell, context.locale);
      if (read.ok) return { ok: true, value: read.value ?? undefined };
      const expected = read.reason === 'otherLocale' ? read.example : exampleIn(context.locale);
      return { ok: false, problem: { code: read.reason === 'otherLocale' ? 'otherLocale' : 'notNumber', expected } };
    }
    case 'date': {
      const read = readDate(cell, context.locale);
      return read.ok
        ? { ok: true, value: read.value ?? undefined }
        : { ok: false, problem: { code: 'notDate', expected: '2026-11-11' } };
    }
    case 'month': {
      const read = readNumber(cell, context.locale);
      const month = read.ok ? read.value : null;
      return month !== null && Number.isInteger(month) && month >= 1 && month <= 12
        ? { ok: true, value: month }
        : { ok: false, problem: { code: 'notMonth', expected: '1–12' } };
    }
    case 'choice':
      return readChoice(field.choices ?? {}, text(cell), context.locale);
    case 'lane':
      return readLane(text(cell), context.lanes);
  }
}

/** A choice by its key or its word in any language; a wrong one lists the words of the board's language. */
function readChoice(choices: Record<string, string[]>, cell: string, locale: string): CellRead {
  const wanted = normalWord(cell);
  for (const [value, words] of Object.entries(choices))
    if (words.some((word) => normalWord(word) === wanted)) return { ok: true, value };
  const expected = Object.values(choices)
    // Each choice's words are its key, then its word in each of LANGUAGES.
    .map((words) => words[LANGUAGES.indexOf(languageOfLocale(locale)) + 1] ?? words[0])
    .join(', ');
  return { ok: false, problem: { code: 'notChoice', expected } };
}

/** A lane by its label on this board, or by the template's name of its kind in any language. */
function readLane(cell: string, lanes: readonly Lane[]): CellRead {
  const wanted = normalWord(cell);
  const byLabel = lanes.find((lane) => normalWord(lane.label) === wanted);
  const byKind = lanes.find((lane) => kindWords(lane.kind).includes(wanted));
  const lane = byLabel ?? byKind;
  if (lane) return { ok: true, value: lane.id };
  return { ok: false, problem: { code: 'noLane', expected: lanes.map((l) => l.label).join(', ') } };
}

const kindWords = (kind: (typeof LANE_KINDS)[number]): string[] =>
  LANGUAGES.map((language) => (TEMPLATE_LABELS[language].lanes as Record<string, string>)[kind] ?? '')
    .filter(Boolean)
    .map(normalWord);
