import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMeasure, removeMeasure, updateMeasure } from './mutations.ts';
import type { MutationOrigin } from './origin.ts';
import { clearPrivateCards, readPrivateCards, revealPrivateCards, waitingCount } from './private-cards.ts';
import { readBoard } from './read.ts';
import { originsOf } from './test-helpers.ts';

/** A member's private document with cards written in it as the page writes them. */
function privateDoc(...cards: Array<[string, 'keep' | 'change' | 'add']>) {
  const doc = new Y.Doc();
  for (const [text, column] of cards) addMeasure(doc, { text, column });
  return doc;
}

describe('[MEMBER-5] private cards and their reveal', () => {
  it('reveals every member’s cards in one transaction, authored, under their ids, at the end of their columns', () => {
    const board = new Y.Doc();
    addMeasure(board, { text: 'on the board', column: 'add' });
    const ana = privateDoc(['Loyalty points', 'add'], ['Fewer ads', 'change']);
    const bo = privateDoc(['Live stream', 'add']);
    updateMeasure(bo, readPrivateCards(bo)[0]?.id as string, { owner: 'Bo' });
    const drafts = [
      { memberId: 'ana', cards: readPrivateCards(ana) },
      { memberId: 'bo', cards: readPrivateCards(bo) },
    ];
    expect(waitingCount(board, drafts)).toBe(3);
    let result: ReturnType<typeof revealPrivateCards> | undefined;
    const origins = originsOf(board, () => {
      result = revealPrivateCards(board, drafts);
    });
    expect(origins).toHaveLength(1);
    expect((origins[0] as MutationOrigin).mutation).toBe('revealPrivateCards');
    const measures = readBoard(board).measures;
    expect(
      measures.filter((card) => card.column === 'add').map((card) => [card.text, card.author, card.owner]),
    ).toEqual([
      ['on the board', '', ''],
      ['Loyalty points', 'ana', ''],
      ['Live stream', 'bo', 'Bo'],
    ]);
    expect(measures.every((card) => !card.hidden)).toBe(true);
    expect(new Set(result?.added)).toEqual(new Set(drafts.flatMap((d) => d.cards.map((card) => card.id))));
    expect(waitingCount(board, drafts)).toBe(0);
  });

  it('is exactly once: repeated (as after a crash before the drafts were emptied) it adds nothing, even a card deleted since', () => {
    const board = new Y.Doc();
    const ana = privateDoc(['Loyalty points', 'add'], ['Fewer ads', 'change']);
    const drafts = [{ memberId: 'ana', cards: readPrivateCards(ana) }];
    revealPrivateCards(board, drafts);
    const deleted = readBoard(board).measures.find((card) => card.text === 'Fewer ads')?.id as string;
    removeMeasure(board, deleted);
    // The board as the server reloads it after a restart: deletions included.
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(board));
    expect(revealPrivateCards(reloaded, drafts).added).toEqual([]);
    expect(readBoard(reloaded).measures.map((card) => card.text)).toEqual(['Loyalty points']);
  });

  it('shows cards hidden the old way, and empties a private document of the cards read, keeping any written since', () => {
    const board = new Y.Doc();
    addMeasure(board, { text: 'old private card', column: 'keep', author: 'ana', hidden: true });
    const ana = privateDoc(['Loyalty points', 'add'], ['', 'keep']);
    const read = readPrivateCards(ana);
    expect(waitingCount(board, [{ memberId: 'ana', cards: read }])).toBe(2);
    const { added, shown } = revealPrivateCards(board, [{ memberId: 'ana', cards: read }]);
    expect([added.length, shown]).toEqual([1, 1]);
    addMeasure(ana, { text: 'written during the reveal', column: 'keep' });
    clearPrivateCards(
      ana,
      read.map((card) => card.id),
    );
    expect(readPrivateCards(ana).map((card) => card.text)).toEqual(['written during the reveal']);
    expect(readBoard(board).measures.map((card) => card.text)).not.toContain('');
  });
});
