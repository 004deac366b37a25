import type { WebsocketProvider } from 'y-websocket';
import { trackPending } from '../offline/pending.ts';
import { shallowEqual, type ValueStore, valueStore } from './valueStore.ts';

/** What the user sees of the connection: `connecting` only until the first answer, then connected or offline. */
export type ConnectionState = 'connecting' | 'connected' | 'offline';

export interface ConnectionStatus {
  state: ConnectionState;
  /** True once the server has sent its copy on the current connection (never before the first sync). */
  synced: boolean;
  /** True once the copy kept on this device (IndexedDB) has been loaded. */
  savedLocally: boolean;
  /** Set when the server refused the board for good (close code 4400–4499; 4404: the board was deleted). */
  refused: { code: number; reason: string } | null;
  /** Local changes the server may not have yet ([OFFLINE-4]); 0 once delivered. */
  pending: number;
  /** Set when this device's copy (IndexedDB) could not be written, e.g. storage full ([OFFLINE-6]). */
  localSaveFailed: boolean;
}

export const initialStatus: ConnectionStatus = {
  state: 'connecting',
  synced: false,
  savedLocally: false,
  refused: null,
  pending: 0,
  localSaveFailed: false,
};

/**
 * Follows a provider's events. y-websocket retries forever and reports each retry as "connecting";
 * after a failure we keep showing "offline" through the retries, so the badge does not flicker.
 */
export function trackStatus(provider: WebsocketProvider): { status: ValueStore<ConnectionStatus>; stop(): void } {
  const status = valueStore<ConnectionStatus>(initialStatus, shallowEqual);
  let failed = false;
  const patch = (change: Partial<ConnectionStatus>) => status.set({ ...status.get(), ...change });

  const onStatus = ({ status: next }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (next === 'connected') {
      failed = false;
      patch({ state: 'connected', refused: null });
    } else if (next === 'disconnected') {
      failed = true;
      patch({ state: 'offline', synced: false });
    } else patch({ state: failed || !navigator.onLine ? 'offline' : 'connecting' });
  };
  const onFailure = () => {
    failed = true;
    patch({ state: 'offline', synced: false });
  };
  const onSync = (synced: boolean) => patch({ synced });
  const onClosed = ({ code, reason }: { code: number; reason: string }) =>
    patch({ state: 'offline', refused: { code, reason: reason || String(code) } });
  const onBrowserOffline = () => onFailure();
  const stopPending = trackPending(provider, (pending) => patch({ pending }));

  provider.on('status', onStatus);
  provider.on('connection-close', onFailure);
  provider.on('connection-error', onFailure);
  provider.on('sync', onSync);
  provider.on('closed', onClosed);
  window.addEventListener('offline', onBrowserOffline);
  return {
    status,
    stop() {
      stopPending();
      provider.off('status', onStatus);
      provider.off('connection-close', onFailure);
      provider.off('connection-error', onFailure);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      window.removeEventListener('offline', onBrowserOffline);
    },
  };
}
