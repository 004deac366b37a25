import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import type { ServerKind } from './peer-clients.ts';

/**
 * A load-generator client that speaks the sync protocol on a bare socket: it sends updates encoded
 * before the run and hands each update it receives over as bytes, unapplied. With no Y.Doc per client,
 * the generator's own work stays small, so the latency it measures is the server's, not its own.
 */
export interface RawClient {
  /** Resolves when the server has sent its state (sync step 2). */
  ready: Promise<void>;
  /** Sends one update, framed for this server by `frameUpdate`. */
  send(frame: Uint8Array): void;
  /** Frames an update for this server once, before the timed run. */
  frameUpdate(update: Uint8Array): Uint8Array;
  close(): void;
}

const SYNC = 0;
const AUTH = 2;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;
/** The state vector of an empty document, and the update an empty document answers a step 1 with. */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);
const EMPTY_UPDATE = new Uint8Array([0, 0]);

/**
 * Connects to `board`. Balanza and @y/websocket-server speak the y-websocket framing; Hocuspocus prefixes
 * every message with the document name and wants an authentication message first (an empty token here).
 */
export function connectRawClient(
  kind: ServerKind,
  port: number,
  board: string,
  onUpdate: (frame: Buffer) => void,
  token?: string,
): RawClient {
  const url =
    kind === 'balanza'
      ? `ws://127.0.0.1:${port}/sync/${board}${token ? `?token=${encodeURIComponent(token)}` : ''}`
      : kind === 'hocuspocus'
        ? `ws://127.0.0.1:${port}`
        : `ws://127.0.0.1:${port}/${board}`;
  const prefixed = kind === 'hocuspocus';
  const message = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    if (prefixed) encoding.writeVarString(encoder, board);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  const sync = (sub: number, payload: Uint8Array) =>
    message((encoder) => {
      encoding.writeVarUint(encoder, SYNC);
      encoding.writeVarUint(encoder, sub);
      encoding.writeVarUint8Array(encoder, payload);
    });

  const socket = new WebSocket(url);
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    socket.once('error', reject);
  });
  // A socket that fails after the handshake shows up as missing deliveries, not as a crash of the bench.
  socket.on('error', () => undefined);
  socket.on('open', () => {
    if (prefixed)
      socket.send(
        message((encoder) => {
          encoding.writeVarUint(encoder, AUTH);
          encoding.writeVarUint(encoder, 0); // a token message
          encoding.writeVarString(encoder, token ?? '');
          encoding.writeVarString(encoder, 'bench');
        }),
      );
    socket.send(sync(STEP1, EMPTY_STATE_VECTOR));
  });
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(data);
    if (prefixed) decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== SYNC) return;
    const sub = decoding.readVarUint(decoder);
    if (sub === UPDATE) onUpdate(data);
    else if (sub === STEP2) resolveReady();
    else if (sub === STEP1) socket.send(sync(STEP2, EMPTY_UPDATE));
  });
  return {
    ready,
    send: (frame) => socket.send(frame),
    frameUpdate: (update) => sync(UPDATE, update),
    close: () => socket.close(),
  };
}
