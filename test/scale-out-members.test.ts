import type { Member } from '@balanza/api';
import { addMeasure, addThread, newId, readBoard } from '@balanza/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ChildServer } from './support/child-server.ts';
import { type TestClient, waitFor } from './support/clients.ts';
import { sharedInstances } from './support/instances.ts';

const json = (method: string, body: unknown, token: string): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify(body),
});

/** The HTTP status of a WebSocket upgrade (101 when it opened; the socket is then closed). */
const upgradeStatus = (url: string) =>
  new Promise<number>((resolve) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', () => undefined);
  });

describe('[SCALE-3][MEMBER-1] members across two instances sharing PostgreSQL and Redis', () => {
  const instances = sharedInstances('members');
  let first: ChildServer;
  let second: ChildServer;
  let boardId = '';
  let facilitator = '';

  beforeAll(() => {
    [first, second] = instances.servers as [ChildServer, ChildServer];
    ({ id: boardId, token: facilitator } = instances.board);
  });

  const connect = (server: ChildServer, token: string) => instances.connect(server, boardId, token);
  /** The close codes a client's connection was closed with. */
  const closeCodes = (client: TestClient) => {
    const codes: number[] = [];
    client.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) codes.push(event.code);
    });
    return codes;
  };
  const invite = async (name: string, role: string) => {
    const answer = await fetch(`${first.url}/api/boards/${boardId}/members`, json('POST', { name, role }, facilitator));
    expect(answer.status).toBe(201);
    return (await answer.json()) as { member: Member; token: string };
  };

  it('[MEMBER-1] a role change on the first instance closes the member on the second (4501), who comes back with the new role', async () => {
    const ana = await invite('Ana', 'editor');
    const client = connect(second, ana.token);
    const codes = closeCodes(client);
    const observer = connect(second, facilitator);
    await Promise.all([client.synced, observer.synced]);
    const changed = await fetch(
      `${first.url}/api/boards/${boardId}/members/${ana.member.id}`,
      json('PATCH', { role: 'viewer' }, facilitator),
    );
    expect(changed.status).toBe(200);
    await waitFor(() => codes.includes(4501), 'the second instance to close the connection', 10_000);
    await waitFor(() => client.provider.wsconnected, 'the member to reconnect', 10_000);
    // Back as a viewer: a write is dropped; a write of the facilitator's after it crosses.
    addMeasure(client.doc, { text: 'written as a viewer now', column: 'keep' });
    const after = addMeasure(observer.doc, { text: 'the facilitator’s', column: 'keep' });
    const witness = connect(first, facilitator);
    await witness.synced;
    await waitFor(() => readBoard(witness.doc).measures.some((m) => m.id === after), 'the later card', 10_000);
    expect(readBoard(witness.doc).measures.some((m) => m.text === 'written as a viewer now')).toBe(false);
  }, 60_000);

  it('[MEMBER-1] revoking a member on the first instance closes their connection on the second with 4403 and refuses the next one there; their messages keep their name', async () => {
    const bea = await invite('Bea', 'editor');
    const client = connect(second, bea.token);
    const codes = closeCodes(client);
    await client.synced;
    const threadId = addThread(client.doc, {
      targetKind: 'section',
      targetId: 'goals',
      text: 'before I was revoked',
      author: 'Bea',
      authorId: bea.member.id,
      color: bea.member.color,
    });
    const observer = connect(first, facilitator);
    await observer.synced;
    await waitFor(() => readBoard(observer.doc).comments.some((t) => t.id === threadId), 'Bea’s comment', 10_000);

    const revoked = await fetch(`${first.url}/api/boards/${boardId}/members/${bea.member.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${facilitator}` },
    });
    expect(revoked.status).toBe(204);
    await waitFor(() => codes.includes(4403), 'the second instance to close the connection as revoked', 10_000);
    // 4403 is final for a y-websocket client: it does not come back on its own.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(client.provider.wsconnected).toBe(false);
    for (const server of [second, first])
      expect(await upgradeStatus(`ws://127.0.0.1:${server.port}/sync/${boardId}?token=${bea.token}`)).toBe(401);
    expect((await fetch(`${second.url}/api/boards/${boardId}/me`, json('GET', undefined, bea.token))).status).toBe(401);
    const list = await fetch(`${second.url}/api/boards/${boardId}/members`, {
      headers: { authorization: `Bearer ${facilitator}` },
    });
    const members = ((await list.json()) as { members: Member[] }).members;
    expect(members.find((member) => member.id === bea.member.id)).toMatchObject({ name: 'Bea' });
    expect(readBoard(observer.doc).comments.find((t) => t.id === threadId)?.messages[0]?.authorId).toBe(bea.member.id);
  }, 60_000);

  it('[MEMBER-7] a provisional id is granted once across instances: a link any instance made keeps its own', async () => {
    const link = await fetch(`${first.url}/api/boards/${boardId}/links`, json('POST', { role: 'editor' }, facilitator));
    const { token } = ((await link.json()) as { link: { token: string } }).link;
    const joinOn = async (server: ChildServer, id: string) => {
      const answer = await fetch(`${server.url}/api/boards/${boardId}/join`, json('POST', { name: 'Cai', id }, token));
      expect(answer.status).toBe(201);
      return ((await answer.json()) as { member: Member }).member.id;
    };
    const provisional = newId();
    expect(await joinOn(second, provisional)).toBe(provisional);
    expect(await joinOn(first, provisional)).not.toBe(provisional);
  }, 60_000);

  it('[VERSION-9][SCALE-1] a restore of comment threads made on one instance reaches the clients of the other, once', async () => {
    const dan = await invite('Dan', 'editor');
    const writer = connect(second, dan.token);
    await writer.synced;
    const threadId = addThread(writer.doc, {
      targetKind: 'section',
      targetId: 'goals',
      text: 'keep this',
      author: 'Dan',
      authorId: dan.member.id,
      color: dan.member.color,
    });
    const lead = connect(first, facilitator);
    await lead.synced;
    await waitFor(() => readBoard(lead.doc).comments.some((t) => t.id === threadId), 'Dan’s thread', 10_000);
    const saved = await fetch(`${first.url}/api/boards/${boardId}/versions`, json('POST', { name: 'v' }, facilitator));
    const versionId = ((await saved.json()) as { version: { id: string } }).version.id;
    lead.doc.getMap('comments').delete(threadId);
    await waitFor(() => !readBoard(writer.doc).comments.some((t) => t.id === threadId), 'the deletion', 10_000);

    let updates = 0;
    writer.doc.on('update', () => updates++);
    const restored = await fetch(
      `${first.url}/api/boards/${boardId}/versions/${versionId}/restore-threads`,
      json('POST', {}, facilitator),
    );
    expect(restored.status).toBe(200);
    await waitFor(() => readBoard(writer.doc).comments.some((t) => t.id === threadId), 'the restore', 10_000);
    expect(readBoard(writer.doc).comments.find((t) => t.id === threadId)?.messages[0]?.authorId).toBe(dan.member.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(updates).toBe(1);
  }, 60_000);
});
