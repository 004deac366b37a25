/**
 * [METRICS-7] campaign GMV attainment = actual GMV ÷ target GMV; ROAS = GMV ÷ spend; hit rate = campaigns
 *             at or above the threshold ÷ campaigns with both target and actual.
 */
import type { TimelineEvent } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_FORMULAS, campaignsMetrics } from './campaigns.ts';
import type { Figure } from './figure.ts';

const value = (figure: Figure) => (figure.ok ? figure.value : figure.reason);
const event = (
  id: string,
  targetGmv: number | null,
  actualGmv: number | null,
  spend: number | null,
): TimelineEvent => ({
  id,
  laneId: 'lane',
  title: id,
  campaign: '',
  start: '2026-11-01',
  end: '2026-11-11',
  targetGmv,
  actualGmv,
  spend,
  verdict: 'unjudged',
  tags: [],
});

describe('campaignsMetrics', () => {
  it('[METRICS-7] Double 11, 618 and a blank campaign, by hand', () => {
    const { items, totals } = campaignsMetrics([
      event('double11', 500_000, 600_000, 100_000),
      event('618', 300_000, 240_000, 80_000),
      event('christmas', null, null, null),
    ]);
    expect(items[0]?.gmvAttainment).toEqual({ ok: true, value: 1.2, formula: CAMPAIGN_FORMULAS.gmvAttainment });
    expect(items[0]?.roas).toEqual({ ok: true, value: 6, formula: CAMPAIGN_FORMULAS.roas });
    expect(value(items[1]?.gmvAttainment as Figure)).toBe(0.8);
    expect(value(items[1]?.roas as Figure)).toBe(3);
    expect(items.map((i) => i.status)).toEqual(['hit', 'missed', 'unfilled']);
    expect(value(items[2]?.roas as Figure)).toBe('missing-actual');
    expect(value(totals.actualGmv)).toBe(840_000);
    expect(value(totals.roas)).toBe(840_000 / 180_000);
    expect(totals.hitRate).toEqual({ ok: true, value: 0.5, formula: CAMPAIGN_FORMULAS.hitRate });
  });

  it('[METRICS-4] zero spend and no judged campaign are not computable', () => {
    const { items, totals } = campaignsMetrics([event('free', null, 1000, 0)]);
    expect(value(items[0]?.roas as Figure)).toBe('zero-divisor');
    expect(value(totals.hitRate)).toBe('zero-divisor');
  });
});
