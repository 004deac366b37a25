import type { PlanSums } from './sums.ts';

/** Where a seasonality profile comes from. */
export type ProfileSource = 'ledger' | 'campaigns' | 'flat';

export const PROFILE_FORMULAS = {
  ledger: "month share = last year's output of the month ÷ last year's monthly output",
  campaigns:
    "month share = ((last year's turnover − campaign GMV) ÷ 12 + campaign GMV of the month) ÷ last year's turnover",
  campaignsOnly: "month share = campaign GMV of the month ÷ last year's campaign GMV",
  flat: 'month share = 1 ÷ 12 (no monthly figures last year)',
} as const;

/** How the year splits into months ([PLAN-5]): 12 shares adding up to 1, and what they were made from. */
export interface SeasonalityProfile {
  source: ProfileSource;
  /** Month shares, January first; they add up to 1. */
  shares: number[];
  formula: string;
}

const positive = (values: number[]) => values.map((value) => Math.max(0, value));
const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

function profileOf(source: ProfileSource, weights: number[], formula: string): SeasonalityProfile {
  const sum = total(weights);
  return { source, shares: weights.map((weight) => weight / sum), formula };
}

/**
 * Last year's seasonality: the monthly output lines when there are any, else the campaigns' last-year GMV by
 * the month each ends in (over an even base of the rest of last year's turnover), else flat. Negative months
 * (returns larger than sales) weigh nothing.
 */
export function seasonalityProfile(sums: PlanSums): SeasonalityProfile {
  const ledger = positive(sums.outputLastYearByMonth);
  if (total(ledger) > 0) return profileOf('ledger', ledger, PROFILE_FORMULAS.ledger);
  const campaigns = positive(sums.campaignLastYearByMonth);
  const campaignTotal = total(campaigns);
  if (campaignTotal > 0) {
    const rest = sums.turnoverLastYearFilled > 0 ? sums.turnoverLastYear - campaignTotal : 0;
    if (rest > 0)
      return profileOf(
        'campaigns',
        campaigns.map((gmv) => gmv + rest / 12),
        PROFILE_FORMULAS.campaigns,
      );
    return profileOf('campaigns', campaigns, PROFILE_FORMULAS.campaignsOnly);
  }
  return profileOf('flat', new Array(12).fill(1), PROFILE_FORMULAS.flat);
}
