import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit.ts';

describe('group commit', () => {
  it('[STORE-2] commits the writes of one turn together, answers each in order, and starts a new batch next turn', async () => {
    const batches: number[][] = [];
    const group = createGroupCommit((batch: number[]) => {
      batches.push(batch);
      return batch.map((n) => n * 10);
    });
    const first = await Promise.all([group.add(1), group.add(2), group.add(3)]);
    const later = await group.add(4);
    expect(first).toEqual([10, 20, 30]);
    expect(later).toBe(40);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('[STORE-2] fails only the write answered with an error; a commit that throws fails its whole batch', async () => {
    let throwNext = false;
    const group = createGroupCommit((batch: string[]) => {
      if (throwNext) throw new Error('disk full');
      return batch.map((id) => (id === 'gone' ? new Error(`no board ${id}`) : id.length));
    });
    const results = await Promise.allSettled([group.add('ab'), group.add('gone'), group.add('abc')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    throwNext = true;
    const failed = await Promise.allSettled([group.add('x'), group.add('y')]);
    expect(failed.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual([
      'Error: disk full',
      'Error: disk full',
    ]);
    await group.flushed();
  });

  it('[STORE-2] an async commit runs one at a time: writes asked for while it is in flight go together in the next', async () => {
    const batches: number[][] = [];
    let release: () => void = () => {};
    const group = createGroupCommit(async (batch: number[]) => {
      batches.push(batch);
      if (batch[0] === 1) await new Promise<void>((resolve) => (release = resolve));
      return batch.map((n) => n * 10);
    });
    const first = group.add(1);
    await new Promise((resolve) => setImmediate(resolve));
    // The first commit is in flight; these come in two later turns.
    const second = group.add(2);
    await new Promise((resolve) => setImmediate(resolve));
    const third = group.add(3);
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1]]);
    release();
    expect(await Promise.all([first, second, third])).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('[STORE-2] a rejected async commit fails its batch only; flushed waits for the commit in flight', async () => {
    let committed = 0;
    const group = createGroupCommit(async (batch: string[]) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (batch.includes('boom')) throw new Error('connection lost');
      committed += batch.length;
      return batch.map((id) => id.length);
    });
    const failed = Promise.allSettled([group.add('boom'), group.add('x')]);
    await new Promise((resolve) => setImmediate(resolve));
    const next = group.add('abc');
    await group.flushed();
    expect(committed).toBe(1);
    expect((await failed).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await next).toBe(3);
  });
});
