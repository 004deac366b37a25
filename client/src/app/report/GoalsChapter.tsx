import type { GoalsMetrics } from '@balanza/metrics';
import type { Goal } from '@balanza/model';
import { useNumbers } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { TableHead } from '../../board/cells/TableParts.tsx';
import { useGoalTexts } from '../../board/figures/goalTexts.ts';
import { useI18n } from '../../i18n/index.tsx';
import { AttainmentCell, DeviationCell, StatusCell } from '../../sections/goals/FigureCells.tsx';
import { EmptyNote, FormulaList, ReportChapter, ValueCell } from './ReportParts.tsx';
import { useReportText } from './texts.ts';

const CAUSES = ['subjectiveCause', 'objectiveCause', 'judgement'] as const;

/** Goals against actuals: attainment, deviation and last year per goal, and under each the causes written. */
export function GoalsChapter({ goals, metrics }: { goals: Goal[]; metrics: GoalsMetrics }) {
  const text = useReportText();
  const goalText = useGoalTexts();
  const numbers = useNumbers();
  const { t } = useI18n();
  const c = t.goals.columns;
  const figures = new Map(metrics.items.map((item) => [item.id, item]));
  const causeLabel = {
    subjectiveCause: goalText.subjective,
    objectiveCause: goalText.objective,
    judgement: goalText.judgement,
  };
  return (
    <ReportChapter chapter="goals" title={text.chapters.goals}>
      {goals.length === 0 ? (
        <EmptyNote>{text.empty.goals}</EmptyNote>
      ) : (
        <table className="report-table" data-testid="report-goals-table">
          <TableHead
            columns={[
              { className: 'col-metric', label: c.metric },
              { className: 'col-number', label: c.target, numeric: true },
              { className: 'col-number', label: c.actual, numeric: true },
              { className: 'col-number', label: goalText.lastYear, numeric: true },
              { className: 'col-figure', label: c.attainment, numeric: true },
              { className: 'col-figure', label: c.deviation, numeric: true },
              { className: 'col-figure', label: goalText.yearOverYear, numeric: true },
              { className: 'col-status', label: c.status },
            ]}
          />
          {goals.map((goal) => {
            const figure = figures.get(goal.id);
            if (!figure) return null;
            const inUnit = (value: number) => numbers.value(goal.unit, value);
            const causes = CAUSES.filter((field) => goal[field].trim() !== '');
            return (
              // One body per goal, so its causes stay with it (and on the same printed page).
              <tbody key={goal.id} className="report-group" data-testid="report-goal">
                <tr>
                  <th scope="row">{goal.label || t.goals.untitled}</th>
                  <ValueCell label={c.target} value={goal.target} format={inUnit} />
                  <ValueCell label={c.actual} value={goal.actual} format={inUnit} />
                  <ValueCell label={goalText.lastYear} value={goal.lastYear} format={inUnit} />
                  <AttainmentCell goal={goal} figures={figure} />
                  <DeviationCell goal={goal} figures={figure} />
                  <FigureCell figure={figure.yearOverYear} name={goalText.yearOverYear} format={numbers.signedRatio} />
                  <StatusCell figures={figure} />
                </tr>
                {causes.length > 0 && (
                  <tr className="report-detail-row">
                    <td colSpan={8}>
                      <dl className="report-causes">
                        {causes.map((field) => (
                          <div key={field}>
                            <dt>{causeLabel[field]}</dt>
                            <dd>{goal[field]}</dd>
                          </div>
                        ))}
                      </dl>
                    </td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
      )}
      <FormulaList
        figures={metrics.items.flatMap((item) => [
          [c.attainment, item.attainment] as const,
          [c.deviation, item.deviation] as const,
          [`${c.deviation} %`, item.deviationPercent] as const,
          [goalText.yearOverYear, item.yearOverYear] as const,
        ])}
      />
    </ReportChapter>
  );
}
