import type { Lane, LedgerLine, TimelineEvent } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { attainment, lastYearOf, roas, summarise } from './campaignFigures.ts';
import { stackLane } from './stacking.ts';
import { dayOf, isoOf, windowOf } from './timeScale.ts';

const event = (id: string, fields: Partial<TimelineEvent>): TimelineEvent => ({
  id,
  laneId: 'c',
  title: id,
  campaign: '',
  start: '2026-06-01',
  end: '2026-06-18',
  targetGmv: null,
  actualGmv: null,
  spend: null,
  verdict: 'unjudged',
  tags: [],
  ...fields,
});
const lanes: Lane[] = [{ id: 'c', kind: 'campaigns', label: 'Campaigns', order: 'a0' }];

describe('campaign figures', () => {
  it('[TIMELINE-5] attainment and ROAS carry their formula, and give a reason instead of NaN', () => {
    const e = event('618', { targetGmv: 200, actualGmv: 150, spend: 50 });
    expect(attainment(e)).toMatchObject({
      ok: true,
      value: 0.75,
      formula: expect.stringMatching(/actual GMV ÷ target GMV/),
    });
    expect(roas(e)).toMatchObject({ ok: true, value: 3, formula: expect.stringMatching(/GMV ÷ campaign spend/) });
    expect(roas(event('x', { actualGmv: 10, spend: 0 }))).toMatchObject({ ok: false, reason: 'zero-divisor' });
    expect(attainment(event('y', { actualGmv: 10 }))).toMatchObject({ ok: false, reason: 'missing-target' });
  });

  it('[TIMELINE-5] finds the same campaign last year and summarises hit/missed, best/worst, share', () => {
    const events = [
      event('a', { campaign: 'mid618', targetGmv: 100, actualGmv: 120, spend: 10 }),
      event('b', {
        campaign: 'double11',
        start: '2026-11-01',
        end: '2026-11-11',
        targetGmv: 100,
        actualGmv: 50,
        spend: 25,
      }),
      event('old', { campaign: 'mid618', start: '2025-06-01', end: '2025-06-18', actualGmv: 90 }),
    ];
    expect(lastYearOf(events[0] as TimelineEvent, events)?.id).toBe('old');
    const ledger = [{ id: 't', category: 'turnover', side: 'output', amount: 1000, month: null } as LedgerLine];
    const summary = summarise(events, lanes, ledger, 2026, 1);
    expect([summary.hit, summary.missed]).toEqual([1, 1]);
    expect(summary.bestByAttainment?.event.id).toBe('a');
    expect(summary.worstByRoas?.event.id).toBe('b');
    expect(summary.share).toMatchObject({ ok: true, value: 0.17 });
  });
});

describe('time scale and stacking', () => {
  it('[TIMELINE-1] a year window spans the twelve months; a quarter three', () => {
    const year = windowOf(2026, 'year', 0);
    expect([isoOf(year.start), isoOf(year.end)]).toEqual(['2026-01-01', '2027-01-01']);
    const q3 = windowOf(2026, 'quarter', 2);
    expect([isoOf(q3.start), isoOf(q3.end)]).toEqual(['2026-07-01', '2026-10-01']);
    expect(isoOf(dayOf('2026-02-28') + 1)).toBe('2026-03-01');
  });

  it('[TIMELINE-2] overlapping events stack on rows; touching-free ones share a row', () => {
    const { placements, rows } = stackLane([
      event('a', { start: '2026-06-01', end: '2026-06-10' }),
      event('b', { start: '2026-06-05', end: '2026-06-12' }),
      event('c', { start: '2026-06-11', end: '2026-06-11' }),
    ]);
    const row = Object.fromEntries(placements.map((p) => [p.event.id, p.row]));
    expect(row).toEqual({ a: 0, b: 1, c: 0 });
    expect(rows).toBe(2);
  });
});
