import * as Y from 'yjs';
import type { z } from 'zod';
import { type CollectionSpec, type Item, ModelError, parseInput, rootOf, writeFields } from './collection.ts';
import {
  compareSection,
  type RestorableCollection,
  type RestoreSection,
  restorableFields,
  SECTION_COLLECTIONS,
  type SectionComparison,
} from './compare-section.ts';
import { eventNoteKey, ROOT } from './keys.ts';
import { transact } from './mutate.ts';
import { type BoardSnapshot, readBoard, SPECS } from './read.ts';

type AnySpec = CollectionSpec<z.ZodRawShape>;
type AnyItem = Item<Record<string, unknown>>;

/**
 * Checks one record of a version against the schema and the live document, and returns the write that
 * puts it back. Nothing is written here: Yjs does not roll back a transaction that throws, so every
 * check of a restore runs before its first write.
 */
function prepareRestore(doc: Y.Doc, collection: RestorableCollection, item: AnyItem, lanesComing: Set<string>) {
  const spec = SPECS[collection] as unknown as AnySpec;
  if (typeof item?.id !== 'string' || item.id.length === 0 || item.id.length > 64)
    throw new ModelError(`${spec.noun}.id: expected the id of the ${spec.noun} to restore`);
  const shape = spec.schema.shape;
  const picked = Object.fromEntries(
    restorableFields(item)
      .filter((field) => field in shape)
      .map((field) => [field, item[field]]),
  );
  const values = parseInput(spec, picked) as Record<string, unknown>;
  const problem = spec.check?.({ ...spec.defaults, ...values } as never);
  if (problem) throw new ModelError(`${spec.noun}.${problem[0]}: ${problem[1]}`);
  if (collection === 'events') {
    const laneId = String(values.laneId ?? '');
    if (!rootOf(doc, 'lanes').has(laneId) && !lanesComing.has(laneId))
      throw new ModelError('event.laneId: its lane is deleted; restore the timeline section to bring both back');
  }
  return () => {
    const root = rootOf(doc, collection);
    let ymap = root.get(item.id);
    if (!(ymap instanceof Y.Map)) {
      // Deleted since the version: the record comes back under its old id, so comments and links find it.
      ymap = new Y.Map<unknown>();
      root.set(item.id, ymap);
    }
    writeFields(spec, ymap, values);
    if (collection === 'events') {
      // removeEvent keeps the note; only an event whose note is gone gets a fresh, empty one.
      const notes = doc.getMap<Y.XmlFragment>(ROOT.notes);
      if (!(notes.get(eventNoteKey(item.id)) instanceof Y.XmlFragment))
        notes.set(eventNoteKey(item.id), new Y.XmlFragment());
    }
  };
}

/**
 * Writes a record of a version back into the live board as a new edit: a deleted record comes back with
 * its id and fields, a changed one gets the version's values (only the fields that differ are written).
 * One transaction tagged `restoreItem`, so it syncs like any edit and this user's undo covers it.
 *
 * Returns the restored record's id.
 *
 * @example restoreItem(doc, 'goals', versionSnapshot.goals[0])
 */
export function restoreItem(doc: Y.Doc, collection: RestorableCollection, item: AnyItem): string {
  if (!Object.hasOwn(SPECS, collection) || collection === ('comments' as never))
    throw new ModelError(`restore: "${String(collection)}" cannot be restored`);
  const write = prepareRestore(doc, collection, item, new Set());
  transact(doc, 'restoreItem', write);
  return item.id;
}

/**
 * Restores one section of a version into the live board as ONE new edit (tagged `restoreSection`):
 * changed records get the version's values and deleted ones come back; records added since the version
 * are kept (nothing is silently lost). Returns what it replaced, compared before the write.
 *
 * @example
 * const { changed, deleted } = restoreSection(doc, 'goals', versionSnapshot);
 */
export function restoreSection(doc: Y.Doc, section: RestoreSection, version: BoardSnapshot): SectionComparison {
  const collections = SECTION_COLLECTIONS[section] as readonly RestorableCollection[] | undefined;
  if (!collections) throw new ModelError(`restore: "${String(section)}" is not a section that can be restored`);
  const comparison = compareSection(readBoard(doc), version, section);
  const lanesComing = new Set(collections.includes('lanes') ? version.lanes.map((lane) => lane.id) : []);
  const writes = collections.flatMap((collection) =>
    (version[collection] as AnyItem[]).map((item) => prepareRestore(doc, collection, item, lanesComing)),
  );
  transact(doc, 'restoreSection', () => {
    for (const write of writes) write();
  });
  return comparison;
}
