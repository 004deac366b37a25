import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export type ServerKind = 'balanza' | 'y-websocket-server' | 'hocuspocus';

/** One benchmark client, whatever the server: a doc that syncs, and a way to leave. */
export interface BenchClient {
  doc: Y.Doc;
  synced: Promise<void>;
  destroy(): void;
}

const Polyfill = WebSocket as unknown as typeof globalThis.WebSocket;

/**
 * Connects a client with each server's own provider: stock y-websocket for Balanza (token as the
 * `token` query parameter) and @y/websocket-server; @hocuspocus/provider for Hocuspocus, which speaks
 * its own framing. Each client gets its own socket (Hocuspocus could multiplex; that would not compare).
 */
export function connectBenchClient(
  kind: ServerKind,
  port: number,
  board: string,
  token?: string,
  doc = new Y.Doc(),
): BenchClient {
  if (kind === 'hocuspocus') {
    const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: Polyfill });
    let done: () => void = () => undefined;
    const synced = new Promise<void>((resolve) => {
      done = resolve;
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: board,
      document: doc,
      onSynced: () => done(),
    });
    provider.attach();
    return {
      doc,
      synced,
      destroy() {
        provider.destroy();
        socket.destroy();
      },
    };
  }
  const url = kind === 'balanza' ? `ws://127.0.0.1:${port}/sync` : `ws://127.0.0.1:${port}`;
  const provider = new WebsocketProvider(url, board, doc, {
    WebSocketPolyfill: Polyfill,
    disableBc: true,
    params: token ? { token } : {},
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.on('sync', (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    synced,
    destroy() {
      provider.destroy();
    },
  };
}
