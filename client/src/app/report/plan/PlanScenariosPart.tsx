import { type PlanMetrics, scenarioRows } from '@balanza/metrics';
import type { Scenario } from '@balanza/model';
import { FigureCell } from '../../../board/cells/FigureCell.tsx';
import { useRowFormats, useScenarioRowNames } from '../../../sections/plan/ScenarioParts.tsx';
import { useScenarioText } from '../../../sections/plan/scenario-texts.ts';
import { EmptyNote, FormulaList } from '../ReportParts.tsx';
import { chunks } from './chunks.ts';

/** Scenarios side by side in one table: the row names, the plan now and three scenarios fit a printed page. */
const SCENARIOS_PER_TABLE = 3;

/**
 * The what-if scenarios side by side ([PLAN-9], [PLAN-10]), as the Plan section projects them: for each, the
 * growth, ROAS and conversion it used, then base and campaign GMV, GMV, spend, profit, margin and ROI, beside the
 * plan now; the adopted one is marked with a sign and a word.
 */
export function PlanScenariosPart({ scenarios, metrics }: { scenarios: Scenario[]; metrics: PlanMetrics }) {
  const text = useScenarioText();
  const names = useScenarioRowNames();
  const format = useRowFormats();
  const rows = scenarioRows(metrics);
  const projections = new Map(metrics.scenarios.map((projection) => [projection.id, projection]));
  return (
    <div className="report-part" data-testid="report-plan-scenarios">
      <h3>{text.title}</h3>
      {scenarios.length === 0 ? (
        <EmptyNote>{text.empty}</EmptyNote>
      ) : (
        chunks(scenarios, SCENARIOS_PER_TABLE).map((group) => (
          <table key={group[0]?.id} className="report-table" data-testid="report-plan-scenarios-table">
            <thead>
              <tr>
                <th scope="col">{text.projection}</th>
                <th scope="col" className="numeric">
                  {text.planNow}
                </th>
                {group.map((scenario) => (
                  <th key={scenario.id} scope="col" className="numeric" data-testid="report-plan-scenario-name">
                    {scenario.name}
                    {scenario.id === metrics.adoptedScenarioId && (
                      <span className="report-adopted"> ✓ {text.adopted}</span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-testid="report-plan-scenario-row" data-row={row.key}>
                  <th scope="row">{names[row.key]}</th>
                  {row.plan === null ? (
                    <td className="numeric" data-label={text.planNow}>
                      —
                    </td>
                  ) : typeof row.plan === 'number' ? (
                    <td className="numeric" data-label={text.planNow}>
                      {format[row.kind](row.plan)}
                    </td>
                  ) : (
                    <FigureCell figure={row.plan} name={text.planNow} format={format[row.kind]} />
                  )}
                  {group.map((scenario) => {
                    const projection = projections.get(scenario.id);
                    const label =
                      scenario.id === metrics.adoptedScenarioId ? `${scenario.name} ✓ ${text.adopted}` : scenario.name;
                    return projection ? (
                      <FigureCell
                        key={scenario.id}
                        figure={row.pick(projection)}
                        name={label}
                        format={format[row.kind]}
                      />
                    ) : (
                      <td key={scenario.id} data-label={label} />
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))
      )}
      <FormulaList
        figures={rows.flatMap((row) =>
          metrics.scenarios.map((projection) => [names[row.key], row.pick(projection)] as const),
        )}
      />
    </div>
  );
}
