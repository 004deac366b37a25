import {
  type BoardSnapshot,
  compareSection,
  type Item,
  type RestorableCollection,
  type RestoreSection,
  SECTION_COLLECTIONS,
  type SectionComparison,
} from '@balanza/model';
import type { NumberFormats } from '../../i18n/numbers.ts';
import type { VersionTexts } from './texts.ts';

type AnyItem = Item<Record<string, unknown>>;

/** One record of a section as the version view shows it, with how it differs from the live board. */
export interface VersionRow {
  collection: RestorableCollection;
  id: string;
  name: string;
  details: string;
  state: 'same' | 'changed' | 'deleted' | 'added';
  /** For `changed`: the fields that differ. */
  fields: string[];
  /** The record as the version has it (the live one for `added`). */
  item: AnyItem;
}

export interface SectionView {
  section: RestoreSection;
  comparison: SectionComparison;
  groups: Array<{ collection: RestorableCollection; rows: VersionRow[] }>;
}

const num = (value: unknown) => (typeof value === 'number' ? value : null);

/** A short line of the values that matter for each kind of record. */
function describe(collection: RestorableCollection, item: AnyItem, formats: NumberFormats, text: VersionTexts) {
  const money = (value: unknown) => (num(value) === null ? '—' : formats.value('money', num(value) as number));
  switch (collection) {
    case 'goals': {
      const unit = (item.unit as 'money') ?? 'count';
      const figure = (value: unknown) => (num(value) === null ? '—' : formats.value(unit, num(value) as number));
      return {
        name: String(item.label ?? ''),
        details: `${text.fields.target} ${figure(item.target)} · ${text.fields.actual} ${figure(item.actual)}`,
      };
    }
    case 'ledger':
      return { name: String(item.label ?? ''), details: money(item.amount) };
    case 'outcomes':
      return { name: String(item.label ?? ''), details: `${num(item.before) ?? '—'} → ${num(item.after) ?? '—'}` };
    case 'lanes':
      return { name: String(item.label ?? ''), details: '' };
    case 'events':
      return {
        name: String(item.title ?? ''),
        details: `${item.start} – ${item.end} · ${text.fields.actualGmv} ${money(item.actualGmv)}`,
      };
    case 'measures':
      return { name: String(item.text ?? ''), details: text.columns[String(item.column)] ?? String(item.column) };
  }
}

/** Builds the read-only view of one section: every record of the version, and those added since. */
export function sectionView(
  live: BoardSnapshot,
  version: BoardSnapshot,
  section: RestoreSection,
  formats: NumberFormats,
  text: VersionTexts,
): SectionView {
  const comparison = compareSection(live, version, section);
  const changed = new Map(comparison.changed.map((difference) => [difference.id, difference.fields]));
  const deleted = new Set(comparison.deleted.map((difference) => difference.id));
  const row = (collection: RestorableCollection, item: AnyItem, state: VersionRow['state']): VersionRow => {
    const { name, details } = describe(collection, item, formats, text);
    return {
      collection,
      id: item.id,
      name: name || text.untitled,
      details,
      state,
      fields: changed.get(item.id) ?? [],
      item,
    };
  };
  const groups = (SECTION_COLLECTIONS[section] as readonly RestorableCollection[]).map((collection) => {
    const rows = (version[collection] as AnyItem[]).map((item) =>
      row(collection, item, deleted.has(item.id) ? 'deleted' : changed.has(item.id) ? 'changed' : 'same'),
    );
    const addedIds = new Set(comparison.added.filter((a) => a.collection === collection).map((a) => a.id));
    for (const item of live[collection] as AnyItem[])
      if (addedIds.has(item.id)) rows.push(row(collection, item, 'added'));
    return { collection, rows };
  });
  return { section, comparison, groups };
}
