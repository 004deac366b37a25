import type { Member } from '@balanza/api';
import { addMeasure, readBoard, readPrivateCards } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import type { ChildServer } from './support/child-server.ts';
import { type TestClient, waitFor } from './support/clients.ts';
import { sharedInstances } from './support/instances.ts';

const post = (url: string, token: string, body?: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('[MEMBER-5][SCALE-1] a member’s private cards across two instances on PostgreSQL and Redis', () => {
  const instances = sharedInstances('private');

  it('two devices on two instances see each other’s private cards live; a reveal on either takes them all', async () => {
    const [one, two] = instances.servers as [ChildServer, ChildServer];
    const { id: boardId, token } = instances.board;
    const invited = await post(`${one.url}/api/boards/${boardId}/members`, token, { name: 'Bo', role: 'editor' });
    const bo = (await invited.json()) as { member: Member; token: string };
    const open = instances.connect;
    const phone = open(one, `${boardId}/drafts`, bo.token);
    const laptop = open(two, `${boardId}/drafts`, bo.token);
    await Promise.all([phone.synced, laptop.synced]);
    addMeasure(phone.doc, { text: 'From the phone', column: 'add' });
    addMeasure(laptop.doc, { text: 'From the laptop', column: 'keep' });
    const texts = (client: TestClient) =>
      readPrivateCards(client.doc)
        .map((card) => card.text)
        .sort();
    for (const device of [phone, laptop])
      await waitFor(() => texts(device).length === 2, 'both private cards on both devices', 10_000);

    const board = open(one, boardId, token);
    await board.synced;
    const revealed = await post(`${two.url}/api/boards/${boardId}/reveal`, token);
    expect(await revealed.json()).toEqual({ revealed: 2, shown: 0 });
    await waitFor(() => readBoard(board.doc).measures.length === 2, 'the revealed cards on the other instance', 10_000);
    expect(readBoard(board.doc).measures.every((card) => card.author === bo.member.id)).toBe(true);
    for (const device of [phone, laptop]) await waitFor(() => texts(device).length === 0, 'the drafts emptied', 10_000);
  });
});
