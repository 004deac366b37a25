import { type Figure, lineBudget, PLAN_FORMULAS, ratio } from '@balanza/metrics';
import type { LedgerLine } from '@balanza/model';
import { useMemo, useRef } from 'react';
import { useActions, useNumbers } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { createGrid, GridContext } from '../../board/cells/gridNavigation.ts';
import { NumberCell } from '../../board/cells/NumberCell.tsx';
import { TableHead } from '../../board/cells/TableParts.tsx';
import { useLedgerTexts } from '../../board/figures/ledgerTexts.ts';
import { useI18n } from '../../i18n/index.tsx';
import { usePlanYearText } from './budget-texts.ts';
import { PlanPart } from './PlanPart.tsx';

/**
 * The budget of every input line ([PLAN-6]): its own, or (muted) last year's cost share × the planned
 * turnover; the total input of the plan below them.
 */
export function PlanBudgets({
  lines,
  budgetRatio,
  turnoverLastYear,
  totalInput,
  currency,
}: {
  lines: LedgerLine[];
  budgetRatio: Figure;
  turnoverLastYear: Figure;
  totalInput: Figure;
  currency: string;
}) {
  const text = usePlanYearText().budgets;
  const ledgerText = useLedgerTexts();
  const actions = useActions();
  const numbers = useNumbers();
  const { t } = useI18n();
  const inputs = lines.filter((line) => line.side === 'input');
  const body = useRef<HTMLTableSectionElement>(null);
  const grid = useMemo(() => createGrid(() => body.current, inputs.length, 1), [inputs.length]);
  const money = (value: number) => numbers.value('money', value);
  const columns = [
    { className: 'col-metric', label: text.line },
    { className: 'col-direction', label: text.category },
    { className: 'col-number', label: text.lastYear, numeric: true },
    { className: 'col-figure', label: text.shareLastYear, numeric: true },
    { className: 'col-number', label: text.budget, numeric: true },
    { className: 'col-figure', label: text.change, numeric: true },
  ];
  return (
    <PlanPart id="budgets" title={text.title} intro={text.intro}>
      {inputs.length === 0 ? (
        <p className="empty-state">{text.empty}</p>
      ) : (
        <GridContext.Provider value={grid}>
          <div className="table-scroll">
            <table className="goals-table plan-budgets" data-testid="plan-budgets-table">
              <TableHead columns={columns} />
              <tbody ref={body}>
                {inputs.map((line, row) => {
                  const name = line.label || ledgerText.untitled;
                  const budget = lineBudget(line, budgetRatio, currency);
                  const own = typeof line.budget === 'number';
                  return (
                    <tr key={line.id} data-testid="plan-budget-row" data-line-id={line.id}>
                      <th scope="row">{name}</th>
                      <td data-label={text.category}>{ledgerText.categories[line.category]}</td>
                      <td className="numeric" data-label={text.lastYear}>
                        {line.lastYear === null ? '—' : money(line.lastYear)}
                      </td>
                      <FigureCell
                        figure={ratio(line.lastYear, turnoverLastYear.value, PLAN_FORMULAS.shareLastYear)}
                        name={text.shareLastYear}
                        format={numbers.ratio}
                      />
                      <td data-label={text.budget}>
                        <NumberCell
                          row={row}
                          col={0}
                          value={own ? (line.budget as number) : null}
                          suggested={budget.ok ? budget.value : null}
                          unit="money"
                          label={`${text.budget}: ${name}`}
                          min={0}
                          testId="plan-budget"
                          flag={line.flags?.budget ? t.goals.flagged(line.flags.budget) : undefined}
                          onChange={(value) => actions.setLineBudget(line.id, value)}
                        />
                      </td>
                      <FigureCell
                        figure={changeFigure(budget, line.lastYear)}
                        name={text.change}
                        format={numbers.signedRatio}
                      />
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    {text.total}
                  </th>
                  <FigureCell figure={totalInput} name={text.total} format={money} testId="plan-budget-total" />
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        </GridContext.Provider>
      )}
    </PlanPart>
  );
}

const changeFigure = (budget: Figure, lastYear: number | null): Figure =>
  budget.ok && lastYear !== null
    ? ratio(budget.value - lastYear, lastYear, PLAN_FORMULAS.budgetChange)
    : ratio(null, lastYear, PLAN_FORMULAS.budgetChange);
