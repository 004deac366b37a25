/**
 * Campaign figures (attainment, ROAS, last year, the year's summary) as pure functions over snapshot
 * data, returning `Figure`s from @balanza/metrics. Kept self-contained so it can move into that package.
 */
import type { Figure, NotComputable } from '@balanza/metrics';
import type { Lane, LedgerLine, TimelineEvent } from '@balanza/model';

export const FORMULA = {
  attainment: 'attainment = actual GMV ÷ target GMV',
  roas: 'ROAS = campaign GMV ÷ campaign spend',
  yoy: 'year over year = (GMV − last year GMV) ÷ last year GMV',
  share: "share = campaigns' GMV ÷ the year's GMV",
} as const;

const blank = (formula: string, reason: NotComputable): Figure => ({ ok: false, value: null, formula, reason });

function divide(top: number | null, bottom: number | null, formula: string, missing: NotComputable[]): Figure {
  if (top === null) return blank(formula, missing[0] ?? 'missing-value');
  if (bottom === null) return blank(formula, missing[1] ?? 'missing-value');
  if (bottom === 0) return blank(formula, 'zero-divisor');
  const value = top / bottom;
  return Number.isFinite(value) ? { ok: true, value, formula } : blank(formula, 'invalid-value');
}

export const attainment = (event: TimelineEvent): Figure =>
  divide(event.actualGmv, event.targetGmv, FORMULA.attainment, ['missing-actual', 'missing-target']);

export const roas = (event: TimelineEvent): Figure =>
  divide(event.actualGmv, event.spend, FORMULA.roas, ['missing-actual', 'missing-value']);

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The same campaign (same `campaign` key) one year earlier, when the board holds it. */
export function lastYearOf(event: TimelineEvent, events: TimelineEvent[]): TimelineEvent | null {
  if (!event.campaign) return null;
  const year = yearOf(event.start) - 1;
  return events.find((other) => other.campaign === event.campaign && yearOf(other.start) === year) ?? null;
}

export function yearOverYear(event: TimelineEvent, last: TimelineEvent | null): Figure {
  if (!last) return blank(FORMULA.yoy, 'missing-value');
  const figure = divide(
    event.actualGmv === null || last.actualGmv === null ? null : event.actualGmv - last.actualGmv,
    last.actualGmv,
    FORMULA.yoy,
    [event.actualGmv === null ? 'missing-actual' : 'missing-value', 'missing-value'],
  );
  return figure;
}

/** Whether a campaign reached its target (at the board's threshold), missed it, or cannot be judged yet. */
export type CampaignStatus = 'hit' | 'missed' | 'unfilled';
export const statusOf = (figure: Figure, threshold: number): CampaignStatus =>
  figure.ok ? (figure.value >= threshold ? 'hit' : 'missed') : 'unfilled';

/** An event counts as a campaign when it sits in a campaigns lane or carries a template campaign key. */
export function isCampaign(event: TimelineEvent, laneKinds: Map<string, Lane['kind']>): boolean {
  return event.campaign !== '' || laneKinds.get(event.laneId) === 'campaigns';
}

export interface Ranked {
  event: TimelineEvent;
  figure: Figure & { ok: true };
}

export interface CampaignSummary {
  hit: number;
  missed: number;
  unfilled: number;
  bestByAttainment: Ranked | null;
  worstByAttainment: Ranked | null;
  bestByRoas: Ranked | null;
  worstByRoas: Ranked | null;
  /** Campaigns' GMV over the year's GMV (turnover in the ledger, else every event's GMV). */
  share: Figure;
  /** Where the year's GMV came from. */
  yearBase: 'ledger' | 'events';
}

function extremes(events: TimelineEvent[], figureOf: (event: TimelineEvent) => Figure) {
  const ranked = events
    .map((event) => ({ event, figure: figureOf(event) }))
    .filter((entry): entry is Ranked => entry.figure.ok)
    .sort((a, b) => b.figure.value - a.figure.value || (a.event.id < b.event.id ? -1 : 1));
  return { best: ranked[0] ?? null, worst: ranked.length > 1 ? (ranked[ranked.length - 1] ?? null) : null };
}

/** The campaigns of the reviewed year in one look: hit vs missed, best and worst, share of GMV. */
export function summarise(
  events: TimelineEvent[],
  lanes: Lane[],
  ledger: LedgerLine[],
  year: number,
  threshold: number,
): CampaignSummary {
  const laneKinds = new Map(lanes.map((lane) => [lane.id, lane.kind]));
  const ofYear = events.filter((event) => yearOf(event.start) === year);
  const campaigns = ofYear.filter((event) => isCampaign(event, laneKinds));
  const counts = { hit: 0, missed: 0, unfilled: 0 };
  for (const event of campaigns) counts[statusOf(attainment(event), threshold)]++;
  const byAttainment = extremes(campaigns, attainment);
  const byRoas = extremes(campaigns, roas);

  const turnover = ledger.filter((line) => line.category === 'turnover' && line.amount !== null);
  const yearly = turnover.filter((line) => line.month === null);
  // A yearly turnover line wins; otherwise monthly lines add up to the year.
  const ledgerGmv = (yearly.length > 0 ? yearly : turnover).reduce((sum, line) => sum + (line.amount ?? 0), 0);
  const eventsGmv = ofYear.reduce((sum, event) => sum + (event.actualGmv ?? 0), 0);
  const campaignGmv = campaigns.some((event) => event.actualGmv !== null)
    ? campaigns.reduce((sum, event) => sum + (event.actualGmv ?? 0), 0)
    : null;
  const yearBase = turnover.length > 0 ? 'ledger' : 'events';
  return {
    ...counts,
    bestByAttainment: byAttainment.best,
    worstByAttainment: byAttainment.worst,
    bestByRoas: byRoas.best,
    worstByRoas: byRoas.worst,
    share: divide(campaignGmv, yearBase === 'ledger' ? ledgerGmv : eventsGmv, FORMULA.share, [
      'missing-actual',
      'missing-value',
    ]),
    yearBase,
  };
}
