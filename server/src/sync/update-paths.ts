import type { PathWrite } from '@balanza/model';
import * as Y from 'yjs';
import { type DecodedUpdate, inUpdate, type Lookup, lookupFor } from './update-roots.ts';

/** A path element for content with no key (an array's or a text's items). */
const NO_KEY = '#';
/** Deeper than any board's nesting: a crafted chain of parents or origins stops here. */
const MAX_DEPTH = 64;

/**
 * What an update sets and removes, as paths of keys from a root (`['comments', threadId, 'messages',
 * messageId, 'authorId']`), found without applying it, like `rootsTouched`: each new struct's parent and
 * key are read from the struct, or from its left or right neighbour when the encoding left them out (a
 * map key written again), in the update itself or in the document. Only the structs the document lacks
 * count; a struct whose place cannot be found (it would wait as pending) gives null.
 */
export function updatePaths(doc: Y.Doc, update: DecodedUpdate): { writes: PathWrite[]; deletions: string[][] } | null {
  const lookup = lookupFor(doc, update);
  const writes: PathWrite[] = [];
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
    const path = pathOfStruct(lookup, struct, 0);
    if (!path) return null;
    writes.push({ path, value: plainValue(struct) });
  }
  const deleted = new Set<Y.Item>();
  for (const [client, ranges] of update.ds.clients) {
    const structs = doc.store.clients.get(client) ?? [];
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      if (clock >= known) continue; // the update's own content: its place is among the writes
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i] as Y.Item | Y.GC;
        if (struct.id.clock >= clock + len) break;
        if (struct instanceof Y.Item && !struct.deleted) deleted.add(struct);
      }
    }
  }
  // Deleting a map deletes what it holds: only the outermost deletion says what the writer removed.
  const deletions = [...deleted]
    .filter((item) => !hasDeletedAncestor(item, deleted))
    .map((item) => [...typePath(lookup, item.parent), item.parentSub ?? NO_KEY]);
  return { writes, deletions };
}

function hasDeletedAncestor(item: Y.Item, deleted: Set<Y.Item>): boolean {
  for (
    let above = (item.parent as Y.AbstractType<unknown>)._item;
    above;
    above = (above.parent as Y.AbstractType<unknown>)._item
  )
    if (deleted.has(above)) return true;
  return false;
}

/** A plain value the struct holds (the last of a run), or undefined for a type or text. */
function plainValue(item: Y.Item): unknown {
  const content = item.content;
  return content instanceof Y.ContentAny ? content.getContent().at(-1) : undefined;
}

/** The keys from the root down to a type of the document. */
function typePath(lookup: Lookup, type: unknown): string[] {
  const keys: string[] = [];
  let current = type as Y.AbstractType<unknown> | null;
  while (current?._item) {
    keys.unshift(current._item.parentSub ?? NO_KEY);
    current = current._item.parent as Y.AbstractType<unknown> | null;
  }
  keys.unshift((current && lookup.rootNames.get(current)) ?? NO_KEY);
  return keys;
}

/** The path of an item found by id, in the document or in the update. */
function pathOfId(lookup: Lookup, id: Y.ID, depth: number): string[] | null {
  if (depth > MAX_DEPTH) return null;
  if (id.clock < Y.getState(lookup.doc.store, id.client)) {
    const item = Y.getItem(lookup.doc.store, id);
    return item instanceof Y.Item ? [...typePath(lookup, item.parent), item.parentSub ?? NO_KEY] : null;
  }
  const struct = inUpdate(lookup, id);
  return struct instanceof Y.Item ? pathOfStruct(lookup, struct, depth + 1) : null;
}

function pathOfStruct(lookup: Lookup, item: Y.Item, depth: number): string[] | null {
  if (depth > MAX_DEPTH) return null;
  const parent = item.parent as unknown;
  if (parent === null) {
    // Left out of the encoding: the neighbour it was inserted beside has the same parent and key.
    const neighbour = item.origin ?? item.rightOrigin;
    return neighbour ? pathOfId(lookup, neighbour, depth + 1) : null;
  }
  const key = item.parentSub ?? NO_KEY;
  if (typeof parent === 'string') return [parent, key];
  const parentItem = parent as Y.ID;
  // The parent is the item holding the type: its path, then this key.
  const above = pathOfId(lookup, parentItem, depth + 1);
  return above ? [...above, key] : null;
}
