import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { knownTokens } from './server.ts';

/** A stock y-websocket client in Node, the way any Yjs app would connect. */
export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves after the first full sync with the server. */
  synced: Promise<void>;
  /** Closes the socket and frees the document; again is a no-op (a test may leave before its cleanup). */
  destroy(): void;
}

/**
 * Connects a stock `WebsocketProvider`. The token goes in the `token` query parameter, as the app
 * sends it; by default, the facilitator token of a board the test server helper created.
 */
export function connectClient(
  syncUrl: string,
  boardId: string,
  doc = new Y.Doc(),
  token: string | null | undefined = knownTokens.get(boardId),
): TestClient {
  const provider = new WebsocketProvider(syncUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token ? { token } : {},
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', (isSynced: boolean) => isSynced && resolve());
  });
  let destroyed = false;
  return {
    doc,
    provider,
    synced,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls `check` until it returns true (or throws after `timeoutMs` with `what` in the message). */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Like `waitFor`, for checks that need to await (an HTTP call); returns the last value checked. */
export async function waitForValue<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
