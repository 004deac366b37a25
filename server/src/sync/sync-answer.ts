import * as Y from 'yjs';
import { encodeSyncStep2, encodeSyncStep2Of, isEmptyStateVector } from './protocol.ts';

/**
 * A board's answer to a client's sync step 1: the full state, built once per document state and shared by
 * every client that has nothing yet (a join storm), or the part a client lacks.
 */
export class SyncAnswer {
  private fullState: Uint8Array | null = null;
  /** How many times the full state was built (once per document state, not per client). */
  builds = 0;

  constructor(private readonly doc: Y.Doc) {
    // Not 'update': with no listener there, Yjs does not encode each transaction's update for nothing.
    doc.on('afterTransaction', this.forget);
  }

  /** The sync step 2 for a client whose state vector is `stateVector`. */
  to(stateVector: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(stateVector)) return encodeSyncStep2Of(Y.encodeStateAsUpdate(this.doc, stateVector));
    if (!this.fullState) {
      this.fullState = encodeSyncStep2(this.doc);
      this.builds++;
    }
    return this.fullState;
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.forget);
  }

  private readonly forget = (transaction: Y.Transaction) => {
    // A full state also carries what is pending (Yjs includes it), so a pending change counts too.
    const { pendingStructs, pendingDs } = this.doc.store;
    if (changedAnything(transaction) || pendingStructs || pendingDs) this.fullState = null;
  };
}

/** Did a transaction change the document (Yjs's own test before it emits an update)? */
export function changedAnything(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) if (transaction.beforeState.get(client) !== clock) return true;
  return false;
}
