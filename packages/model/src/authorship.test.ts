/**
 * [MEMBER-7] a provisional id the document already names as an author is someone's writing: `namedAsAuthor` finds
 * it in a message's author, a card's author and a vote, and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { namedAsAuthor } from './authorship.ts';
import { addMeasure, addThread, voteMeasure } from './mutations.ts';

describe('namedAsAuthor', () => {
  it('[MEMBER-7] finds an id as a message’s author, a card’s author or a voter, not as any other value', () => {
    const doc = new Y.Doc();
    addThread(doc, {
      targetKind: 'goal',
      targetId: 'writer-of-a-goal',
      text: 'hi',
      author: 'A',
      authorId: 'ana',
      color: '#aa3300',
    });
    const card = addMeasure(doc, { text: 'card', column: 'keep', author: 'bo' });
    voteMeasure(doc, card, 'cy', 1);
    for (const id of ['ana', 'bo', 'cy']) expect(namedAsAuthor(doc, id)).toBe(true);
    for (const id of ['writer-of-a-goal', 'A', 'keep', 'dan']) expect(namedAsAuthor(doc, id)).toBe(false);
  });
});
