import * as Y from 'yjs';
import { rootOf } from './collection.ts';
import { transact } from './mutate.ts';
import { addMeasure } from './mutations.ts';
import { orderAtEnd } from './order.ts';
import { readCollection } from './read.ts';
import type { Measure, MeasureColumn } from './records/measure.ts';

/**
 * Private writing ([MEMBER-5]): each member's private cards live in a document of their own (the member's
 * private document), never in the board's. It has the board's `measures` root and the same card records, so
 * the measure mutations (`addMeasure`, `updateMeasure`, `moveMeasure`, `removeMeasure`) write it unchanged.
 * The facilitator's reveal copies every member's cards into the board in one transaction, under their ids.
 */

/** One member's private cards, as their private document holds them. */
export interface MemberCards {
  memberId: string;
  cards: readonly Measure[];
}

/** The cards of a private document, validated and in order (a bad value reads as its default, [MODEL-3]). */
export const readPrivateCards = (doc: Y.Doc): Measure[] => readCollection(doc, 'measures');

/** Worth revealing: a card with some text (an emptied card is dropped with the rest of the drafts). */
const revealable = (card: Measure) => card.text.trim() !== '';

/**
 * Whether the board ever held a measure under `id`, deleted since or not. Yjs keeps the last entry of each
 * key of a map, deleted ones included, in `_map` (also after a reload from a snapshot): so a card revealed and
 * then deleted on the board is not brought back by a reveal repeated after a crash.
 */
function everOnBoard(board: Y.Doc, id: string): boolean {
  return rootOf(board, 'measures')._map.has(id);
}

/** The ids of private cards the board holds or held already: revealed, by a reveal that did not empty their drafts. */
export const revealedAlready = (board: Y.Doc, cards: readonly Measure[]): string[] =>
  cards.filter((card) => everOnBoard(board, card.id)).map((card) => card.id);

/** How many private cards wait for the reveal: those with text that the board never held. */
export function waitingCount(board: Y.Doc, drafts: readonly MemberCards[]): number {
  let waiting = 0;
  for (const { cards } of drafts)
    for (const card of cards) if (revealable(card) && !everOnBoard(board, card.id)) waiting++;
  return waiting + hiddenOnBoard(board);
}

/** Cards hidden the old way (`hidden: true` in the board, from before private documents). */
function hiddenOnBoard(board: Y.Doc): number {
  let hidden = 0;
  for (const card of rootOf(board, 'measures').values())
    if (card instanceof Y.Map && card.get('hidden') === true) hidden++;
  return hidden;
}

/**
 * The reveal, on the board ([MEMBER-5]): in ONE transaction, every member's private cards are added under
 * their own ids, each authored by its member, at the end of its column in the order it was written, and
 * the cards hidden the old way are shown. Idempotent: a card the board holds or ever held is skipped, so a
 * second reveal, or one repeated after a crash before the private documents were emptied, adds nothing
 * twice. Returns the ids it added (and every id it read, to empty the private documents of).
 */
export function revealPrivateCards(board: Y.Doc, drafts: readonly MemberCards[]): { added: string[]; shown: number } {
  return transact(board, 'revealPrivateCards', () => {
    const added: string[] = [];
    // Each column's end, read once: cards then go after one another without re-reading the column per card.
    const ends = new Map<MeasureColumn, string>();
    for (const card of readCollection(board, 'measures')) ends.set(card.column, card.order);
    for (const { memberId, cards } of drafts) {
      for (const card of cards) {
        if (!revealable(card) || everOnBoard(board, card.id)) continue;
        const { text, column, owner, due, goalIds, eventIds } = card;
        const end = ends.get(column);
        const order = orderAtEnd(end === undefined ? [] : [{ id: '', order: end }]);
        ends.set(column, order);
        addMeasure(
          board,
          { text, column, order, owner, due, goalIds, eventIds, author: memberId, hidden: false },
          { id: card.id },
        );
        added.push(card.id);
      }
    }
    let shown = 0;
    for (const card of rootOf(board, 'measures').values()) {
      if (card instanceof Y.Map && card.get('hidden') === true) {
        card.set('hidden', false);
        shown++;
      }
    }
    return { added, shown };
  });
}

/** Empties a private document of the cards a reveal read (cards written meanwhile stay for the next one). */
export function clearPrivateCards(doc: Y.Doc, ids: readonly string[]): void {
  transact(doc, 'clearPrivateCards', () => {
    const cards = rootOf(doc, 'measures');
    for (const id of ids) cards.delete(id);
  });
}
