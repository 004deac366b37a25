import { describe, expect, it } from 'vitest';
import { abilitiesOf } from '../share/useRole.ts';
import { withBoardLock } from './boardLock.ts';

describe('withBoardLock', () => {
  it('[FACIL-4] a locked board leaves editors commenting but not editing; the facilitator keeps everything', () => {
    expect(withBoardLock(abilitiesOf('editor'), { locked: true })).toMatchObject({ canEdit: false, canComment: true });
    expect(withBoardLock(abilitiesOf('facilitator'), { locked: true })).toMatchObject({ canEdit: true });
    expect(withBoardLock(abilitiesOf('editor'), { locked: false }).canEdit).toBe(true);
    expect(withBoardLock(abilitiesOf('editor'), undefined).canEdit).toBe(true);
    expect(withBoardLock(abilitiesOf('viewer'), { locked: false }).canEdit).toBe(false);
  });
});
