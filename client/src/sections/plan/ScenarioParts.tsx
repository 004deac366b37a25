import type { ScenarioRow, ScenarioRowKind } from '@balanza/metrics';
import { GROWTH_LIMITS, type Scenario } from '@balanza/model';
import { type CSSProperties, type ReactNode, type Ref, useMemo } from 'react';
import { useNumbers } from '../../board/BoardContext.tsx';
import type { AssumptionKind } from './ScenarioCell.tsx';
import { useScenarioText } from './scenario-texts.ts';

/** A number a peer may have written wrongly: the number, or null (blank or not a number). */
export const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The `<colgroup>` every scenario table shares: the row names, the plan now, one column per scenario.
 * Fixed widths, so the tables stacked in one scroll box line up column by column.
 */
export function ScenarioTable(props: {
  count: number;
  testId: string;
  children: ReactNode;
  ref?: Ref<HTMLTableElement> | undefined;
}) {
  const { count, testId, children, ref } = props;
  return (
    <table ref={ref} className="scenario-table" data-testid={testId} style={{ '--scenarios': count } as CSSProperties}>
      <colgroup>
        <col className="scenario-col-name" />
        <col className="scenario-col-plan" />
        {Array.from({ length: count }, (_, index) => (
          <col key={index} className="scenario-col" />
        ))}
      </colgroup>
      {children}
    </table>
  );
}

/** A header row naming the columns (the scenarios' names as text: renaming is in the first table). */
export function ScenarioHead({ first, scenarios }: { first: string; scenarios: readonly Scenario[] }) {
  const text = useScenarioText();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="numeric">
          {text.planNow}
        </th>
        {scenarios.map((scenario) => (
          <th key={scenario.id} scope="col" className="numeric">
            {scenario.name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Figures in the UI language: money, a percent, a multiple (ROAS, factors). */
export function useFormats() {
  const numbers = useNumbers();
  return useMemo(
    () => ({
      money: (value: number) => numbers.value('money', value),
      percent: (value: number) => numbers.ratio(value),
      signedPercent: (value: number) => numbers.signedRatio(value),
      times: numbers.multiple,
    }),
    [numbers],
  );
}

/** How each kind of scenario row reads ([PLAN-9]): money, a rate, a signed rate, a multiple. */
export function useRowFormats(): Record<ScenarioRowKind, (value: number) => string> {
  const formats = useFormats();
  return useMemo(
    () => ({
      money: formats.money,
      percent: formats.percent,
      'signed-percent': formats.signedPercent,
      multiple: formats.times,
    }),
    [formats],
  );
}

/** The name of each scenario projection row, in the UI language. */
export function useScenarioRowNames(): Record<ScenarioRow['key'], string> {
  const r = useScenarioText().rows;
  return {
    growth: r.growthUsed,
    roas: r.roasUsed,
    conversionFactor: r.conversionFactor,
    baseGmv: r.baseGmv,
    campaignBudget: r.campaignBudget,
    campaignGmv: r.campaignGmv,
    gmv: r.gmv,
    spend: r.spend,
    operatingProfit: r.profit,
    operatingMargin: r.margin,
    roi: r.roi,
  };
}

/** Why a typed assumption is refused (in stored units), following the model's rules ([PLAN-9]). */
export function useChecks(): Record<AssumptionKind, (value: number) => string | null> {
  const { problems } = useScenarioText();
  return {
    growth: (value) => (value >= GROWTH_LIMITS.min && value <= GROWTH_LIMITS.max ? null : problems.growth),
    roas: (value) => (value > 0 ? null : problems.ratio),
    // A conversion rate above 100 % is a typo (a share of visitors), though the model only needs it positive.
    conversion: (value) => (value > 0 && value <= 1 ? null : problems.conversion),
    budget: (value) => (value >= 0 ? null : problems.budget),
  };
}
