import type { Item } from './collection.ts';
import type { BoardSnapshot } from './read.ts';

/** The sections a version can restore, and the collections each one owns. */
export const RESTORE_SECTIONS = ['goals', 'ledger', 'timeline', 'measures'] as const;
export type RestoreSection = (typeof RESTORE_SECTIONS)[number];

export const SECTION_COLLECTIONS = {
  goals: ['goals'],
  ledger: ['ledger', 'outcomes'],
  // Lanes before events: an event is restored into its lane.
  timeline: ['lanes', 'events'],
  measures: ['measures'],
} as const satisfies Record<RestoreSection, readonly string[]>;
export type RestorableCollection = (typeof SECTION_COLLECTIONS)[RestoreSection][number];

/** How one record of a version differs from the live board. */
export interface ItemDifference {
  collection: RestorableCollection;
  id: string;
  /** changed: both have it with other values; deleted: only the version has it; added: only the live board. */
  kind: 'changed' | 'deleted' | 'added';
  /** For `changed`: the fields whose values differ. */
  fields: string[];
}

/** What restoring a section would do: replace changed records, bring back deleted ones, keep added ones. */
export interface SectionComparison {
  section: RestoreSection;
  changed: ItemDifference[];
  deleted: ItemDifference[];
  added: ItemDifference[];
}

type AnyItem = Item<Record<string, unknown>>;

/** Stable JSON (sorted keys) so `{a, b}` and `{b, a}` compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fields of a record that a restore writes: every field but its id, and none a peer wrote wrongly. */
export function restorableFields(item: AnyItem): string[] {
  return Object.keys(item).filter((field) => field !== 'id' && field !== 'flags' && !item.flags?.[field]);
}

/** The fields whose values differ between a version's record and the live one. */
export function changedFields(version: AnyItem, live: AnyItem): string[] {
  return restorableFields(version).filter((field) => canonical(version[field]) !== canonical(live[field]));
}

/**
 * Compares one section of a version with the live board, record by record.
 *
 * @example
 * const diff = compareSection(live, version, 'goals');
 * `${diff.changed.length} changed, ${diff.deleted.length} deleted since`
 */
export function compareSection(
  live: BoardSnapshot,
  version: BoardSnapshot,
  section: RestoreSection,
): SectionComparison {
  const result: SectionComparison = { section, changed: [], deleted: [], added: [] };
  for (const collection of SECTION_COLLECTIONS[section]) {
    const liveItems = new Map((live[collection] as AnyItem[]).map((item) => [item.id, item]));
    const versionIds = new Set<string>();
    for (const item of version[collection] as AnyItem[]) {
      versionIds.add(item.id);
      const now = liveItems.get(item.id);
      if (!now) result.deleted.push({ collection, id: item.id, kind: 'deleted', fields: [] });
      else {
        const fields = changedFields(item, now);
        if (fields.length > 0) result.changed.push({ collection, id: item.id, kind: 'changed', fields });
      }
    }
    for (const id of liveItems.keys())
      if (!versionIds.has(id)) result.added.push({ collection, id, kind: 'added', fields: [] });
  }
  return result;
}
