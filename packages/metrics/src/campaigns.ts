import type { TimelineEvent } from '@balanza/model';
import { computed, type Figure, notComputable, ratio, read } from './figure.ts';
import type { GoalStatus } from './goals.ts';

export const CAMPAIGN_FORMULAS = {
  gmvAttainment: 'actual GMV ÷ target GMV',
  roas: 'campaign GMV ÷ campaign spend',
  hitRate: 'campaigns at or above target ÷ campaigns with target and actual',
  totalGmv: 'sum of the campaigns',
} as const;

/** One timeline event's money figures; `status` judges the GMV attainment against the board's threshold. */
export interface CampaignMetrics {
  id: string;
  title: string;
  gmvAttainment: Figure;
  /** Return on ad spend. Many shops call this "ROI": the formula label says which it is. */
  roas: Figure;
  status: GoalStatus;
}

export interface CampaignSums {
  targetGmv: number;
  actualGmv: number;
  spend: number;
  /** Events with an actual GMV and a spend: the pairs the overall ROAS is made of. */
  roasGmv: number;
  roasSpend: number;
  hit: number;
  missed: number;
}

export interface CampaignTotals {
  targetGmv: Figure;
  actualGmv: Figure;
  spend: Figure;
  /** Sum of GMV ÷ sum of spend, over events that have both. */
  roas: Figure;
  hitRate: Figure;
  hit: number;
  missed: number;
}

export interface CampaignsMetrics {
  items: CampaignMetrics[];
  totals: CampaignTotals;
}

export function campaignMetrics(event: TimelineEvent, threshold = 1): CampaignMetrics {
  const f = CAMPAIGN_FORMULAS;
  const gmvAttainment = ratio(event.actualGmv, event.targetGmv, f.gmvAttainment, {
    numerator: 'missing-actual',
    denominator: 'missing-target',
  });
  const target = read(event.targetGmv);
  const actual = read(event.actualGmv);
  const status: GoalStatus = gmvAttainment.ok
    ? gmvAttainment.value >= threshold
      ? 'hit'
      : 'missed'
    : typeof target === 'number' && typeof actual === 'number'
      ? actual >= target
        ? 'hit'
        : 'missed'
      : 'unfilled';
  return {
    id: event.id,
    title: event.title,
    gmvAttainment,
    roas: ratio(event.actualGmv, event.spend, f.roas, { numerator: 'missing-actual', denominator: 'missing-value' }),
    status,
  };
}

export const emptyCampaignSums = (): CampaignSums => ({
  targetGmv: 0,
  actualGmv: 0,
  spend: 0,
  roasGmv: 0,
  roasSpend: 0,
  hit: 0,
  missed: 0,
});

/** Adds (1) or takes away (−1) one event's share of the sums. */
export function addCampaign(sums: CampaignSums, event: TimelineEvent, metrics: CampaignMetrics, sign: 1 | -1): void {
  const target = read(event.targetGmv);
  const actual = read(event.actualGmv);
  const spend = read(event.spend);
  if (typeof target === 'number') sums.targetGmv += sign * target;
  if (typeof actual === 'number') sums.actualGmv += sign * actual;
  if (typeof spend === 'number') sums.spend += sign * spend;
  if (typeof actual === 'number' && typeof spend === 'number') {
    sums.roasGmv += sign * actual;
    sums.roasSpend += sign * spend;
  }
  if (metrics.status === 'hit') sums.hit += sign;
  if (metrics.status === 'missed') sums.missed += sign;
}

export function campaignTotals(sums: CampaignSums, events: number): CampaignTotals {
  const f = CAMPAIGN_FORMULAS;
  const total = (value: number) =>
    events === 0 ? notComputable(f.totalGmv, 'missing-value') : computed(value, f.totalGmv);
  return {
    targetGmv: total(sums.targetGmv),
    actualGmv: total(sums.actualGmv),
    spend: total(sums.spend),
    roas: ratio(sums.roasGmv, sums.roasSpend, f.roas),
    hitRate: ratio(sums.hit, sums.hit + sums.missed, f.hitRate),
    hit: sums.hit,
    missed: sums.missed,
  };
}

/** Every event's figures and the totals, from scratch. */
export function campaignsMetrics(events: readonly TimelineEvent[], threshold = 1): CampaignsMetrics {
  const sums = emptyCampaignSums();
  const items = events.map((event) => {
    const metrics = campaignMetrics(event, threshold);
    addCampaign(sums, event, metrics, 1);
    return metrics;
  });
  return { items, totals: campaignTotals(sums, events.length) };
}
