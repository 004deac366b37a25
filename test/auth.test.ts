import { addGoal, addThread, type BoardSnapshot, readBoard, updateGoal, updateSession } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { waitFor, waitForValue } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

const ANA = { author: 'Ana', authorId: 'u-ana', color: '#2f6fdf' };

describe('share links and roles', () => {
  const suite = serverSuite();
  const { upgradeStatus } = suite;
  const boardWith = (role: 'editor' | 'commenter' | 'viewer') => suite.boardWithMember(role);
  const stored = (boardId: string) => suite.server.stored(boardId);

  it('[AUTH-2] a board is unreadable without a token: HTTP 401, no upgrade, not in the list', async () => {
    const boardId = await suite.server.createBoard({ title: 'Secret plan' });
    expect((await suite.server.api(`/api/boards/${boardId}`)).status).toBe(401);
    expect((await suite.server.api(`/api/boards/${boardId}`, {}, 'forged.token.v.AAAA')).status).toBe(401);
    expect(await upgradeStatus(`${suite.server.syncUrl}/${boardId}`)).toBe(401);
    // Routes mounted under a board later (the metrics route) are behind the same guard.
    expect((await suite.server.api(`/api/boards/${boardId}/metrics`)).status).toBe(401);
    expect(
      (await suite.server.api(`/api/boards/${boardId}/metrics`, {}, suite.server.tokenOf(boardId))).status,
    ).not.toBe(401);
    const list = (await (await suite.server.api('/api/boards')).json()) as { boards: Array<{ id: string }> };
    expect(list.boards.some((board) => board.id === boardId)).toBe(false);
    // A token signed for another board opens nothing here.
    const other = await suite.server.createBoard();
    expect((await suite.server.api(`/api/boards/${boardId}`, {}, suite.server.tokenOf(other))).status).toBe(401);
  });

  it('[AUTH-4] a viewer reads live but its writes never reach the store or another client', async () => {
    const { boardId, facilitator, member: viewer, room } = await boardWith('viewer');
    const visible = addGoal(facilitator.doc, { label: 'seen by the viewer' });
    await waitFor(() => readBoard(viewer.doc).goals.some((goal) => goal.id === visible), 'the viewer to read live');
    const forbidden = addGoal(viewer.doc, { label: 'written by a viewer' });
    await waitFor(() => room.refusedCount >= 1, 'the server to refuse the viewer update');
    await room.settled();
    expect(readBoard(facilitator.doc).goals.some((goal) => goal.id === forbidden)).toBe(false);
    expect((await stored(boardId)).goals.some((goal) => goal.id === forbidden)).toBe(false);
    // Presence still works both ways for a viewer.
    viewer.provider.awareness.setLocalStateField('user', { name: 'Vi' });
    await waitFor(
      () => [...facilitator.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Vi'),
      'the viewer presence',
    );
    expect((await suite.server.api(`/api/boards/${boardId}`, {}, viewer.provider.params.token)).status).toBe(200);
    expect(
      (await suite.server.api(`/api/boards/${boardId}`, { method: 'DELETE' }, viewer.provider.params.token)).status,
    ).toBe(403);
  });

  it('[AUTH-5] a commenter may comment, but its edit of a goal never reaches the store or another client', async () => {
    const { boardId, facilitator, member: commenter, room } = await boardWith('commenter');
    const goalId = readBoard(commenter.doc).goals[0]?.id as string;
    const threadId = addThread(commenter.doc, { targetKind: 'goal', targetId: goalId, text: 'why so low?', ...ANA });
    await waitFor(() => readBoard(facilitator.doc).comments.some((t) => t.id === threadId), 'the comment to arrive');
    updateGoal(commenter.doc, goalId, { actual: 999_999 });
    await waitFor(() => room.refusedCount >= 1, 'the server to refuse the goal edit');
    await room.settled();
    expect(readBoard(facilitator.doc).goals.find((goal) => goal.id === goalId)?.actual).not.toBe(999_999);
    expect((await stored(boardId)).goals.find((goal) => goal.id === goalId)?.actual).not.toBe(999_999);
    expect((await stored(boardId)).comments.some((thread) => thread.id === threadId)).toBe(true);
  });

  it('[AUTH-6] an editor edits goals but not the session; the facilitator runs the session', async () => {
    const { boardId, facilitator, member: editor, room } = await boardWith('editor');
    const goalId = addGoal(editor.doc, { label: 'by the editor' });
    await waitFor(() => readBoard(facilitator.doc).goals.some((goal) => goal.id === goalId), 'the editor goal');
    updateSession(editor.doc, { phase: 'decide' });
    await waitFor(() => room.refusedCount >= 1, 'the server to refuse the session change');
    expect((await stored(boardId)).session.phase).toBe('write');
    updateSession(facilitator.doc, { locked: true });
    await waitFor(() => readBoard(editor.doc).session.locked, 'the facilitator session change');
    const links = await suite.server.api(`/api/boards/${boardId}/links`, {}, editor.provider.params.token);
    expect(links.status).toBe(403);
  });

  it('[AUTH-3] the facilitator lists and revokes links; a revoked link stops working on the next connection', async () => {
    const boardId = await suite.server.createBoard();
    const { token, id } = await suite.server.share(boardId, 'editor');
    expect(await upgradeStatus(`${suite.server.syncUrl}/${boardId}?token=${token}`)).toBe(101);
    const facilitatorToken = suite.server.tokenOf(boardId);
    const listed = (await (await suite.server.api(`/api/boards/${boardId}/links`, {}, facilitatorToken)).json()) as {
      links: Array<{ id: string; role: string; token: string | null }>;
    };
    expect(listed.links.map((link) => link.role).sort()).toEqual(['editor', 'facilitator']);
    const revoked = await suite.server.api(
      `/api/boards/${boardId}/links/${id}`,
      { method: 'DELETE' },
      facilitatorToken,
    );
    expect(revoked.status).toBe(204);
    expect(await upgradeStatus(`${suite.server.syncUrl}/${boardId}?token=${token}`)).toBe(401);
    expect((await suite.server.api(`/api/boards/${boardId}`, {}, token)).status).toBe(401);
    const list = (await (await suite.server.api('/api/boards', { headers: { 'x-board-tokens': token } })).json()) as {
      boards: unknown[];
    };
    expect(list.boards).toEqual([]);
    // The facilitator link itself cannot be revoked (that would lock the board).
    const facilitatorLink = listed.links.find((link) => link.role === 'facilitator');
    const refused = await suite.server.api(
      `/api/boards/${boardId}/links/${facilitatorLink?.id}`,
      { method: 'DELETE' },
      facilitatorToken,
    );
    expect(refused.status).toBe(400);
  });

  it('[AUTH-9] the facilitator hands facilitation on with a facilitator link, which can be revoked', async () => {
    const boardId = await suite.server.createBoard();
    const { token, id } = await suite.server.share(boardId, 'facilitator');
    // The co-facilitator runs the session and shares links like the creator.
    const links = await suite.server.api(`/api/boards/${boardId}/links`, {}, token);
    expect(links.status).toBe(200);
    const coFacilitator = suite.connect(boardId, { token });
    await coFacilitator.synced;
    updateSession(coFacilitator.doc, { phase: 'decide' });
    await waitForValue(
      async () =>
        ((await (await suite.server.api(`/api/boards/${boardId}`, {}, token)).json()) as { snapshot: BoardSnapshot })
          .snapshot,
      (snapshot) => snapshot.session.phase === 'decide',
      'the co-facilitator session change to be stored',
    );
    const revoked = await suite.server.api(
      `/api/boards/${boardId}/links/${id}`,
      { method: 'DELETE' },
      suite.server.tokenOf(boardId),
    );
    expect(revoked.status).toBe(204);
    expect((await suite.server.api(`/api/boards/${boardId}/links`, {}, token)).status).toBe(401);
  });

  it('[AUTH-7] a WebSocket from a foreign origin is refused; the same origin and configured ones are allowed', async () => {
    const boardId = await suite.server.createBoard();
    const url = `${suite.server.syncUrl}/${boardId}?token=${suite.server.tokenOf(boardId)}`;
    expect(await upgradeStatus(url, { origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(url, { origin: suite.server.url })).toBe(101);
    expect(await upgradeStatus(url, { origin: 'http://localhost:5173' })).toBe(101);
  });
});
