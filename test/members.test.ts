import type { Member } from '@balanza/api';
import { addMeasure, addThread, readBoard, voteMeasure } from '@balanza/model';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { writeUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { type TestClient, waitFor } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** A y-websocket awareness message around an awareness update. */
function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A y-websocket sync message carrying one Yjs update. */
function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The close codes a stock client's connection was closed with. */
function closeCodes(client: TestClient): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event: CloseEvent | null) => {
    if (event) codes.push(event.code);
  });
  return codes;
}

describe('members the server knows', () => {
  const suite = serverSuite();
  const api = (path: string, init: RequestInit, token: string | null) => suite.server.api(path, init, token);

  async function invite(boardId: string, name: string, role: string) {
    const answer = await api(`/api/boards/${boardId}/members`, json({ name, role }), suite.server.tokenOf(boardId));
    expect(answer.status).toBe(201);
    return (await answer.json()) as { member: Member; token: string };
  }

  /** A message of `authorId` on a new thread, written by the facilitator's client as the server would accept it. */
  const who = (member: Member) => ({ author: member.name, authorId: member.id, color: member.color });

  it('[MEMBER-1] the facilitator invites by name; the member list shows names and roles, tokens only to the facilitator and to each member their own', async () => {
    const boardId = await suite.server.createBoard();
    const ana = await invite(boardId, 'Ana Ruiz', 'editor');
    const luis = await invite(boardId, 'Luis', 'viewer');
    expect(ana.member).toMatchObject({ name: 'Ana Ruiz', role: 'editor', via: null, revokedAt: null });
    expect(ana.member.color).not.toBe(luis.member.color);

    const list = async (token: string) =>
      ((await (await api(`/api/boards/${boardId}/members`, {}, token)).json()) as { members: Member[] }).members;
    const byFacilitator = await list(suite.server.tokenOf(boardId));
    expect(byFacilitator.map((member) => member.name).sort()).toEqual(['Ana Ruiz', 'Luis']);
    expect(byFacilitator.every((member) => member.token)).toBe(true);
    const byLuis = await list(luis.token);
    expect(byLuis.find((member) => member.id === luis.member.id)?.token).toBe(luis.token);
    expect(byLuis.find((member) => member.id === ana.member.id)?.token).toBeNull();

    const me = await (await api(`/api/boards/${boardId}/me`, {}, ana.token)).json();
    expect(me).toMatchObject({ role: 'editor', member: { id: ana.member.id, name: 'Ana Ruiz' } });
    // A viewer may not invite.
    expect(
      (await api(`/api/boards/${boardId}/members`, json({ name: 'Eve', role: 'editor' }), luis.token)).status,
    ).toBe(403);
    const bad = await api(
      `/api/boards/${boardId}/members`,
      json({ name: ' ', role: 'boss' }),
      suite.server.tokenOf(boardId),
    );
    expect(bad.status).toBe(400);
  });

  it('[MEMBER-1] whoever opens a role link becomes a member of their own; a member token cannot join again', async () => {
    const boardId = await suite.server.createBoard();
    const { token: viewerLink, id: linkId } = await suite.server.share(boardId, 'viewer');
    const joined = await api(`/api/boards/${boardId}/join`, json({ name: 'Mei' }), viewerLink);
    expect(joined.status).toBe(201);
    const { member, token } = (await joined.json()) as { member: Member; token: string };
    expect(member).toMatchObject({ name: 'Mei', role: 'viewer', via: linkId });
    expect(token).not.toBe(viewerLink);
    const again = await api(`/api/boards/${boardId}/join`, json({ name: 'Mei again' }), token);
    expect(again.status).toBe(400);
    // The role link itself is not a member: it is listed with the links, and the member with the members.
    const links = await (await api(`/api/boards/${boardId}/links`, {}, suite.server.tokenOf(boardId))).json();
    expect((links as { links: { id: string }[] }).links.some((link) => link.id === member.id)).toBe(false);
  });

  it('[MEMBER-1] revoking a role link revokes the members who joined through it, not the others', async () => {
    const boardId = await suite.server.createBoard();
    const { token: link, id: linkId } = await suite.server.share(boardId, 'editor');
    const joined = (await (await api(`/api/boards/${boardId}/join`, json({ name: 'Mei' }), link)).json()) as {
      token: string;
    };
    const invited = await invite(boardId, 'Ana', 'editor');
    const revoke = await api(
      `/api/boards/${boardId}/links/${linkId}`,
      { method: 'DELETE' },
      suite.server.tokenOf(boardId),
    );
    expect(revoke.status).toBe(204);
    expect((await api(`/api/boards/${boardId}/me`, {}, joined.token)).status).toBe(401);
    expect((await api(`/api/boards/${boardId}/me`, {}, invited.token)).status).toBe(200);
  });

  it('[MEMBER-1] a member renames themself but not their role; a role change closes their connections, which come back with the new role', async () => {
    const boardId = await suite.server.createBoard();
    const ana = await invite(boardId, 'Ana', 'editor');
    const patch = (body: unknown, token: string) =>
      api(`/api/boards/${boardId}/members/${ana.member.id}`, { ...json(body), method: 'PATCH' }, token);
    expect((await patch({ name: 'Ana R.' }, ana.token)).status).toBe(200);
    expect((await patch({ role: 'facilitator' }, ana.token)).status).toBe(403);

    const client = suite.connect(boardId, { token: ana.token });
    const codes = closeCodes(client);
    await client.synced;
    expect((await patch({ role: 'viewer' }, suite.server.tokenOf(boardId))).status).toBe(200);
    await waitFor(() => codes.includes(4501), 'the connection to be closed for the role change');
    // Reconnected as a viewer: its writes are dropped now.
    const facilitator = suite.connect(boardId);
    await facilitator.synced;
    const room = await suite.server.server.rooms.open(boardId);
    const refusedBefore = room?.refusedCount ?? 0;
    await waitFor(() => client.provider.wsconnected, 'the member to reconnect', 10_000);
    addMeasure(client.doc, { text: 'from a viewer now', column: 'keep' });
    await waitFor(() => (room?.refusedCount ?? 0) > refusedBefore, 'the viewer write to be refused');
    expect(readBoard(facilitator.doc).measures.some((m) => m.text === 'from a viewer now')).toBe(false);
  });

  it('[MEMBER-1] revoking a member closes their connections, refuses the next one, and keeps their name on what they wrote', async () => {
    const boardId = await suite.server.createBoard();
    const ana = await invite(boardId, 'Ana', 'editor');
    const client = suite.connect(boardId, { token: ana.token });
    const codes = closeCodes(client);
    await client.synced;
    const threadId = addThread(client.doc, {
      targetKind: 'section',
      targetId: 'goals',
      text: 'hola',
      ...who(ana.member),
    });
    const facilitator = suite.connect(boardId);
    await waitFor(() => readBoard(facilitator.doc).comments.some((t) => t.id === threadId), 'the comment');

    const revoked = await api(
      `/api/boards/${boardId}/members/${ana.member.id}`,
      { method: 'DELETE' },
      suite.server.tokenOf(boardId),
    );
    expect(revoked.status).toBe(204);
    await waitFor(() => codes.includes(4403), 'the connection to be closed as revoked');
    const status = await suite.upgradeStatus(`${suite.server.syncUrl}/${boardId}?token=${ana.token}`);
    expect(status).toBe(401);
    const members = (await (await api(`/api/boards/${boardId}/members`, {}, suite.server.tokenOf(boardId))).json()) as {
      members: Member[];
    };
    expect(members.members.find((m) => m.id === ana.member.id)).toMatchObject({ name: 'Ana' });
    expect(members.members.find((m) => m.id === ana.member.id)?.revokedAt).not.toBeNull();
    const thread = readBoard(facilitator.doc).comments.find((t) => t.id === threadId);
    expect(thread?.messages[0]?.authorId).toBe(ana.member.id);
  });

  it('[MEMBER-2] a stock client holding A’s token cannot post as B, edit or delete B’s message; the healthy pages see none of it', async () => {
    const boardId = await suite.server.createBoard();
    const [a, b] = [await invite(boardId, 'Ana', 'editor'), await invite(boardId, 'Bea', 'editor')];
    const bea = suite.connect(boardId, { token: b.token });
    await bea.synced;
    const threadId = addThread(bea.doc, { targetKind: 'section', targetId: 'goals', text: 'mine', ...who(b.member) });
    const observer = suite.connect(boardId);
    await waitFor(() => readBoard(observer.doc).comments.some((t) => t.id === threadId), 'Bea’s comment');
    const room = await suite.server.server.rooms.open(boardId);
    if (!room) throw new Error('no room');

    // Each attempt from a client of its own: after a refused update, a client's later ones depend on it.
    const attempt = async (write: (doc: Y.Doc) => void) => {
      const forger = suite.connect(boardId, { token: a.token });
      await forger.synced;
      const refused = room.refusedCount;
      write(forger.doc);
      await waitFor(() => room.refusedCount > refused, 'the server to refuse the forgery');
    };
    await attempt((doc) =>
      addThread(doc, { targetKind: 'section', targetId: 'goals', text: 'as Bea', ...who(b.member) }),
    );
    const beaMessage = (doc: Y.Doc) => {
      const messages = (doc.getMap('comments').get(threadId) as Y.Map<unknown>).get('messages') as Y.Map<
        Y.Map<unknown>
      >;
      return [...messages.values()][0] as Y.Map<unknown>;
    };
    await attempt((doc) => beaMessage(doc).set('text', 'edited by Ana'));
    await attempt((doc) => beaMessage(doc).set('deleted', true));

    // Ana writing as herself goes through, and after it nothing of the forgeries is anywhere.
    const ana = suite.connect(boardId, { token: a.token });
    await ana.synced;
    const own = addThread(ana.doc, { targetKind: 'section', targetId: 'goals', text: 'as myself', ...who(a.member) });
    await waitFor(() => readBoard(observer.doc).comments.some((t) => t.id === own), 'Ana’s own comment');
    for (const board of [readBoard(observer.doc), readBoard(bea.doc), await suite.server.stored(boardId)]) {
      const texts = board.comments.flatMap((thread) => thread.messages.map((message) => message.text));
      expect(texts.sort()).toEqual(['as myself', 'mine']);
      expect(board.comments.find((t) => t.id === threadId)?.messages[0]?.deleted).toBe(false);
    }
  });

  it('[MEMBER-2] presence shows a member as themself only, and nobody removes another connection’s presence', async () => {
    const boardId = await suite.server.createBoard();
    const [a, b] = [await invite(boardId, 'Ana', 'editor'), await invite(boardId, 'Bea', 'editor')];
    const observer = suite.connect(boardId);
    const bea = suite.connect(boardId, { token: b.token });
    const forger = suite.connect(boardId, { token: a.token });
    await Promise.all([observer.synced, bea.synced, forger.synced]);
    const names = () => [...observer.provider.awareness.getStates().values()].map((state) => state.user?.name);
    bea.provider.awareness.setLocalStateField('user', { id: b.member.id, name: 'Bea' });
    await waitFor(() => names().includes('Bea'), 'Bea’s own presence');
    const { encodeAwarenessUpdate, Awareness } = await import('y-protocols/awareness');
    const send = (awareness: InstanceType<typeof Awareness>) =>
      forger.provider.ws?.send(awarenessFrame(encodeAwarenessUpdate(awareness, [awareness.clientID])));
    // A presence of its own that names Bea, and Bea's presence removed (her client id, leaving).
    const posing = new Awareness(new Y.Doc());
    posing.setLocalState({ user: { id: b.member.id, name: 'Bea (forged)' } });
    send(posing);
    const removing = new Awareness(new Y.Doc());
    removing.clientID = bea.provider.awareness.clientID;
    removing.meta.set(removing.clientID, { clock: 1000, lastUpdated: 0 }); // newer than Bea's own
    removing.setLocalState(null);
    send(removing);
    forger.provider.awareness.setLocalStateField('user', { id: a.member.id, name: 'Ana' });
    await waitFor(() => names().includes('Ana'), 'Ana’s own presence');
    expect(names()).toContain('Bea');
    expect(names()).not.toContain('Bea (forged)');
  });

  it('[MEMBER-3] votes are counted by the server: not under another member’s id, and never past the limit', async () => {
    const boardId = await suite.server.createBoard();
    const [a, b] = [await invite(boardId, 'Ana', 'editor'), await invite(boardId, 'Bea', 'editor')];
    const facilitator = suite.connect(boardId);
    await facilitator.synced;
    const cards = ['one', 'two', 'three', 'four'].map((text) => addMeasure(facilitator.doc, { text, column: 'keep' }));
    const room = await suite.server.server.rooms.open(boardId);
    if (!room) throw new Error('no room');
    const ana = suite.connect(boardId, { token: a.token });
    await ana.synced;
    await waitFor(() => readBoard(ana.doc).measures.length === 4, 'the cards');
    for (const card of cards.slice(0, 3)) voteMeasure(ana.doc, card, a.member.id, 1);
    const votesOf = (doc: Y.Doc, id: string) => readBoard(doc).measures.reduce((sum, m) => sum + (m.votes[id] ?? 0), 0);
    await waitFor(() => votesOf(facilitator.doc, a.member.id) === 3, 'Ana’s three votes');

    const attempt = async (write: (doc: Y.Doc) => void) => {
      const forger = suite.connect(boardId, { token: a.token });
      await forger.synced;
      const refused = room.refusedCount;
      write(forger.doc);
      await waitFor(() => room.refusedCount > refused, 'the server to refuse the vote');
    };
    // A fourth vote, written straight into the document past the page's own check.
    const votesMap = (doc: Y.Doc, card: string) =>
      (doc.getMap('measures').get(card) as Y.Map<unknown>).get('votes') as Y.Map<number> | undefined;
    await attempt((doc) => {
      const card = doc.getMap('measures').get(cards[3] as string) as Y.Map<unknown>;
      doc.transact(() => {
        const votes = new Y.Map<number>();
        card.set('votes', votes);
        votes.set(a.member.id, 1);
      });
    });
    await attempt((doc) => votesMap(doc, cards[0] as string)?.set(a.member.id, 5));
    await attempt((doc) => voteMeasure(doc, cards[3] as string, b.member.id, 1));
    // Withdrawing is always allowed.
    voteMeasure(ana.doc, cards[0] as string, a.member.id, -1);
    await waitFor(() => votesOf(facilitator.doc, a.member.id) === 2, 'the withdrawn vote');
    expect(votesOf(facilitator.doc, b.member.id)).toBe(0);
    const stored = await suite.server.stored(boardId);
    expect(stored.measures.reduce((sum, m) => sum + (m.votes[a.member.id] ?? 0), 0)).toBe(2);
  });

  it('[MEMBER-4] a client id belongs to the member who first wrote under it; a version says who edited since the one before', async () => {
    const boardId = await suite.server.createBoard();
    const [a, b] = [await invite(boardId, 'Ana', 'editor'), await invite(boardId, 'Bea', 'editor')];
    const observer = suite.connect(boardId);
    const ana = suite.connect(boardId, { token: a.token });
    const bea = suite.connect(boardId, { token: b.token });
    await Promise.all([observer.synced, ana.synced, bea.synced]);
    const save = async (name: string) => {
      const answer = await api(`/api/boards/${boardId}/versions`, json({ name }), suite.server.tokenOf(boardId));
      return ((await answer.json()) as { version: { id: string } }).version.id;
    };
    const editedBy = async (versionId: string) => {
      const answer = await api(`/api/boards/${boardId}/versions/${versionId}`, {}, suite.server.tokenOf(boardId));
      return ((await answer.json()) as { editedBy: string[] }).editedBy.sort();
    };
    const measure = (doc: Y.Doc, text: string) => addMeasure(doc, { text, column: 'keep' });
    const arrived = (text: string) => () => readBoard(observer.doc).measures.some((m) => m.text === text);
    measure(ana.doc, 'by Ana');
    measure(bea.doc, 'by Bea');
    await waitFor(() => arrived('by Ana')() && arrived('by Bea')(), 'both edits');
    const first = await save('first');
    measure(bea.doc, 'Bea again');
    await waitFor(arrived('Bea again'), 'Bea’s second edit');
    const second = await save('second');
    expect(await editedBy(first)).toEqual([a.member.id, b.member.id].sort());
    expect(await editedBy(second)).toEqual([b.member.id]);

    // Bea's client id, taken by a connection holding Ana's token: an update made under it, sent as it is (a Yjs
    // client would change its own id when it saw the clash).
    const room = await suite.server.server.rooms.open(boardId);
    if (!room) throw new Error('no room');
    const forger = suite.connect(boardId, { token: a.token });
    await forger.synced;
    const posing = new Y.Doc();
    Y.applyUpdate(posing, Y.encodeStateAsUpdate(observer.doc));
    const before = Y.encodeStateVector(posing);
    posing.clientID = bea.doc.clientID;
    measure(posing, 'under Bea’s client id');
    const refused = room.refusedCount;
    forger.provider.ws?.send(syncUpdateFrame(Y.encodeStateAsUpdate(posing, before)));
    await waitFor(() => room.refusedCount > refused, 'the server to refuse the borrowed client id');
    await room.settled();
    expect(arrived('under Bea’s client id')()).toBe(false);
  });
});
