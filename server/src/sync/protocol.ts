import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DecodedUpdate } from './update-roots.ts';

/** y-websocket message types (first varuint of every frame). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
/** Sub-types of a sync message (y-protocols/sync). */
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export type ClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-step2'; update: Uint8Array; decoded: DecodedUpdate }
  | { type: 'update'; update: Uint8Array; decoded: DecodedUpdate }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' };

/** A frame that is not a well-formed y-websocket message. Closes that one connection (code 1002). */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/**
 * Decodes and fully validates one client frame before anything is applied: truncated varints, absurd
 * length prefixes, unknown types, trailing bytes, corrupt updates and awareness entries that are not
 * JSON are all rejected with a `ProtocolError` naming what was wrong.
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const message = guard('message type', () => readMessage(decoder));
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after the message');
  return message;
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC: {
      const sub = decoding.readVarUint(decoder);
      const payload = guard('sync payload', () => decoding.readVarUint8Array(decoder));
      if (sub === SYNC_STEP1) {
        guard('state vector', () => Y.decodeStateVector(payload));
        return { type: 'sync-step1', stateVector: payload };
      }
      if (sub === SYNC_STEP2 || sub === SYNC_UPDATE) {
        // Decoded once here: it validates the update and tells the room which roots it touches.
        const decoded = guard('update', () => Y.decodeUpdate(payload));
        return { type: sub === SYNC_STEP2 ? 'sync-step2' : 'update', update: payload, decoded };
      }
      throw new ProtocolError(`unknown sync message type ${sub}`);
    }
    case MESSAGE_AWARENESS: {
      const update = guard('awareness payload', () => decoding.readVarUint8Array(decoder));
      guard('awareness update', () => validateAwarenessUpdate(update));
      return { type: 'awareness', update };
    }
    case MESSAGE_QUERY_AWARENESS:
      return { type: 'query-awareness' };
    default:
      throw new ProtocolError(`unsupported message type ${type}`);
  }
}

function validateAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder); // client id
    decoding.readVarUint(decoder); // clock
    JSON.parse(decoding.readVarString(decoder));
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
}

function guard<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`malformed ${what}`);
  }
}

const frame = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

export const encodeSyncStep1 = (doc: Y.Doc): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });

export const encodeSyncStep2 = (doc: Y.Doc, stateVector?: Uint8Array): Uint8Array =>
  encodeSyncStep2Of(Y.encodeStateAsUpdate(doc, stateVector));

export const encodeSyncStep2Of = (update: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP2);
    encoding.writeVarUint8Array(e, update);
  });

/** True for the state vector of an empty document (a client that has nothing yet). */
export const isEmptyStateVector = (stateVector: Uint8Array): boolean =>
  stateVector.length === 1 && stateVector[0] === 0;

export const encodeUpdate = (update: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });

export const encodeAwareness = (awareness: Awareness, clients: number[]): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, clients));
  });
