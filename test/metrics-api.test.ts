import { apiErrorBody } from '@balanza/api';
import type { ReviewMetrics } from '@balanza/metrics';
import { readBoard, updateGoal, updateLedgerLine } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { serverSuite } from './support/server-suite.ts';

describe('GET /api/boards/:id/metrics', () => {
  const suite = serverSuite();

  it('[METRICS-8] returns the review metrics of a board, with formulas, live after an edit', async () => {
    const boardId = await suite.server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
    const token = suite.server.tokenOf(boardId);
    const fresh = await suite.server.api(`/api/boards/${boardId}/metrics`, {}, token);
    expect(fresh.status).toBe(200);
    const first = (await fresh.json()) as { id: string; metrics: ReviewMetrics };
    expect(first.id).toBe(boardId);
    expect(first.metrics.goals.summary).toEqual({ hit: 0, missed: 0, unfilled: 7, total: 7 });
    expect(first.metrics.ledger.totals.roi).toMatchObject({ ok: false, value: null, reason: 'missing-value' });

    // A client fills sales and the ledger; the endpoint computes from the same document.
    const client = suite.connect(boardId);
    await client.synced;
    const board = readBoard(client.doc);
    updateGoal(client.doc, board.goals[0]?.id as string, { target: 1000, actual: 1200 });
    for (const line of board.ledger)
      updateLedgerLine(client.doc, line.id, { amount: line.side === 'output' ? 1000 : 100 });
    let metrics: ReviewMetrics | undefined;
    await expect
      .poll(async () => {
        const body = (await (await suite.server.api(`/api/boards/${boardId}/metrics`, {}, token)).json()) as {
          metrics: ReviewMetrics;
        };
        metrics = body.metrics;
        return metrics.goals.summary.hit;
      })
      .toBe(1);
    expect(metrics?.goals.items[0]).toMatchObject({
      status: 'hit',
      attainment: { ok: true, value: 1.2, formula: 'actual ÷ target' },
    });
    // Six cost lines of 100 against a turnover of 1,000: profit 400, ROI 400 ÷ 600.
    expect(metrics?.ledger.totals.operatingProfit).toMatchObject({ ok: true, value: 400 });
    expect(metrics?.ledger.totals.roi.value).toBeCloseTo(2 / 3, 12);
    expect(metrics?.ledger.totals.roi.formula).toBe('(output − input) ÷ input');
  });

  it('[METRICS-8][API-2] a board that is gone is a 404; without a token nothing is revealed', async () => {
    const boardId = await suite.server.createBoard({ title: 'Short-lived', reviewedYear: 2026 });
    const token = suite.server.tokenOf(boardId);
    // Removed from the store behind the API's back: the token is still good, the board is not there.
    await suite.server.server.rooms.delete(boardId);
    const gone = await suite.server.api(`/api/boards/${boardId}/metrics`, {}, token);
    expect(gone.status).toBe(404);
    expect(apiErrorBody.parse(await gone.json()).error.code).toBe('not_found');
    // An unknown board without a token gets the same 401 as every board route, whether it exists or not.
    const unknown = await suite.server.api('/api/boards/no-such-board/metrics');
    expect(unknown.status).toBe(401);
    const bad = await suite.server.api('/api/boards/a.b/metrics');
    expect(bad.status).toBe(400);
  });
});
