import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addMeasure,
  moveMeasure,
  removeMeasure,
  revealMeasures,
  updateMeasure,
  updateSession,
  voteMeasure,
} from './mutations.ts';
import type { MutationOrigin } from './origin.ts';
import { readBoard } from './read.ts';
import { originsOf, refused } from './test-helpers.ts';

/** Two peers that have exchanged everything so far. */
function twoPeers() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.clientID = 1;
  b.clientID = 2;
  return { a, b };
}
const sync = (x: Y.Doc, y: Y.Doc) => {
  Y.applyUpdate(y, Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)));
  Y.applyUpdate(x, Y.encodeStateAsUpdate(y, Y.encodeStateVector(x)));
};
const cards = (doc: Y.Doc) => readBoard(doc).measures;

describe('measures: concurrency rules', () => {
  it('[MEASURE-1] a move sets column and order in one transaction', () => {
    const { a } = twoPeers();
    const id = addMeasure(a, { text: 'x', column: 'keep' });
    addMeasure(a, { text: 'y', column: 'change' });
    const origins = originsOf(a, () => moveMeasure(a, id, 'change', 0));
    expect(origins).toHaveLength(1);
    expect((origins[0] as MutationOrigin).mutation).toBe('moveMeasure');
    const moved = cards(a).filter((card) => card.column === 'change');
    expect(moved.map((card) => card.text)).toEqual(['x', 'y']);
  });

  it('[MEASURE-2] two people moving the same card at once: one card, in one of their columns, same everywhere', () => {
    const { a, b } = twoPeers();
    const id = addMeasure(a, { text: 'x', column: 'keep' });
    addMeasure(a, { text: 'c1', column: 'change' });
    addMeasure(a, { text: 'a1', column: 'add' });
    sync(a, b);
    moveMeasure(a, id, 'change', 0);
    moveMeasure(b, id, 'add', 1);
    sync(a, b);
    expect(cards(a)).toEqual(cards(b));
    const copies = cards(a).filter((card) => card.id === id);
    expect(copies).toHaveLength(1);
    expect(['change', 'add']).toContain(copies[0]?.column);
  });

  it('[MEASURE-3] two people inserting between the same pair: both kept, between the pair, same order everywhere', () => {
    const { a, b } = twoPeers();
    addMeasure(a, { text: 'first', column: 'add' });
    addMeasure(a, { text: 'last', column: 'add' });
    sync(a, b);
    addMeasure(a, { text: 'from A', column: 'add' }, { index: 1 });
    addMeasure(b, { text: 'from B', column: 'add' }, { index: 1 });
    sync(a, b);
    const texts = (doc: Y.Doc) => cards(doc).map((card) => card.text);
    expect(texts(a)).toEqual(texts(b));
    expect(texts(a)[0]).toBe('first');
    expect(texts(a)[3]).toBe('last');
    expect(new Set(texts(a).slice(1, 3))).toEqual(new Set(['from A', 'from B']));
  });

  it('[MEASURE-4] a card deleted while another person edits it comes back with their text when they restore it', () => {
    const { a, b } = twoPeers();
    const id = addMeasure(a, { text: 'old', column: 'keep', owner: 'Li' });
    sync(a, b);
    removeMeasure(a, id);
    updateMeasure(b, id, { text: 'better wording' });
    const seenByB = cards(b).find((card) => card.id === id);
    sync(a, b);
    expect(cards(b).some((card) => card.id === id)).toBe(false);
    // B's client kept what B saw and wrote; "restore" re-adds it under the same id.
    if (!seenByB) throw new Error('B had the card');
    const { id: _id, flags: _flags, ...fields } = seenByB;
    addMeasure(b, fields, { id });
    sync(a, b);
    for (const doc of [a, b])
      expect(cards(doc)).toEqual([expect.objectContaining({ id, text: 'better wording', owner: 'Li' })]);
  });
});

describe('measures: private writing and votes', () => {
  it('[MEASURE-6] reveal un-hides every hidden card in one transaction (one update for the peers)', () => {
    const { a, b } = twoPeers();
    for (const text of ['one', 'two', 'three']) addMeasure(a, { text, column: 'add', author: 'bo', hidden: true });
    addMeasure(a, { text: 'open', column: 'keep' });
    sync(a, b);
    const updates: Uint8Array[] = [];
    a.on('update', (update: Uint8Array) => updates.push(update));
    expect(revealMeasures(a)).toBe(3);
    expect(updates).toHaveLength(1);
    Y.applyUpdate(b, updates[0] as Uint8Array);
    expect(cards(b).every((card) => !card.hidden)).toBe(true);
    expect(cards(b).find((card) => card.text === 'one')?.author).toBe('bo');
  });

  it('[MEASURE-11] a person gives at most the session’s vote limit in all, and withdraws only their own votes', () => {
    const { a } = twoPeers();
    updateSession(a, { measureVoteLimit: 2 });
    const x = addMeasure(a, { text: 'x' });
    const y = addMeasure(a, { text: 'y' });
    voteMeasure(a, x, 'ana', 1);
    voteMeasure(a, y, 'ana', 1);
    expect(refused(a, () => voteMeasure(a, x, 'ana', 1))).toMatch(/all 2 of your votes/);
    voteMeasure(a, x, 'bo', 1);
    expect(refused(a, () => voteMeasure(a, y, 'bo', -1))).toMatch(/no vote of yours/);
    voteMeasure(a, x, 'ana', -1);
    voteMeasure(a, x, 'ana', 1);
    expect(cards(a).find((card) => card.id === x)?.votes).toEqual({ ana: 1, bo: 1 });
  });
});
