import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { runStoreContract, sampleBoardInfo } from './contract.ts';
import { openPostgresStore } from './postgres-store.ts';
import type { Store } from './store.ts';

// The PostgreSQL of this machine (see README); every store below gets a schema of its own, dropped after.
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const admin = postgres(url, { max: 1, onnotice: () => {} });
afterAll(() => admin.end({ timeout: 5 }));

const freshSchema = () => `balanza_test_${randomBytes(6).toString('hex')}`;
const dropSchema = (schema: string) => admin`DROP SCHEMA IF EXISTS ${admin(schema)} CASCADE`;

runStoreContract('postgres', async () => {
  const schema = freshSchema();
  const store = await openPostgresStore({ url, schema });
  const close = async () => {
    await store.close();
    await dropSchema(schema);
  };
  return { ...store, close };
});

/** Two instances on one schema, as two servers sharing a database: each its own connection pool. */
async function withTwoServers(test: (a: Store, b: Store) => Promise<void>): Promise<void> {
  const schema = freshSchema();
  // Opened at once, as servers starting together: creating the tables must not collide.
  const [a, b] = await Promise.all([openPostgresStore({ url, schema }), openPostgresStore({ url, schema })]);
  try {
    await test(a, b);
  } finally {
    await Promise.all([a.close(), b.close()]);
    await dropSchema(schema);
  }
}

/** The document every instance edits: each edit is one update, as a client would send it. */
function editor() {
  const truth = new Y.Doc();
  let edits = 0;
  return {
    first: () => Y.encodeStateAsUpdate(truth),
    next(): Uint8Array {
      const before = Y.encodeStateVector(truth);
      truth.getMap('m').set(`k${edits}`, edits++);
      return Y.encodeStateAsUpdate(truth, before);
    },
    expected: () => truth.getMap('m').toJSON(),
  };
}

/** The document a log holds. */
function replay(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** What the map `m` of a log's document holds. */
const contentsOf = (updates: Uint8Array[] = []) => replay(updates).getMap('m').toJSON();

/** What a room does before it compacts: load the log and snapshot the document it holds. */
async function snapshotOf(store: Store, boardId: string) {
  const loaded = await store.load(boardId);
  if (!loaded) throw new Error(`board ${boardId} is gone`);
  return { snapshot: Y.encodeStateAsUpdate(replay(loaded.updates)), throughSeq: loaded.lastSeq };
}

describe('postgres store with several servers', () => {
  it('[STORE-4] appends of two instances to one board at once each take their own number and are all kept', async () => {
    await withTwoServers(async (a, b) => {
      const edits = editor();
      await a.create('b1', edits.first(), sampleBoardInfo('b1'));
      const writes: Promise<number>[] = [];
      for (let i = 0; i < 200; i++) writes.push((i % 2 === 0 ? a : b).append('b1', edits.next()));
      const seqs = await Promise.all(writes);
      expect(new Set(seqs).size).toBe(200);
      const loaded = await b.load('b1');
      expect(loaded?.lastSeq).toBe(201);
      expect(contentsOf(loaded?.updates)).toEqual(edits.expected());
    });
  });

  it('[STORE-4][PERSIST-3] two instances compacting one board at once lose nothing, whichever snapshot is newer', async () => {
    await withTwoServers(async (a, b) => {
      const edits = editor();
      await a.create('b1', edits.first(), sampleBoardInfo('b1'));
      for (let round = 0; round < 150; round++) {
        await a.append('b1', edits.next());
        const fromA = await snapshotOf(a, 'b1');
        // Every other round an update lands between the two loads, so the snapshots cover different ends.
        if (round % 2 === 0) await b.append('b1', edits.next());
        const fromB = await snapshotOf(b, 'b1');
        await Promise.all([
          a.compact('b1', fromA.snapshot, fromA.throughSeq),
          b.compact('b1', fromB.snapshot, fromB.throughSeq),
        ]);
      }
      const loaded = await a.load('b1');
      expect(contentsOf(loaded?.updates)).toEqual(edits.expected());
      expect(loaded?.updates.length).toBeLessThanOrEqual(2);
    });
  });

  it('[STORE-4][PERSIST-3] updates appended by either instance while a compaction runs are never lost', async () => {
    await withTwoServers(async (a, b) => {
      const edits = editor();
      await a.create('b1', edits.first(), sampleBoardInfo('b1'));
      for (let round = 0; round < 300; round++) {
        const { snapshot, throughSeq } = await snapshotOf(a, 'b1');
        await Promise.all([
          b.append('b1', edits.next()),
          a.compact('b1', snapshot, throughSeq),
          a.append('b1', edits.next()),
          b.append('b1', edits.next()),
        ]);
      }
      const loaded = await b.load('b1');
      expect(contentsOf(loaded?.updates)).toEqual(edits.expected());
      expect(loaded?.lastSeq).toBe(1 + 300 * 3);
    });
  });

  it('[STORE-4] a compaction older than the log it finds does nothing; one past the log end is refused', async () => {
    await withTwoServers(async (a, b) => {
      const edits = editor();
      await a.create('b1', edits.first(), sampleBoardInfo('b1'));
      for (let i = 0; i < 5; i++) await a.append('b1', edits.next());
      const stale = await snapshotOf(b, 'b1');
      await a.append('b1', edits.next());
      const fresh = await snapshotOf(a, 'b1');
      await a.compact('b1', fresh.snapshot, fresh.throughSeq);
      await b.compact('b1', stale.snapshot, stale.throughSeq);
      const loaded = await b.load('b1');
      expect(loaded?.updates).toHaveLength(1);
      expect(contentsOf(loaded?.updates)).toEqual(edits.expected());
      await expect(a.compact('b1', fresh.snapshot, fresh.throughSeq + 1)).rejects.toThrow(/log ends at 7/);
    });
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(openPostgresStore({ url, schema: 'x; DROP TABLE boards' })).rejects.toThrow(/schema name/);
  });
});
