import { addGoal, initBoard, readBoard } from '@balanza/model';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { silentLogger } from '../log.ts';
import { sampleBoardInfo } from '../store/contract.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import type { Store } from '../store/store.ts';
import { encodeSyncStep2, encodeUpdate } from './protocol.ts';
import { CLOSE, type Peer, Room, type RoomOptions } from './room.ts';

/** A peer that records what the room sends it and how it was closed. */
function recordingPeer(events: string[], name: string) {
  const peer: Peer & { frames: Uint8Array[]; closed: { code: number; reason: string } | null } = {
    frames: [],
    closed: null,
    send(frame) {
      events.push(`${name} received`);
      this.frames.push(frame);
    },
    close(code, reason) {
      this.closed = { code, reason };
    },
  };
  return peer;
}

/** A room on a new board stored in `store`; `options` may swap in another store or callbacks. */
async function boardRoom(store: Store, options: Partial<RoomOptions> = {}) {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Review', reviewedYear: 2026 });
  await store.create('b1', Y.encodeStateAsUpdate(doc), sampleBoardInfo('b1'));
  const room = new Room({
    boardId: 'b1',
    doc,
    store,
    log: silentLogger(),
    lastSeq: 1,
    updatesSinceSnapshot: 0,
    compactAfter: 1000,
    ...options,
  });
  return { room, doc };
}

/** An update made by a client that already has the board. */
function clientEdit(serverDoc: Y.Doc, label: string): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(serverDoc));
  const before = Y.encodeStateVector(client);
  addGoal(client, { label });
  return Y.encodeStateAsUpdate(client, before);
}

describe('Room (the protocol without sockets)', () => {
  it('[PERSIST-1] an update is stored before any other peer receives it', async () => {
    const events: string[] = [];
    const memory = createMemoryStore();
    const store: Store = {
      ...memory,
      append: async (boardId, update, now) => {
        events.push('stored');
        return memory.append(boardId, update, now);
      },
    };
    const { room, doc } = await boardRoom(store);
    const [author, watcher] = [recordingPeer(events, 'author'), recordingPeer(events, 'watcher')];
    room.join(author, 'editor');
    room.join(watcher, 'editor');
    await room.settled();
    events.length = 0;
    room.receive(author, encodeUpdate(clientEdit(doc, 'new goal')));
    await room.settled();
    expect(events).toEqual(['stored', 'watcher received']);
    expect((await store.load('b1'))?.updates).toHaveLength(2);
  });

  it('[PERSIST-1] an update that changes nothing is neither stored nor relayed', async () => {
    const events: string[] = [];
    const { room, doc } = await boardRoom(createMemoryStore());
    const [author, watcher] = [recordingPeer(events, 'author'), recordingPeer(events, 'watcher')];
    room.join(author, 'editor');
    room.join(watcher, 'editor');
    await room.settled();
    const frames = watcher.frames.length;
    room.receive(author, encodeSyncStep2(doc));
    await room.settled();
    expect(watcher.frames.length).toBe(frames);
  });

  it('[SYNC-6] a malformed frame closes only its sender and leaves the document as it was', async () => {
    const { room, doc } = await boardRoom(createMemoryStore());
    const [bad, good] = [recordingPeer([], 'bad'), recordingPeer([], 'good')];
    room.join(bad, 'editor');
    room.join(good, 'editor');
    const before = JSON.stringify(readBoard(doc));
    room.receive(bad, new Uint8Array([0, 2, 4, 1, 2, 3]));
    await room.settled();
    expect(bad.closed?.code).toBe(CLOSE.protocolError);
    expect(bad.closed?.reason).toMatch(/malformed/);
    expect(good.closed).toBeNull();
    expect(room.peerCount).toBe(1);
    expect(JSON.stringify(readBoard(doc))).toBe(before);
  });

  it('[PERSIST-6] when the store fails, every peer is closed with 1011 and the room is dropped', async () => {
    const memory = createMemoryStore();
    let broken = false;
    const store: Store = { ...memory, append: async () => Promise.reject(new Error('disk full')) };
    const { room, doc } = await boardRoom(memory, {
      store,
      onBroken: () => {
        broken = true;
      },
    });
    const [author, watcher] = [recordingPeer([], 'author'), recordingPeer([], 'watcher')];
    room.join(author, 'editor');
    room.join(watcher, 'editor');
    await room.settled();
    const framesBefore = watcher.frames.length;
    room.receive(author, encodeUpdate(clientEdit(doc, 'lost?')));
    await room.settled();
    expect(author.closed?.code).toBe(CLOSE.serverError);
    expect(watcher.closed?.code).toBe(CLOSE.serverError);
    expect(watcher.frames.length).toBe(framesBefore);
    expect(broken).toBe(true);
  });

  it('[SYNC-1] greets a joining peer with sync step 1', async () => {
    const { room } = await boardRoom(createMemoryStore());
    const peer = recordingPeer([], 'peer');
    room.join(peer, 'editor');
    await room.settled();
    const decoder = decoding.createDecoder(peer.frames[0] as Uint8Array);
    expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 0]);
  });
});
