import { addGoal, readBoard } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { waitFor } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

/** Sends one frame on a raw socket once it opens, and resolves with how the server closed it. */
function sendRaw(socket: WebSocket, frame: Uint8Array | string): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    socket.on('open', () => socket.send(frame));
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on('error', () => undefined);
    setTimeout(() => reject(new Error('the server did not close the connection')), 5_000);
  });
}

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sends `frames` on a raw socket as fast as it can once it opens, and resolves with how it ended. */
function sendMany(socket: WebSocket, frames: Uint8Array[]): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    socket.on('open', () => {
      for (const frame of frames) if (socket.readyState === WebSocket.OPEN) socket.send(frame);
      // Frames the server accepts leave the socket open: end it ourselves a little later.
      setTimeout(() => socket.close(4000, 'done'), 200);
    });
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on('error', () => undefined);
  });
}

describe('hostile frames close one connection, never the server', () => {
  const suite = serverSuite({ maxMessageBytes: 64 * 1024 });
  const { upgradeStatus } = suite;

  it('[SYNC-5][AUTH-2] unknown and invalid board ids are refused before the upgrade', async () => {
    expect(await upgradeStatus(`${suite.server.syncUrl}/no-such-board`)).toBe(401);
    expect(await upgradeStatus(`${suite.server.syncUrl}/bad.id`)).toBe(400);
    // A token good for another board does not reveal whether this one exists either.
    const other = await suite.server.createBoard();
    expect(await upgradeStatus(`${suite.server.syncUrl}/no-such-board?token=${suite.server.tokenOf(other)}`)).toBe(401);
    const list = (await (await fetch(`${suite.server.url}/api/boards`)).json()) as { boards: Array<{ id: string }> };
    expect(list.boards.some((board) => board.id === 'no-such-board')).toBe(false);
  });

  it('[SYNC-6][SYNC-7] each malformed frame closes its connection while a healthy pair keeps syncing', async () => {
    const boardId = await suite.server.createBoard();
    const [a, b] = [suite.connect(boardId), suite.connect(boardId)];
    await Promise.all([a.synced, b.synced]);
    const url = `${suite.server.syncUrl}/${boardId}?token=${suite.server.tokenOf(boardId)}`;
    const hostile: Array<[string, Uint8Array | string, number]> = [
      ['unknown message type', new Uint8Array([9]), 1002],
      ['truncated varint', new Uint8Array([0x80]), 1002],
      ['absurd length prefix', new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0x7f, 1, 2]), 1002],
      ['unknown sync type', new Uint8Array([0, 7, 0]), 1002],
      ['corrupt update', new Uint8Array([0, 2, 5, 1, 200, 3, 4, 5]), 1002],
      ['trailing bytes', new Uint8Array([3, 0, 0]), 1002],
      ['awareness that is not JSON', new Uint8Array([1, 6, 1, 1, 1, 2, 0x7b, 0x7b]), 1002],
      ['auth message from a client', new Uint8Array([2, 0]), 1002],
      ['text frame', 'hello', 1003],
      ['oversized frame', new Uint8Array(65 * 1024), 1009],
      ['empty frame', new Uint8Array(0), 1002],
    ];
    for (const [what, frame, expectedCode] of hostile) {
      const closed = await sendRaw(suite.socket(url), frame);
      expect(closed.code, what).toBe(expectedCode);
      if (expectedCode === 1002) expect(closed.reason, what).not.toBe('');
    }
    const goalId = addGoal(a.doc, { label: 'still live' });
    await waitFor(() => readBoard(b.doc).goals.some((goal) => goal.id === goalId), 'the healthy pair to sync');
    expect(readBoard(b.doc).problems).toEqual([]);
    expect((await fetch(`${suite.server.url}/api/health`)).status).toBe(200);
  });

  it('[SYNC-6] connection churn does not disturb the board', async () => {
    const boardId = await suite.server.createBoard();
    const keeper = suite.connect(boardId);
    await keeper.synced;
    const url = `${suite.server.syncUrl}/${boardId}?token=${suite.server.tokenOf(boardId)}`;
    await Promise.all(
      Array.from(
        { length: 40 },
        () =>
          new Promise<void>((resolve) => {
            const socket = suite.socket(url);
            socket.on('open', () => socket.terminate());
            socket.on('close', () => resolve());
            socket.on('error', () => resolve());
          }),
      ),
    );
    const late = suite.connect(boardId);
    await late.synced;
    const goalId = addGoal(keeper.doc, { label: 'after churn' });
    await waitFor(() => readBoard(late.doc).goals.some((goal) => goal.id === goalId), 'sync after churn');
  });

  it('[SYNC-6][LIMIT-1] seeded random frames never disturb a healthy pair, which misses no edit', async () => {
    const seed = 20260501;
    const random = seeded(seed);
    const boardId = await suite.server.createBoard();
    const [a, b] = [suite.connect(boardId), suite.connect(boardId)];
    await Promise.all([a.synced, b.synced]);
    const url = `${suite.server.syncUrl}/${boardId}?token=${suite.server.tokenOf(boardId)}`;
    const sent: string[] = [];
    for (let round = 0; round < 30; round++) {
      const frames = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const bytes = new Uint8Array(1 + Math.floor(random() * 48));
        for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
        // Half of them look like sync or awareness messages, to get past the first byte.
        if (random() < 0.5) bytes[0] = Math.floor(random() * 4);
        return bytes;
      });
      await Promise.all([sendMany(suite.socket(url), frames), sendMany(suite.socket(url), frames.slice().reverse())]);
      sent.push(addGoal(a.doc, { label: `edit during fuzz ${round}` }));
    }
    await waitFor(
      () => sent.every((id) => readBoard(b.doc).goals.some((goal) => goal.id === id)),
      `every edit on b (seed ${seed})`,
    );
    expect((await fetch(`${suite.server.url}/api/health`)).status).toBe(200);
  });

  it('[LIMIT-1] a flood of messages closes that connection with 1008 and a reason; the others go on', async () => {
    const boardId = await suite.server.createBoard();
    const [a, b] = [suite.connect(boardId), suite.connect(boardId)];
    await Promise.all([a.synced, b.synced]);
    const url = `${suite.server.syncUrl}/${boardId}?token=${suite.server.tokenOf(boardId)}`;
    // Query-awareness frames are valid and tiny: only their number makes them a flood.
    const closed = await sendMany(
      suite.socket(url),
      Array.from({ length: 3000 }, () => new Uint8Array([3])),
    );
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/rate limit/);
    const goalId = addGoal(a.doc, { label: 'after the flood' });
    await waitFor(() => readBoard(b.doc).goals.some((goal) => goal.id === goalId), 'sync after the flood');
  });
});
