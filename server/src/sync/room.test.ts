import { addGoal, initBoard, readBoard, updateGoal } from '@balanza/model';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { silentLogger } from '../log.ts';
import { sampleBoardInfo } from '../store/contract.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import type { Store } from '../store/store.ts';
import { encodeSyncStep2, encodeUpdate, MESSAGE_AWARENESS } from './protocol.ts';
import { CLOSE, type Peer, Room, type RoomFanout, type RoomOptions } from './room.ts';

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

  it('[SYNC-10] the updates of one turn are checked in order, stored once and reach each peer as one frame', async () => {
    const memory = createMemoryStore();
    let appends = 0;
    const store: Store = {
      ...memory,
      append: (...args) => {
        appends++;
        return memory.append(...args);
      },
    };
    const { room, doc } = await boardRoom(store);
    const initial = Y.encodeStateAsUpdate(doc);
    const [a, b, watcher] = [recordingPeer([], 'a'), recordingPeer([], 'b'), recordingPeer([], 'watcher')];
    for (const peer of [a, b, watcher]) room.join(peer, 'editor');
    await room.settled();
    const framesBefore = [a, b, watcher].map((peer) => peer.frames.length);
    // A burst from one client: a goal, then an edit of that goal (which an editor's check can only place
    // once the first is in the document), and an edit of someone else in the same turn.
    const client = new Y.Doc();
    Y.applyUpdate(client, initial);
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    const id = addGoal(client, { label: 'Repeat customers' });
    updateGoal(client, id, { label: 'Returning customers' });
    room.receive(a, encodeUpdate(updates[0] as Uint8Array));
    room.receive(a, encodeUpdate(updates[1] as Uint8Array));
    room.receive(b, encodeUpdate(clientEdit(doc, 'Market share')));
    await room.settled();
    expect(appends).toBe(1);
    expect(room.refusedCount).toBe(0);
    expect([a, b, watcher].map((peer, i) => peer.frames.length - (framesBefore[i] ?? 0))).toEqual([1, 1, 1]);
    const seen = new Y.Doc();
    Y.applyUpdate(seen, initial);
    Y.applyUpdate(seen, readUpdateFrame(watcher.frames.at(-1) as Uint8Array));
    expect(readBoard(seen).goals.map((goal) => goal.label)).toEqual(
      expect.arrayContaining(['Returning customers', 'Market share']),
    );
  });

  it('[SYNC-10] a change of one peer alone is not sent back to it; presence of one turn is one frame', async () => {
    const { room, doc } = await boardRoom(createMemoryStore());
    const [author, watcher] = [recordingPeer([], 'author'), recordingPeer([], 'watcher')];
    room.join(author, 'editor');
    room.join(watcher, 'editor');
    await room.settled();
    const [authorBefore, watcherBefore] = [author.frames.length, watcher.frames.length];
    room.receive(author, encodeUpdate(clientEdit(doc, 'Sales')));
    await room.settled();
    expect([author.frames.length - authorBefore, watcher.frames.length - watcherBefore]).toEqual([0, 1]);
    // Two presences from the author's two tabs in one turn: the watcher gets both in one frame.
    const tabs = [new Awareness(new Y.Doc()), new Awareness(new Y.Doc())];
    tabs.forEach((tab, i) => {
      tab.setLocalState({ user: { name: `Tab ${i}` } });
    });
    for (const tab of tabs) room.receive(author, awarenessFrame(tab));
    await room.settled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(watcher.frames.length - watcherBefore).toBe(2);
    expect([...room.awareness.getStates().keys()].sort()).toEqual(tabs.map((tab) => tab.clientID).sort());
    for (const tab of tabs) tab.destroy();
  });

  it('[PERSIST-1] an update that waits for a missing part is stored, and so is the part when it comes', async () => {
    const memory = createMemoryStore();
    const { room, doc } = await boardRoom(memory);
    const [facilitator, watcher] = [recordingPeer([], 'facilitator'), recordingPeer([], 'watcher')];
    room.join(facilitator, 'facilitator');
    room.join(watcher, 'viewer');
    await room.settled();
    const initial = Y.encodeStateAsUpdate(doc);
    const client = new Y.Doc();
    Y.applyUpdate(client, initial);
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    const id = addGoal(client, { label: 'Sales' });
    updateGoal(client, id, { label: 'Net sales' });
    // The second edit arrives first: Yjs keeps it pending until the goal it edits comes.
    const logBefore = (await memory.load('b1'))?.updates.length ?? 0;
    room.receive(facilitator, encodeUpdate(updates[1] as Uint8Array));
    await room.settled();
    // Relayed as it came (the watcher keeps it pending too), so stored first.
    expect((await memory.load('b1'))?.updates.length).toBe(logBefore + 1);
    expect(watcher.frames.filter(isUpdateFrame)).toHaveLength(1);
    room.receive(facilitator, encodeUpdate(updates[0] as Uint8Array));
    await room.settled();
    expect(readBoard(doc).goals.map((goal) => goal.label)).toContain('Net sales');
    const reloaded = new Y.Doc();
    for (const update of (await memory.load('b1'))?.updates ?? []) Y.applyUpdate(reloaded, update);
    expect(readBoard(reloaded).goals.map((goal) => goal.label)).toContain('Net sales');
    const seen = new Y.Doc();
    Y.applyUpdate(seen, initial);
    for (const frame of watcher.frames.filter(isUpdateFrame)) Y.applyUpdate(seen, readUpdateFrame(frame));
    expect(readBoard(seen).goals.map((goal) => goal.label)).toContain('Net sales');
  });

  it('[SCALE-1] two instances of a board on one store: edits and presence cross, nothing is published back, compaction keeps every update', async () => {
    const store = createMemoryStore();
    const published: string[] = [];
    // Two rooms of one board, as two server processes hold it; what one publishes the other applies.
    const rooms: Room[] = [];
    const fanoutOf = (name: string, other: () => Room): RoomFanout => ({
      published: (update, seq) => {
        published.push(`${name} update ${seq}`);
        other().applyRemote(update, seq);
      },
      presence: (update) => {
        published.push(`${name} presence`);
        other().applyRemotePresence(update);
      },
    });
    const { room: a, doc } = await boardRoom(store, { fanout: fanoutOf('a', () => rooms[1] as Room) });
    const b = new Room({
      boardId: 'b1',
      doc: (() => {
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
        return copy;
      })(),
      store,
      log: silentLogger(),
      lastSeq: 1,
      updatesSinceSnapshot: 0,
      compactAfter: 1000,
      fanout: fanoutOf('b', () => a),
    });
    rooms.push(a, b);
    const [onA, onB] = [recordingPeer([], 'onA'), recordingPeer([], 'onB')];
    a.join(onA, 'editor');
    b.join(onB, 'editor');
    await Promise.all([a.settled(), b.settled()]);
    a.receive(onA, encodeUpdate(clientEdit(a.doc, 'Sales')));
    await a.settled();
    await b.settled();
    b.receive(onB, encodeUpdate(clientEdit(b.doc, 'Margin')));
    await b.settled();
    await a.settled();
    const labels = (d: Y.Doc) => readBoard(d).goals.map((g) => g.label);
    expect(labels(a.doc).slice(-2)).toEqual(['Sales', 'Margin']);
    expect(labels(b.doc)).toEqual(labels(a.doc));
    expect(onB.frames.filter(isUpdateFrame)).toHaveLength(1);
    expect(onA.frames.filter(isUpdateFrame)).toHaveLength(1);
    expect(published).toEqual(['a update 2', 'b update 3']);
    // Presence of a client on A reaches B's peer; B does not send it back.
    const tab = new Awareness(new Y.Doc());
    tab.setLocalState({ user: { name: 'Ana' } });
    a.receive(onA, awarenessFrame(tab));
    await a.settled();
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(b.awareness.getStates().get(tab.clientID)).toEqual({ user: { name: 'Ana' } });
    expect(published.filter((entry) => entry.endsWith('presence'))).toEqual(['a presence']);
    tab.destroy();
    // B compacts: the snapshot holds A's update too, and the reload has both.
    await b.compact();
    const reloaded = new Y.Doc();
    for (const update of (await store.load('b1'))?.updates ?? []) Y.applyUpdate(reloaded, update);
    expect(labels(reloaded)).toEqual(labels(a.doc));
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

/** Is this a sync "update" frame (message 0, sub-type 2)? */
const isUpdateFrame = (frame: Uint8Array) => frame[0] === 0 && frame[1] === 2;

/** The update inside a sync "update" frame. */
function readUpdateFrame(frame: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

/** A client's presence as an awareness frame. */
function awarenessFrame(awareness: Awareness): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [awareness.clientID]));
  return encoding.toUint8Array(encoder);
}
