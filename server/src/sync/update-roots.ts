import * as Y from 'yjs';

/** What `Y.decodeUpdate` returns. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** The root of content that is deleted and collected already: touching it changes nothing visible. */
export const COLLECTED = '';

/**
 * The root types (`goals`, `comments`, …) an update would change, found without applying it: each new
 * struct's parent is a root name, a parent item, or (left out) the parent of its origin — looked up in
 * the update itself or in the document; each deletion is looked up in the document. Costs O(size of
 * the update × depth), never a copy of the document.
 *
 * Returns null when the update depends on something the document lacks (a gap in a client's clock, an
 * origin or parent the server never saw): Yjs would keep such an update pending and integrate it later,
 * when its root can no longer be checked, so a restricted role must not send one.
 */
export function rootsTouched(doc: Y.Doc, update: DecodedUpdate): Set<string> | null {
  const roots = new Set<string>();
  const lookup = lookupFor(doc, update);
  const { byClient } = lookup;

  for (const [client, structs] of byClient) {
    let covered = Y.getState(doc.store, client);
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue;
      const end = struct.id.clock + struct.length;
      if (end <= covered) continue; // known already: Yjs skips it
      if (struct.id.clock > covered) return null; // a gap: this would wait as pending
      covered = end;
      const root = rootOfStruct(lookup, struct, 0);
      if (root === null) return null;
      roots.add(root);
    }
  }

  for (const [client, deletions] of update.ds.clients) {
    const known = Y.getState(doc.store, client);
    const structs = doc.store.clients.get(client) ?? [];
    for (const { clock, len } of deletions) {
      const end = clock + len;
      // A deletion of something the update itself inserts: its root is counted above.
      if (end > known && !inUpdate(lookup, Y.createID(client, end - 1))) return null;
      if (clock >= known) continue;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i] as Y.Item | Y.GC;
        if (struct.id.clock >= end) break;
        if (struct instanceof Y.Item && !struct.deleted) roots.add(rootOfType(lookup, struct.parent));
      }
    }
  }
  return roots;
}

// The helpers below are module functions over one lookup rather than closures made per call: this check
// runs on every update a restricted role sends, at thousands a second on a busy board.

type Struct = Y.Item | Y.GC | Y.Skip;

export interface Lookup {
  doc: Y.Doc;
  /** The update's structs by client, in clock order. */
  byClient: Map<number, Struct[]>;
  rootNames: Map<unknown, string>;
}

/** The update's structs by client, and the document's root names: what finding a struct's place needs. */
export function lookupFor(doc: Y.Doc, update: DecodedUpdate): Lookup {
  const byClient = new Map<number, Struct[]>();
  for (const struct of update.structs) {
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct);
    else byClient.set(struct.id.client, [struct]);
  }
  return { doc, byClient, rootNames: rootNamesOf(doc) };
}

/**
 * Each root type's name, kept per document until its roots change. Not only a new root: the first
 * `doc.getMap(name)` of a root that arrived in an update replaces its placeholder type with a new object
 * under the same name, so every entry is compared (a dozen roots, cheap).
 */
const rootNameCache = new WeakMap<Y.Doc, Map<unknown, string>>();
const stillCurrent = (cached: Map<unknown, string>, doc: Y.Doc) => {
  if (cached.size !== doc.share.size) return false;
  for (const [name, type] of doc.share) if (cached.get(type) !== name) return false;
  return true;
};
function rootNamesOf(doc: Y.Doc): Map<unknown, string> {
  const cached = rootNameCache.get(doc);
  if (cached && stillCurrent(cached, doc)) return cached;
  const names = new Map<unknown, string>();
  for (const [name, type] of doc.share) names.set(type, name);
  rootNameCache.set(doc, names);
  return names;
}

function rootOfType({ rootNames }: Lookup, type: unknown): string {
  let current = type as Y.AbstractType<unknown> | null;
  while (current?._item) current = current._item.parent as Y.AbstractType<unknown> | null;
  return (current && rootNames.get(current)) ?? COLLECTED;
}

/** The update's struct holding `id`: binary search in its client's list, so big updates stay linear-ish. */
export function inUpdate({ byClient }: Lookup, id: Y.ID): Struct | undefined {
  const list = byClient.get(id.client) ?? [];
  let [low, high] = [0, list.length - 1];
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const struct = list[mid] as Struct;
    if (id.clock < struct.id.clock) high = mid - 1;
    else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
    else return struct;
  }
  return undefined;
}

/** Depth-limited: a crafted chain of origins cannot make this recurse without end. */
function rootOfId(lookup: Lookup, id: Y.ID, depth: number): string | null {
  if (depth > 64) return null;
  const { store } = lookup.doc;
  if (id.clock < Y.getState(store, id.client)) {
    const struct = Y.getItem(store, id);
    return struct instanceof Y.Item ? rootOfType(lookup, struct.parent) : COLLECTED;
  }
  const struct = inUpdate(lookup, id);
  return struct ? rootOfStruct(lookup, struct, depth + 1) : null;
}

function rootOfStruct(lookup: Lookup, struct: Struct, depth: number): string | null {
  if (!(struct instanceof Y.Item)) return struct instanceof Y.GC ? COLLECTED : null;
  const parent = struct.parent as unknown;
  if (typeof parent === 'string') return parent;
  if (parent) return rootOfId(lookup, parent as Y.ID, depth);
  const neighbour = struct.origin ?? struct.rightOrigin;
  return neighbour ? rootOfId(lookup, neighbour, depth) : null;
}
