import { type Figure, linePlanFigures } from '@balanza/metrics';
import type { LedgerLine } from '@balanza/model';
import { useActions, useNumbers } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { NumberCell } from '../../board/cells/NumberCell.tsx';
import { useLedgerTexts } from '../../board/figures/ledgerTexts.ts';
import { useI18n } from '../../i18n/index.tsx';
import { usePlanYearText } from './budget-texts.ts';
import { PlanTablePart } from './PlanPart.tsx';

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
  const money = (value: number) => numbers.value('money', value);
  const shortMoney = (value: number) => numbers.compact('money', value);
  const columns = [
    { className: 'col-metric', label: text.line },
    { className: 'col-direction', label: text.category },
    { className: 'col-number', label: text.lastYear, numeric: true },
    { className: 'col-figure', label: text.shareLastYear, numeric: true },
    { className: 'col-number', label: text.budget, numeric: true },
    { className: 'col-figure', label: text.change, numeric: true },
  ];
  return (
    <PlanTablePart
      id="budgets"
      title={text.title}
      intro={text.intro}
      empty={text.empty}
      rows={inputs.length}
      cols={1}
      columns={columns}
      footer={
        <tr>
          <th scope="row" colSpan={4}>
            {text.total}
          </th>
          <FigureCell
            figure={totalInput}
            name={text.total}
            format={money}
            short={shortMoney}
            testId="plan-budget-total"
          />
          <td />
        </tr>
      }
    >
      {inputs.map((line, row) => {
        const name = line.label || ledgerText.untitled;
        const { budget, shareLastYear, change } = linePlanFigures(line, { budgetRatio, turnoverLastYear }, currency);
        const own = typeof line.budget === 'number';
        return (
          <tr key={line.id} data-testid="plan-budget-row" data-line-id={line.id}>
            <th scope="row">{name}</th>
            <td data-label={text.category}>{ledgerText.categories[line.category]}</td>
            <td className="numeric" data-label={text.lastYear}>
              {line.lastYear === null ? '—' : money(line.lastYear)}
            </td>
            <FigureCell figure={shareLastYear} name={text.shareLastYear} format={numbers.ratio} />
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
            <FigureCell figure={change} name={text.change} format={numbers.signedRatio} />
          </tr>
        );
      })}
    </PlanTablePart>
  );
}
