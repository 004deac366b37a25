import type { Figure, PlanMetrics, ScenarioProjection } from '@balanza/metrics';
import type { Scenario } from '@balanza/model';
import { useId } from 'react';
import { useAbilities } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { ScenarioHead, ScenarioTable, useFormats } from './ScenarioParts.tsx';
import { useScenarioText } from './scenario-texts.ts';

interface ProjectionRow {
  key: string;
  name: string;
  /** The plan's figure beside it, or text when the plan has no such figure. */
  plan: Figure | string;
  format: (value: number) => string;
  pick: (projection: ScenarioProjection) => Figure;
}

interface Props {
  scenarios: readonly Scenario[];
  projections: ReadonlyMap<string, ScenarioProjection>;
  metrics: PlanMetrics;
  onAdopt: (scenario: Scenario) => void;
}

/**
 * What each scenario projects ([PLAN-9]): the ratios it used, then GMV, spend, profit, margin and ROI, each
 * with its formula one hover away; the last row adopts one into the plan ([PLAN-10]).
 */
export function ScenarioProjections({ scenarios, projections, metrics, onAdopt }: Props) {
  const text = useScenarioText();
  const format = useFormats();
  const { canEdit } = useAbilities();
  const reasonId = useId();
  const r = text.rows;
  const { money, percent, times } = format;
  const rows: ProjectionRow[] = [
    {
      key: 'growth-used',
      name: r.growthUsed,
      plan: percent(metrics.growth),
      format: format.signedPercent,
      pick: (p) => p.growth,
    },
    { key: 'roas-used', name: r.roasUsed, plan: metrics.campaigns.lastYearRoas, format: times, pick: (p) => p.roas },
    { key: 'conversion-factor', name: r.conversionFactor, plan: '', format: times, pick: (p) => p.conversionFactor },
    { key: 'base-gmv', name: r.baseGmv, plan: '', format: money, pick: (p) => p.baseGmv },
    {
      key: 'campaign-budget',
      name: r.campaignBudget,
      plan: metrics.campaigns.budget,
      format: money,
      pick: (p) => p.campaignBudget,
    },
    {
      key: 'campaign-gmv',
      name: r.campaignGmv,
      plan: metrics.campaigns.plannedGmv,
      format: money,
      pick: (p) => p.campaignGmv,
    },
    { key: 'gmv', name: r.gmv, plan: metrics.turnover, format: money, pick: (p) => p.gmv },
    { key: 'spend', name: r.spend, plan: metrics.totalInput, format: money, pick: (p) => p.spend },
    { key: 'profit', name: r.profit, plan: metrics.operatingProfit, format: money, pick: (p) => p.operatingProfit },
    { key: 'margin', name: r.margin, plan: metrics.operatingMargin, format: percent, pick: (p) => p.operatingMargin },
    { key: 'roi', name: r.roi, plan: metrics.roi, format: percent, pick: (p) => p.roi },
  ];
  return (
    <ScenarioTable count={scenarios.length} testId="scenario-projections">
      <ScenarioHead first={text.projection} scenarios={scenarios} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.key === 'gmv' ? 'scenario-key-row' : undefined}>
            <th scope="row">{row.name}</th>
            {typeof row.plan === 'string' ? (
              <td className="numeric scenario-plan">{row.plan}</td>
            ) : (
              <FigureCell figure={row.plan} name={row.name} format={row.format} testId={`scenario-plan-${row.key}`} />
            )}
            {scenarios.map((scenario) => {
              const projection = projections.get(scenario.id);
              return projection ? (
                <FigureCell
                  key={scenario.id}
                  figure={row.pick(projection)}
                  name={row.name}
                  format={row.format}
                  testId={`scenario-${row.key}`}
                />
              ) : (
                <td key={scenario.id} />
              );
            })}
          </tr>
        ))}
        {canEdit && (
          <tr className="scenario-adopt-row">
            <th scope="row">
              <span className="visually-hidden">{text.adopt}</span>
            </th>
            <td />
            {scenarios.map((scenario, index) => {
              // Adoptable exactly when its GMV is projected (`scenarioAdoption` is null otherwise); computing
              // the adoption itself waits for the click, since it reads the whole board.
              const possible = projections.get(scenario.id)?.gmv.ok ?? false;
              const adopted = metrics.adoptedScenarioId === scenario.id;
              return (
                <td key={scenario.id} data-scenario-id={scenario.id}>
                  <button
                    type="button"
                    className="button button-primary button-small"
                    data-testid="scenario-adopt"
                    data-scenario-id={scenario.id}
                    disabled={!possible}
                    title={possible ? text.adoptHelp(scenario.name) : undefined}
                    aria-describedby={possible ? undefined : `${reasonId}-${index}`}
                    onClick={() => onAdopt(scenario)}
                  >
                    {adopted ? text.adoptAgain : text.adopt}
                    <span className="visually-hidden"> {scenario.name}</span>
                  </button>
                  {!possible && (
                    <span id={`${reasonId}-${index}`} className="muted scenario-row-note">
                      {text.cannotAdopt}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        )}
      </tbody>
    </ScenarioTable>
  );
}
