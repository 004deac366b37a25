import type { Member } from '@balanza/api';
import { addReply, addThread, deleteMessage, editMessage, readBoard, restoreThreads } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { type TestClient, waitFor } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const who = (member: Member) => ({ author: member.name, authorId: member.id, color: member.color });
const messagesOf = (doc: Y.Doc, threadId: string) =>
  readBoard(doc).comments.find((thread) => thread.id === threadId)?.messages ?? [];

describe('[VERSION-9] restoring a version’s comment threads, on the server', () => {
  const suite = serverSuite();
  const api = (path: string, init: RequestInit, token: string) => suite.server.api(path, init, token);

  async function invite(boardId: string, name: string, role: string) {
    const answer = await api(`/api/boards/${boardId}/members`, post({ name, role }), suite.server.tokenOf(boardId));
    return (await answer.json()) as { member: Member; token: string };
  }

  /**
   * A board where Ana and Bea (editors) each opened a thread and answered the other's, a version of it, and
   * then: Ana edited her first message, Bea deleted her reply, Bea's thread was deleted whole (by the
   * facilitator's role link, which carries no member), and Ana replied once more after the version.
   */
  async function boardWithHistory() {
    const boardId = await suite.server.createBoard();
    const [a, b, f] = [
      await invite(boardId, 'Ana', 'editor'),
      await invite(boardId, 'Bea', 'editor'),
      await invite(boardId, 'Fran', 'facilitator'),
    ];
    const [ana, bea, lead] = [a, b, f].map((member) => suite.connect(boardId, { token: member.token })) as [
      TestClient,
      TestClient,
      TestClient,
    ];
    const room = suite.connect(boardId);
    await Promise.all([ana.synced, bea.synced, lead.synced, room.synced]);
    const anaThread = addThread(ana.doc, { targetKind: 'section', targetId: 'goals', text: 'why?', ...who(a.member) });
    await waitFor(() => messagesOf(bea.doc, anaThread).length === 1, 'Ana’s thread');
    const beaReply = addReply(bea.doc, anaThread, { text: 'because', ...who(b.member) });
    const beaThread = addThread(bea.doc, { targetKind: 'section', targetId: 'goals', text: 'plan', ...who(b.member) });
    await waitFor(() => messagesOf(ana.doc, anaThread).length === 2, 'Bea’s reply');
    await waitFor(() => messagesOf(room.doc, beaThread).length === 1, 'Bea’s thread');
    const saved = await api(`/api/boards/${boardId}/versions`, post({ name: 'v1' }), suite.server.tokenOf(boardId));
    const versionId = ((await saved.json()) as { version: { id: string } }).version.id;
    const version = readBoard(room.doc).comments;

    const anaFirst = messagesOf(ana.doc, anaThread)[0]?.id as string;
    editMessage(ana.doc, anaThread, anaFirst, a.member.id, 'why? (edited)');
    deleteMessage(bea.doc, anaThread, beaReply, b.member.id);
    room.doc.getMap('comments').delete(beaThread);
    const later = addReply(ana.doc, anaThread, { text: 'written after the version', ...who(a.member) });
    await waitFor(
      () =>
        messagesOf(lead.doc, anaThread).length === 3 &&
        messagesOf(lead.doc, beaThread).length === 0 &&
        messagesOf(lead.doc, anaThread).some((m) => m.deleted),
      'the changes since the version',
    );
    return { boardId, a, b, f, ana, bea, lead, room, anaThread, beaThread, later, version, versionId };
  }

  it('[VERSION-9][MEMBER-2] the facilitator’s restore writes every member’s messages back in one update seen by all; messages written since are kept', async () => {
    const { boardId, f, ana, bea, lead, room, anaThread, beaThread, later, version, versionId } =
      await boardWithHistory();
    let updates = 0;
    ana.doc.on('update', () => updates++);

    const answer = await api(`/api/boards/${boardId}/versions/${versionId}/restore-threads`, post({}), f.token);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { changed: string[]; deleted: string[]; before: { name: string } };
    expect(body).toMatchObject({ changed: [anaThread], deleted: [beaThread] });
    expect(body.before.name).toBe('Before restoring comment threads');

    const restored = (doc: Y.Doc) =>
      messagesOf(doc, beaThread).length === 1 && messagesOf(doc, anaThread)[0]?.text === 'why?';
    for (const client of [ana, bea, lead, room]) await waitFor(() => restored(client.doc), 'the restore everywhere');
    // One update: stored once and relayed as one frame.
    expect(updates).toBe(1);
    for (const board of [readBoard(ana.doc), await suite.server.stored(boardId)]) {
      const thread = board.comments.find((t) => t.id === anaThread);
      expect(thread?.messages.map((m) => [m.text, m.deleted])).toEqual([
        ['why?', false],
        ['because', false],
        ['written after the version', false],
      ]);
      expect(thread?.messages.find((m) => m.id === later)?.editedAt).toBeNull();
      expect(board.comments.find((t) => t.id === beaThread)).toEqual(version.find((t) => t.id === beaThread));
    }
  });

  it('[VERSION-9][MEMBER-2] the same restore sent by a member’s client is refused whole: others’ messages are not theirs to write', async () => {
    const { boardId, lead, room, anaThread, version } = await boardWithHistory();
    const server = await suite.server.server.rooms.open(boardId);
    if (!server) throw new Error('no room');
    const refused = server.refusedCount;
    restoreThreads(lead.doc, version, readBoard(lead.doc).comments);
    await waitFor(() => server.refusedCount > refused, 'the server to refuse the client-side restore');
    await server.settled();
    expect(messagesOf(room.doc, anaThread)[0]?.text).toBe('why? (edited)');
  });

  it('[VERSION-9][MEMBER-4] the restore is the facilitator’s edit: the next version says they edited; a version of the board before it is saved', async () => {
    const { boardId, f, anaThread, versionId, lead } = await boardWithHistory();
    const answer = await api(
      `/api/boards/${boardId}/versions/${versionId}/restore-threads`,
      post({ threads: [anaThread], before: 'Antes de restaurar' }),
      f.token,
    );
    expect(answer.status).toBe(200);
    await waitFor(() => messagesOf(lead.doc, anaThread)[0]?.text === 'why?', 'the restore');
    const token = suite.server.tokenOf(boardId);
    const saved = await api(`/api/boards/${boardId}/versions`, post({ name: 'after' }), token);
    const after = ((await saved.json()) as { version: { id: string } }).version.id;
    const read = await (await api(`/api/boards/${boardId}/versions/${after}`, {}, token)).json();
    expect((read as { editedBy: string[] }).editedBy).toEqual([f.member.id]);

    const listed = await (await api(`/api/boards/${boardId}/versions`, {}, token)).json();
    const names = (listed as { versions: { name: string | null; createdBy: string | null }[] }).versions;
    expect(names.find((v) => v.name === 'Antes de restaurar')?.createdBy).toBe('Fran');
    // The version before the restore still has the edited message: the restore can be taken back from it.
    const before = names.find((v) => v.name === 'Antes de restaurar') as unknown as { id: string };
    const beforeRead = (await (await api(`/api/boards/${boardId}/versions/${before.id}`, {}, token)).json()) as {
      snapshot: { comments: { id: string; messages: { text: string }[] }[] };
    };
    expect(beforeRead.snapshot.comments.find((t) => t.id === anaThread)?.messages[0]?.text).toBe('why? (edited)');
  });

  it('[VERSION-9][API-1] only the facilitator restores threads; unknown versions and threads are refused with a reason', async () => {
    const { boardId, a, f, versionId } = await boardWithHistory();
    const path = `/api/boards/${boardId}/versions/${versionId}/restore-threads`;
    expect((await api(path, post({}), a.token)).status).toBe(403);
    expect((await api(`/api/boards/${boardId}/versions/nope/restore-threads`, post({}), f.token)).status).toBe(404);
    const unknown = await api(path, post({ threads: ['no-such-thread'] }), f.token);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('no-such-thread');
    expect((await api(path, post({ threads: 'all' }), f.token)).status).toBe(400);
  });
});
