import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { silentLogger } from '../log.ts';
import { sampleBoardInfo } from '../store/contract.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import { CorruptBoardError, Rooms } from './rooms.ts';

const rooms = (store = createMemoryStore()) =>
  new Rooms({ store, log: silentLogger(), idleUnloadMs: 60_000, compactAfter: 100 });

describe('Rooms', () => {
  it('[MODEL-15] creates a board from the template and loads it once however many ask', async () => {
    const manager = rooms();
    const { id } = await manager.create({ title: 'Review', reviewedYear: 2026 });
    const [a, b] = await Promise.all([manager.open(id), manager.open(id)]);
    expect(a).toBe(b);
    expect(a?.doc.getMap('goals').size).toBe(7);
    expect(await manager.open('missing')).toBeNull();
  });

  it('[PERSIST-5] a stored log that is not a board is reported, never served as an empty board', async () => {
    const store = createMemoryStore();
    const notABoard = new Y.Doc();
    notABoard.getMap('something').set('else', 1);
    await store.create('odd', Y.encodeStateAsUpdate(notABoard), sampleBoardInfo('odd'));
    await store.create('garbage', new Uint8Array([1, 2, 3, 4, 5, 6, 7]), sampleBoardInfo('garbage'));
    const manager = rooms(store);
    await expect(manager.open('odd')).rejects.toBeInstanceOf(CorruptBoardError);
    await expect(manager.open('garbage')).rejects.toBeInstanceOf(CorruptBoardError);
    // Nothing was written over the stored data.
    expect((await store.load('odd'))?.updates).toHaveLength(1);
  });
});
