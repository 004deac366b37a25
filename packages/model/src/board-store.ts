import type * as Y from 'yjs';
import type { z } from 'zod';
import { type CollectionSpec, type Item, type Problem, readItem, rootOf } from './collection.ts';
import { COLLECTIONS, type CollectionName, ROOT } from './keys.ts';
import { type BoardSnapshot, readMeta, readPlan, readSession, SORTS, SPECS } from './read.ts';

/**
 * A live, cached view of a board for `useSyncExternalStore`: `getSnapshot()` returns the same object
 * until the document changes, and after a change re-reads only the records the change touched.
 * Unchanged collections and items keep their identity, so memoised views skip them.
 *
 * @example
 * const store = createBoardStore(doc);
 * const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
 */
export interface BoardStore {
  getSnapshot(): BoardSnapshot;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

interface CachedCollection {
  items: Map<string, { item: Item<Record<string, unknown>>; problems: Problem[] }>;
  sorted: Item<Record<string, unknown>>[];
  dirty: Set<string>;
}

export function createBoardStore(doc: Y.Doc): BoardStore {
  const listeners = new Set<() => void>();
  const cache = new Map<CollectionName, CachedCollection>();
  let singlesDirty = true;
  let changedSinceNotify = false;
  let snapshot: BoardSnapshot | null = null;
  let singles: {
    meta: BoardSnapshot['meta'];
    session: BoardSnapshot['session'];
    plan: BoardSnapshot['plan'];
    metaProblems: Problem[];
    sessionProblems: Problem[];
    planProblems: Problem[];
  } | null = null;

  for (const name of COLLECTIONS) {
    const entry: CachedCollection = { items: new Map(), sorted: [], dirty: new Set(rootOf(doc, name).keys()) };
    cache.set(name, entry);
  }

  const observers = COLLECTIONS.map((name) => {
    const root = rootOf(doc, name);
    const dirty = (cache.get(name) as CachedCollection).dirty;
    const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
      for (const event of events) {
        if (event.target === root) for (const key of event.keys.keys()) dirty.add(key);
        else if (typeof event.path[0] === 'string') dirty.add(event.path[0]);
      }
      changedSinceNotify = true;
      snapshot = null;
    };
    root.observeDeep(observer);
    return () => root.unobserveDeep(observer);
  });
  const markSingles = () => {
    singlesDirty = true;
    changedSinceNotify = true;
    snapshot = null;
  };
  const singleRoots = [ROOT.meta, ROOT.session, ROOT.plan].map((name) => doc.getMap(name));
  for (const root of singleRoots) root.observe(markSingles);

  // Notify once per transaction, after every observer of it has marked what changed.
  const afterTransaction = () => {
    if (!changedSinceNotify) return;
    changedSinceNotify = false;
    for (const listener of [...listeners]) listener();
  };
  doc.on('afterTransaction', afterTransaction);

  const refreshCollection = (name: CollectionName): boolean => {
    const entry = cache.get(name) as CachedCollection;
    if (entry.dirty.size === 0) return false;
    const spec = SPECS[name] as unknown as CollectionSpec<z.ZodRawShape>;
    const root = rootOf(doc, name);
    const compare = SORTS[name];
    // A few changed records (a remote move) are moved within a copy of the sorted list, not re-sorted
    // with all the others; a load or a large change sorts everything once.
    const inPlace = entry.dirty.size * 8 < entry.items.size;
    const sorted = inPlace ? entry.sorted.slice() : null;
    for (const id of entry.dirty) {
      const before = entry.items.get(id);
      if (sorted && before) removeSorted(sorted, before.item, compare);
      const ymap = root.get(id);
      if (ymap === undefined) entry.items.delete(id);
      else {
        const problems: Problem[] = [];
        const item = readItem(spec, id, ymap, problems);
        entry.items.set(id, { item, problems });
        if (sorted) sorted.splice(lowerBound(sorted, item, compare), 0, item);
      }
    }
    entry.dirty.clear();
    entry.sorted = sorted ?? [...entry.items.values()].map((cached) => cached.item).sort(compare);
    return true;
  };

  const getSnapshot = (): BoardSnapshot => {
    if (snapshot) return snapshot;
    if (singlesDirty || !singles) {
      const metaProblems: Problem[] = [];
      const sessionProblems: Problem[] = [];
      const planProblems: Problem[] = [];
      const meta = readMeta(doc, metaProblems);
      const session = readSession(doc, sessionProblems);
      // Keep the plan's identity while it is unchanged, so plan metrics skip it after a meta or session edit.
      const plan = readPlan(doc, planProblems);
      const samePlan = singles && JSON.stringify(singles.plan) === JSON.stringify(plan);
      singles = {
        meta,
        session,
        plan: samePlan && singles ? singles.plan : plan,
        metaProblems,
        sessionProblems,
        planProblems,
      };
      singlesDirty = false;
    }
    for (const name of COLLECTIONS) refreshCollection(name);
    // Same order as readBoard: meta, each collection in snapshot order, session, plan.
    const problems = [...singles.metaProblems];
    for (const name of COLLECTIONS) {
      const entry = cache.get(name) as CachedCollection;
      for (const item of entry.sorted) problems.push(...(entry.items.get(item.id)?.problems ?? []));
    }
    problems.push(...singles.sessionProblems, ...singles.planProblems);
    const collection = (name: CollectionName) => (cache.get(name) as CachedCollection).sorted as never;
    snapshot = {
      meta: singles.meta,
      session: singles.session,
      goals: collection('goals'),
      ledger: collection('ledger'),
      outcomes: collection('outcomes'),
      lanes: collection('lanes'),
      events: collection('events'),
      measures: collection('measures'),
      comments: collection('comments'),
      scenarios: collection('scenarios'),
      plan: singles.plan,
      problems,
    };
    return snapshot;
  };

  return {
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      for (const stop of observers) stop();
      for (const root of singleRoots) root.unobserve(markSingles);
      doc.off('afterTransaction', afterTransaction);
      listeners.clear();
    },
  };
}

type Compare = (a: Item<Record<string, unknown>>, b: Item<Record<string, unknown>>) => number;

/** The first index in `sorted` whose item does not sort before `item`. */
function lowerBound(sorted: Item<Record<string, unknown>>[], item: Item<Record<string, unknown>>, compare: Compare) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle] as Item<Record<string, unknown>>, item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Removes `item` (this very object) from `sorted`, found by its sort position. */
function removeSorted(sorted: Item<Record<string, unknown>>[], item: Item<Record<string, unknown>>, compare: Compare) {
  let index = lowerBound(sorted, item, compare);
  while (
    index < sorted.length &&
    sorted[index] !== item &&
    compare(sorted[index] as Item<Record<string, unknown>>, item) === 0
  )
    index++;
  // Not where its key says (a comparison that is not a total order): look it up the slow way.
  if (sorted[index] !== item) index = sorted.indexOf(item);
  if (index !== -1) sorted.splice(index, 1);
}
