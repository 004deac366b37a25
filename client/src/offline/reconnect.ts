import type { WebsocketProvider } from 'y-websocket';

/** First retry window and its ceiling: a restarted server sees its clients spread over up to this. */
export const RECONNECT_BASE_MS = 250;
export const RECONNECT_CAP_MS = 5_000;

/** Full jitter: a random wait in [0, min(cap, base · 2^attempt)) (see [OFFLINE-5]). */
export const jitteredDelay = (attempt: number, random: () => number = Math.random): number =>
  Math.floor(random() * Math.min(RECONNECT_CAP_MS, RECONNECT_BASE_MS * 2 ** attempt));

/**
 * Replaces y-websocket's deterministic exponential backoff (every client retrying at the same
 * 200, 400, 800… ms after a server restart) with full jitter. On a lost connection the provider's
 * own retry is turned into a no-op (`shouldConnect = false`, which its timer checks) and we call
 * `connect()` ourselves after a random wait. Refusals (close codes 4400–4499) are left alone. When the
 * browser says it went offline the socket is dropped at once (a dead socket would otherwise linger
 * until the provider's 30 s watchdog, swallowing edits); `online` retries at once. Returns a stop function.
 */
export function reconnectWithJitter(provider: WebsocketProvider): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const retryNow = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!stopped) provider.connect();
  };
  const retryLater = (attempt: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(retryNow, jitteredDelay(attempt));
  };
  const onClose = (event: CloseEvent | null) => {
    // `disconnect()` (shouldConnect already false) or a refusal the provider will not retry.
    if (!provider.shouldConnect) return;
    if (event && !provider.shouldReconnect(event, provider)) return;
    provider.shouldConnect = false;
    // The provider counts this failure right after emitting 'connection-close'; it resets on sync.
    retryLater(provider.wsUnsuccessfulReconnects + 1);
  };
  const onOffline = () => {
    if (!provider.shouldConnect) return;
    provider.disconnect();
    retryLater(provider.wsUnsuccessfulReconnects);
  };
  const onOnline = () => {
    if (timer !== null) retryNow();
  };
  provider.on('connection-close', onClose);
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    provider.off('connection-close', onClose);
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
  };
}
