import { addGoal, readBoard } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { waitFor } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

describe('limits and shared work', () => {
  const suite = serverSuite();

  it('[LIMIT-3] a join storm computes the full sync payload once per document state, not per client', async () => {
    const boardId = await suite.server.createBoard();
    const first = suite.connect(boardId);
    await first.synced;
    for (let i = 0; i < 50; i++) addGoal(first.doc, { label: `goal ${i}` });
    const room = await suite.server.server.rooms.open(boardId);
    await waitFor(() => room?.doc.getMap('goals').size === 57, 'the goals on the server');
    await room?.settled();
    const builds = room?.fullStateBuilds ?? 0;
    const storm = Array.from({ length: 30 }, () => suite.connect(boardId));
    await Promise.all(storm.map((client) => client.synced));
    expect(storm.every((client) => readBoard(client.doc).goals.length === 57)).toBe(true);
    expect(room?.fullStateBuilds).toBe(builds + 1);
    // A change invalidates it: the next joiner gets the new state.
    const goalId = addGoal(first.doc, { label: 'after the storm' });
    await waitFor(() => room?.doc.getMap('goals').has(goalId) === true, 'the new goal on the server');
    const late = suite.connect(boardId);
    await late.synced;
    expect(readBoard(late.doc).goals.some((goal) => goal.id === goalId)).toBe(true);
  });

  it('[LIMIT-2] every answer carries the security headers (CSP, nosniff, referrer, no framing)', async () => {
    for (const path of ['/api/health', '/api/boards/nope', '/']) {
      const response = await fetch(`${suite.server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });
});
