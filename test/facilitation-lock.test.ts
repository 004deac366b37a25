import { addThread, readBoard, updateGoal, updateSession } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { waitFor } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

const ANA = { author: 'Ana', authorId: 'u-ana', color: '#2f6fdf' };

describe('board lock on the server', () => {
  const suite = serverSuite();
  const stored = (boardId: string) => suite.server.stored(boardId);

  it('[FACIL-5] while locked, an editor may comment but its goal edit never reaches the store or another client', async () => {
    const { boardId, token, facilitator, member: editor, room } = await suite.boardWithMember('editor');
    const goalId = readBoard(editor.doc).goals[0]?.id as string;

    // Unlocked: the editor's edit goes through.
    updateGoal(editor.doc, goalId, { actual: 10 });
    await waitFor(() => readBoard(facilitator.doc).goals[0]?.actual === 10, 'the unlocked edit');

    updateSession(facilitator.doc, { locked: true });
    await waitFor(() => readBoard(editor.doc).session.locked, 'the lock to reach the editor');
    const threadId = addThread(editor.doc, { targetKind: 'goal', targetId: goalId, text: 'why?', ...ANA });
    await waitFor(() => readBoard(facilitator.doc).comments.some((t) => t.id === threadId), 'the comment');
    const refusedBefore = room.refusedCount;
    updateGoal(editor.doc, goalId, { actual: 999 });
    await waitFor(() => room.refusedCount > refusedBefore, 'the server to refuse the locked edit');
    await room.settled();
    expect(readBoard(facilitator.doc).goals.find((goal) => goal.id === goalId)?.actual).toBe(10);
    const snapshot = await stored(boardId);
    expect(snapshot.goals.find((goal) => goal.id === goalId)?.actual).toBe(10);
    expect(snapshot.comments.some((thread) => thread.id === threadId)).toBe(true);

    // The facilitator still edits while locked, and unlocking lets the editor edit again.
    updateGoal(facilitator.doc, goalId, { target: 50 });
    await waitFor(() => readBoard(editor.doc).goals.find((g) => g.id === goalId)?.target === 50, 'facilitator edit');
    updateSession(facilitator.doc, { locked: false });
    // A fresh editor client: the first one's later updates build on its refused one, which the server lacks.
    const editorAgain = suite.connect(boardId, { token });
    await editorAgain.synced;
    await waitFor(() => !readBoard(editorAgain.doc).session.locked, 'the unlock to reach the editor');
    const otherGoal = readBoard(editorAgain.doc).goals[1]?.id as string;
    updateGoal(editorAgain.doc, otherGoal, { actual: 7 });
    await waitFor(
      () => readBoard(facilitator.doc).goals.find((g) => g.id === otherGoal)?.actual === 7,
      'unlocked edit',
    );
  });
});
