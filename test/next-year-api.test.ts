import { apiErrorBody, nextYearResponse } from '@balanza/api';
import { readBoard, updateGoal } from '@balanza/model';
import { createMemoryStore, type Store } from '@balanza/server';
import { describe, expect, it } from 'vitest';
import { serverSuite } from './support/server-suite.ts';

describe('POST /api/boards/:id/next-year', () => {
  // The store is the test's, so it can count the boards really made.
  let store: Store;
  const suite = serverSuite(() => {
    store = createMemoryStore();
    return { store };
  });
  const start = (boardId: string, token = suite.server.tokenOf(boardId)) =>
    suite.server.api(`/api/boards/${boardId}/next-year`, { method: 'POST' }, token);

  it('[PLAN-16] makes the plan year’s board from the stored review, linked both ways, live on the review', async () => {
    const reviewId = await suite.server.createBoard({ title: 'Review 2025 → plan 2026', reviewedYear: 2025 });
    const client = suite.connect(reviewId);
    await client.synced;
    const sales = readBoard(client.doc).goals[0];
    updateGoal(client.doc, sales?.id as string, { target: 1000, actual: 1200 });
    // The request is sent after the edit reached the server: the plan must start from it.
    await expect.poll(async () => (await suite.server.stored(reviewId)).goals[0]?.actual).toBe(1200);

    const answer = await start(reviewId);
    expect(answer.status).toBe(201);
    const made = nextYearResponse.parse(await answer.json());
    expect(made).toMatchObject({ created: true, meta: { reviewedYear: 2026, planYear: 2027 } });
    expect(made.id).not.toBe(reviewId);

    // The new board opens with the token it came with, and starts from the review.
    const plan = await suite.server.api(`/api/boards/${made.id}`, {}, made.token);
    expect(plan.status).toBe(200);
    const { snapshot } = (await plan.json()) as { snapshot: ReturnType<typeof readBoard> };
    expect(snapshot.meta.previousBoardId).toBe(reviewId);
    expect(snapshot.goals.find((goal) => goal.carriedFrom?.id === sales?.id)).toMatchObject({ lastYear: 1200 });
    expect(snapshot.comments).toEqual([]);
    // The review links to it: stored, and relayed to the client that has it open.
    expect((await suite.server.stored(reviewId)).meta.nextBoardId).toBe(made.id);
    await expect.poll(() => readBoard(client.doc).meta.nextBoardId).toBe(made.id);
  });

  it('[PLAN-16] running it again, or twice at once, answers the same board, never a second one', async () => {
    const reviewId = await suite.server.createBoard({ title: 'Twice', reviewedYear: 2025 });
    const [one, two] = await Promise.all([start(reviewId), start(reviewId)]);
    const answers = [nextYearResponse.parse(await one.json()), nextYearResponse.parse(await two.json())];
    expect([one.status, two.status].sort()).toEqual([200, 201]);
    expect(answers[0]?.id).toBe(answers[1]?.id);
    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    const again = nextYearResponse.parse(await (await start(reviewId)).json());
    expect(again).toMatchObject({ id: answers[0]?.id, created: false });
    // Each answer's token opens the board it names.
    expect((await suite.server.api(`/api/boards/${again.id}`, {}, again.token)).status).toBe(200);
    const boards = (await store.list()).filter((board) => board.title === 'Twice');
    expect(boards.map((board) => board.reviewedYear).sort()).toEqual([2025, 2026]);
  });

  it('[PLAN-16] only the facilitator starts next year; an unknown board is refused without revealing it', async () => {
    const reviewId = await suite.server.createBoard({ title: 'Roles', reviewedYear: 2025 });
    const editor = await suite.server.share(reviewId, 'editor');
    const refused = await start(reviewId, editor.token);
    expect(refused.status).toBe(403);
    expect(apiErrorBody.parse(await refused.json()).error.code).toBe('forbidden');
    expect((await suite.server.stored(reviewId)).meta.nextBoardId ?? null).toBeNull();
    expect((await start('no-such-board', editor.token)).status).toBe(401);
  });
});
