import { addGoal, readBoard, updateGoal } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { type TestClient, waitFor } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

const goalsOf = (client: TestClient) => JSON.stringify(readBoard(client.doc).goals);

describe('sync through the real server with stock y-websocket clients', () => {
  const suite = serverSuite();

  it('[SYNC-1][SYNC-2] two clients see each other’s edits', async () => {
    const boardId = await suite.server.createBoard();
    const [a, b] = [suite.connect(boardId), suite.connect(boardId)];
    await Promise.all([a.synced, b.synced]);
    expect(readBoard(a.doc).goals).toHaveLength(7);
    const goalId = addGoal(a.doc, { label: 'Conversion rate', unit: 'percent', target: 3.2 });
    await waitFor(() => readBoard(b.doc).goals.some((goal) => goal.id === goalId), 'the goal on b');
    updateGoal(b.doc, goalId, { actual: 2.9 });
    await waitFor(() => readBoard(a.doc).goals.find((goal) => goal.id === goalId)?.actual === 2.9, 'the actual on a');
    expect(goalsOf(a)).toBe(goalsOf(b));
  });

  it('[SYNC-2][SYNC-8] five clients editing at once converge to one document', async () => {
    const boardId = await suite.server.createBoard();
    const clients = Array.from({ length: 5 }, () => suite.connect(boardId));
    await Promise.all(clients.map((client) => client.synced));
    const goalIds = readBoard(clients[0]?.doc as never).goals.map((goal) => goal.id);
    // Every client edits the same goals' different fields and adds its own goals, all at once.
    clients.forEach((client, index) => {
      for (let round = 0; round < 10; round++) {
        addGoal(client.doc, { label: `client ${index} goal ${round}` });
        const goalId = goalIds[round % goalIds.length] as string;
        updateGoal(
          client.doc,
          goalId,
          index % 2 === 0 ? { target: index * 100 + round } : { actual: index * 100 + round },
        );
      }
    });
    await waitFor(
      () => clients.every((client) => readBoard(client.doc).goals.length === 7 + 50),
      'all 57 goals everywhere',
    );
    await waitFor(() => new Set(clients.map(goalsOf)).size === 1, 'identical goals on every client');
  });

  it('[SYNC-3] a late joiner gets the full state in its first sync', async () => {
    const boardId = await suite.server.createBoard();
    const early = suite.connect(boardId);
    await early.synced;
    for (let i = 0; i < 30; i++) addGoal(early.doc, { label: `goal ${i}`, target: i });
    const late = suite.connect(boardId);
    await late.synced;
    await waitFor(() => goalsOf(late) === goalsOf(early), 'the late joiner to match');
    expect(readBoard(late.doc).goals).toHaveLength(37);
  });

  it('[SYNC-4] presence arrives for everyone and is removed when a client leaves', async () => {
    const boardId = await suite.server.createBoard();
    const [a, b, c] = [0, 1, 2].map(() => suite.connect(boardId)) as [TestClient, TestClient, TestClient];
    await Promise.all([a.synced, b.synced, c.synced]);
    a.provider.awareness.setLocalState({ user: { id: 'u-a', name: 'Ana', color: '#2f6fdf' }, section: 'goals' });
    const seesAna = (client: TestClient) =>
      [...client.provider.awareness.getStates().values()].some((state) => state.user?.name === 'Ana');
    await waitFor(() => seesAna(b) && seesAna(c), 'Ana on b and c');
    a.destroy();
    await waitFor(() => !seesAna(b) && !seesAna(c), 'Ana to be gone from b and c');
    // A client that joins later never sees the departed one.
    const d = suite.connect(boardId);
    await d.synced;
    b.provider.awareness.setLocalStateField('user', { id: 'u-b', name: 'Bo', color: '#c2410c' });
    await waitFor(() => [...d.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Bo'), 'Bo on d');
    expect(seesAna(d)).toBe(false);
  });
});
