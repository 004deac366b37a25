import { type ExportLabels, labelsFor } from '@balanza/export';
import {
  DIRECTIONS,
  type ImportTarget,
  LANGUAGES,
  LEDGER_CATEGORIES,
  LEDGER_SIDES,
  TEMPLATE_LABELS,
  UNITS,
  VERDICTS,
} from '@balanza/model';

/** How a column's cells are read. `choice` cells are one of `choices` (by key or any language's word). */
export type FieldKind = 'text' | 'number' | 'date' | 'month' | 'choice' | 'lane';

export interface ImportField {
  /** The record's field it fills. */
  name: string;
  kind: FieldKind;
  /** The headers that map to it without asking: the exports' own headers in every language, and common synonyms. */
  headers: string[];
  /** Allowed values and the words that mean each (`choice` fields). */
  choices?: Record<string, string[]>;
  /** Finds the record a row changes; a row without it cannot be placed. */
  key?: boolean;
  /** Read only for rows that become new records (an existing record keeps its own). */
  onlyNew?: boolean;
}

const LABELS = LANGUAGES.map((language) => labelsFor(language));
/** A label in every language, from the exports' labels (so an exported file maps back without asking). */
const every = (pick: (labels: ExportLabels) => string, ...synonyms: string[]) => [...LABELS.map(pick), ...synonyms];
/** The words of each value of an enumeration, in every language, and the value itself. */
function wordsOf<V extends string>(values: readonly V[], pick: (labels: ExportLabels) => Partial<Record<V, string>>) {
  return Object.fromEntries(
    values.map((value) => [value, [value, ...LABELS.map((labels) => pick(labels)[value] ?? '').filter(Boolean)]]),
  ) as Record<V, string[]>;
}
const categoryWords = Object.fromEntries(
  LEDGER_CATEGORIES.map((category) => [
    category,
    [category, ...LANGUAGES.map((l) => (TEMPLATE_LABELS[l].ledger as Record<string, string>)[category] ?? '')].filter(
      Boolean,
    ),
  ]),
);

/** What each import target reads, in the order the mapping shows it. */
export const IMPORT_FIELDS: Record<ImportTarget, ImportField[]> = {
  goals: [
    {
      name: 'label',
      kind: 'text',
      key: true,
      headers: every((l) => l.goal.label, 'Metric', 'Métrica', '指标', '指标名称', '名称'),
    },
    { name: 'target', kind: 'number', headers: every((l) => l.goal.target, '目标值') },
    { name: 'actual', kind: 'number', headers: every((l) => l.goal.actual, 'Real', '实际值', '完成') },
    { name: 'lastYear', kind: 'number', headers: every((l) => l.goal.lastYear, '上年') },
    {
      name: 'unit',
      kind: 'choice',
      onlyNew: true,
      headers: every((l) => l.goal.unit),
      choices: wordsOf(UNITS, (l) => l.values.unit),
    },
    {
      name: 'direction',
      kind: 'choice',
      onlyNew: true,
      headers: every((l) => l.goal.direction),
      choices: wordsOf(DIRECTIONS, (l) => l.values.direction),
    },
    { name: 'subjectiveCause', kind: 'text', headers: every((l) => l.goal.subjectiveCause) },
    { name: 'objectiveCause', kind: 'text', headers: every((l) => l.goal.objectiveCause) },
    { name: 'judgement', kind: 'text', headers: every((l) => l.goal.judgement) },
  ],
  ledger: [
    { name: 'label', kind: 'text', key: true, headers: every((l) => l.ledger.label, 'Concepto', '项目') },
    { name: 'month', kind: 'month', key: true, headers: every((l) => l.ledger.month) },
    {
      name: 'side',
      kind: 'choice',
      onlyNew: true,
      headers: every((l) => l.ledger.side),
      choices: wordsOf(LEDGER_SIDES, (l) => l.values.side),
    },
    {
      name: 'category',
      kind: 'choice',
      onlyNew: true,
      headers: every((l) => l.ledger.category),
      choices: categoryWords,
    },
    { name: 'amount', kind: 'number', headers: every((l) => l.ledger.amount, 'Importe', '金额', '费用') },
    { name: 'lastYear', kind: 'number', headers: every((l) => l.ledger.lastYear) },
  ],
  events: [
    {
      name: 'title',
      kind: 'text',
      key: true,
      headers: every((l) => l.event.title, 'Campaign', 'Campaña', '活动', '活动名称'),
    },
    { name: 'laneId', kind: 'lane', key: true, headers: every((l) => l.event.lane) },
    { name: 'start', kind: 'date', headers: every((l) => l.event.start) },
    { name: 'end', kind: 'date', headers: every((l) => l.event.end) },
    { name: 'targetGmv', kind: 'number', headers: every((l) => l.event.targetGmv) },
    {
      name: 'actualGmv',
      kind: 'number',
      headers: every((l) => l.event.actualGmv, 'GMV', '成交额', '成交金额', '支付金额', '销售额'),
    },
    { name: 'spend', kind: 'number', headers: every((l) => l.event.spend, 'Gasto', '花费', '推广费', '推广花费') },
    {
      name: 'verdict',
      kind: 'choice',
      headers: every((l) => l.event.verdict),
      choices: wordsOf(VERDICTS, (l) => l.values.verdict),
    },
  ],
};

/** A header or a word as compared: case, width, spaces and punctuation do not matter. */
export const normalWord = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:()（）/]+/g, '');
