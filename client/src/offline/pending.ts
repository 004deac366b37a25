import type { WebsocketProvider } from 'y-websocket';
import type { Transaction } from 'yjs';

/** How often a connected client looks again whether its sent changes have left the socket. */
const RECHECK_MS = 50;

/**
 * Counts this device's changes that the server may not have yet (see [OFFLINE-4] in SPEC.md): every
 * local transaction adds one; the count goes back to 0 once the provider is connected, has synced
 * with the server on this connection (sync step 2 both ways) and the socket has nothing left to send
 * (`bufferedAmount === 0`). y-websocket has no acknowledgements, so this is the honest closest thing.
 */
export function trackPending(provider: WebsocketProvider, onCount: (count: number) => void): () => void {
  let count = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const set = (next: number) => {
    if (next === count) return;
    count = next;
    onCount(next);
  };
  const delivered = () => provider.wsconnected && provider.synced && (provider.ws?.bufferedAmount ?? 0) === 0;
  const check = () => {
    timer = null;
    if (count === 0) return;
    if (delivered()) set(0);
    // Connected but not yet synced or still flushing: look again soon. Offline: wait for 'sync'.
    else if (provider.wsconnected) timer = setTimeout(check, RECHECK_MS);
  };
  const schedule = () => {
    if (timer === null) timer = setTimeout(check, 0);
  };
  // Updates from the server or from IndexedDB are applied with `local === false`.
  const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: unknown, transaction: Transaction) => {
    if (!transaction.local) return;
    set(count + 1);
    schedule();
  };
  const onSync = (synced: boolean) => {
    if (synced) schedule();
  };
  provider.doc.on('update', onUpdate);
  provider.on('sync', onSync);
  return () => {
    if (timer !== null) clearTimeout(timer);
    provider.doc.off('update', onUpdate);
    provider.off('sync', onSync);
  };
}
