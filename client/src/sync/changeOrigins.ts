import { COLLECTIONS, type CollectionName, ROOT } from '@balanza/model';
import type * as Y from 'yjs';

/** Who made the latest change to each record of the board: this person (or this device's copy) or others. */
export interface ChangeOrigins {
  /**
   * True when the latest change to the record `id` of `collection` came from others (a transaction the
   * server relayed), false when it was made here, loaded from this device, or never changed while open.
   */
  byOthers(collection: CollectionName, id: string): boolean;
  stop(): void;
}

/**
 * Follows every collection of `doc` and keeps, per record, whether its latest change came from others:
 * `fromOthers(origin)` tells a transaction relayed by the server (y-websocket applies those with the
 * provider as origin; named mutations carry a `MutationOrigin`, the IndexedDB copy its persistence).
 *
 * @example
 * const origins = trackChangeOrigins(doc, (origin) => origin === provider);
 * origins.byOthers('goals', goalId); // true right after a peer changed that goal
 */
export function trackChangeOrigins(doc: Y.Doc, fromOthers: (origin: unknown) => boolean): ChangeOrigins {
  const latest = new Map<string, boolean>();
  const stops = COLLECTIONS.map((name) => {
    const root = doc.getMap(ROOT[name]);
    const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction) => {
      const others = fromOthers(transaction.origin);
      for (const event of events) {
        // A record added, removed or replaced shows on the root; a field changed, one level down.
        const ids = event.target === root ? [...event.keys.keys()] : [event.path[0]];
        for (const id of ids) if (typeof id === 'string') latest.set(`${name}:${id}`, others);
      }
    };
    root.observeDeep(observer);
    return () => root.unobserveDeep(observer);
  });
  return {
    byOthers: (collection, id) => latest.get(`${collection}:${id}`) === true,
    stop: () => {
      for (const stop of stops) stop();
    },
  };
}
