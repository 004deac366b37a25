import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ROOT } from './keys.ts';
import { updateSession } from './mutations.ts';
import { readBoard } from './read.ts';
import { initBoard } from './template/create.ts';
import { refused } from './test-helpers.ts';

const board = () => {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Review', reviewedYear: 2026 });
  return doc;
};

describe('the facilitation session', () => {
  it('[FACIL-3] "bring everyone here" is one update of section, time and who asked', () => {
    const doc = board();
    updateSession(doc, { focusSection: 'timeline', focusAt: 1_700_000_000_000, focusBy: 'Ana' });
    expect(readBoard(doc).session).toMatchObject({
      focusSection: 'timeline',
      focusAt: 1_700_000_000_000,
      focusBy: 'Ana',
    });
    expect(refused(doc, () => updateSession(doc, { focusBy: 'x'.repeat(81) }))).toMatch(/focusBy/);
  });

  it('[FACIL-2] the timer is an end time or null; a negative one is refused', () => {
    const doc = board();
    updateSession(doc, { timerEndsAt: 1_700_000_060_000 });
    expect(readBoard(doc).session.timerEndsAt).toBe(1_700_000_060_000);
    updateSession(doc, { timerEndsAt: null });
    expect(readBoard(doc).session.timerEndsAt).toBeNull();
    expect(refused(doc, () => updateSession(doc, { timerEndsAt: -1 }))).toMatch(/timerEndsAt/);
  });

  it('[FACIL-3] a board written before `focusBy` existed reads it as null, with no problem reported', () => {
    const doc = board();
    doc.getMap(ROOT.session).delete('focusBy');
    const { session, problems } = readBoard(doc);
    expect(session.focusBy).toBeNull();
    expect(problems).toEqual([]);
  });
});
