import { linePlanFigures, type PlanMetrics } from '@balanza/metrics';
import type { LedgerLine } from '@balanza/model';
import { useNumbers } from '../../../board/BoardContext.tsx';
import { FigureCell } from '../../../board/cells/FigureCell.tsx';
import { TableHead } from '../../../board/cells/TableParts.tsx';
import { useLedgerTexts } from '../../../board/figures/ledgerTexts.ts';
import { usePlanYearText } from '../../../sections/plan/budget-texts.ts';
import { EmptyNote, FormulaList, ValueCell } from '../ReportParts.tsx';

/** Every input line's budget against last year ([PLAN-6]), as the Plan section shows it, and the total input. */
export function PlanBudgetsPart({
  lines,
  metrics,
  currency,
}: {
  lines: LedgerLine[];
  metrics: PlanMetrics;
  currency: string;
}) {
  const text = usePlanYearText().budgets;
  const ledgerText = useLedgerTexts();
  const numbers = useNumbers();
  const money = (value: number) => numbers.value('money', value);
  const rows = lines
    .filter((line) => line.side === 'input')
    .map((line) => ({ line, figures: linePlanFigures(line, metrics, currency) }));
  return (
    <div className="report-part" data-testid="report-plan-budgets">
      <h3>{text.title}</h3>
      {rows.length === 0 ? (
        <EmptyNote>{text.empty}</EmptyNote>
      ) : (
        <table className="report-table" data-testid="report-plan-budgets-table">
          <TableHead
            columns={[
              { className: 'col-metric', label: text.line },
              { className: 'col-unit', label: text.category },
              { className: 'col-number', label: text.lastYear, numeric: true },
              { className: 'col-figure', label: text.shareLastYear, numeric: true },
              { className: 'col-number', label: text.budget, numeric: true },
              { className: 'col-figure', label: text.change, numeric: true },
            ]}
          />
          <tbody>
            {rows.map(({ line, figures }) => (
              <tr key={line.id} data-testid="report-plan-budget">
                <th scope="row">{line.label || ledgerText.untitled}</th>
                <td data-label={text.category}>{ledgerText.categories[line.category]}</td>
                <ValueCell label={text.lastYear} value={line.lastYear} format={money} />
                <FigureCell figure={figures.shareLastYear} name={text.shareLastYear} format={numbers.ratio} />
                <FigureCell
                  figure={figures.budget}
                  name={text.budget}
                  format={money}
                  testId="report-plan-budget-value"
                />
                <FigureCell figure={figures.change} name={text.change} format={numbers.signedRatio} />
              </tr>
            ))}
          </tbody>
          <tbody className="report-total">
            <tr>
              <th scope="row" colSpan={4}>
                {text.total}
              </th>
              <FigureCell
                figure={metrics.totalInput}
                name={text.total}
                format={money}
                testId="report-plan-budget-total"
              />
              <td />
            </tr>
          </tbody>
        </table>
      )}
      <FormulaList
        figures={[
          [text.total, metrics.totalInput] as const,
          ...rows.flatMap(({ figures }) => [
            [text.shareLastYear, figures.shareLastYear] as const,
            [text.budget, figures.budget] as const,
            [text.change, figures.change] as const,
          ]),
        ]}
      />
    </div>
  );
}
