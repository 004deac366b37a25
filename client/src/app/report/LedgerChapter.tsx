import type { LedgerMetrics, OutcomeMetrics } from '@balanza/metrics';
import type { LedgerLine, Outcome } from '@balanza/model';
import { useNumbers } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { TableHead } from '../../board/cells/TableParts.tsx';
import { LedgerTotals } from '../../board/figures/LedgerTotals.tsx';
import { useLedgerTexts } from '../../board/figures/ledgerTexts.ts';
import { useMonthNames } from '../../i18n/months.ts';
import { outcomeColumns } from '../../sections/ledger/OutcomesTable.tsx';
import { EmptyNote, FormulaList, ReportChapter, ValueCell } from './ReportParts.tsx';
import { useReportText } from './texts.ts';

/** What the year cost against what it brought: the totals (profit, margin, ROI) and every line against last year. */
export function LedgerChapter({ lines, metrics }: { lines: LedgerLine[]; metrics: LedgerMetrics }) {
  const text = useReportText();
  const ledgerText = useLedgerTexts();
  const numbers = useNumbers();
  const months = useMonthNames();
  const c = ledgerText.columns;
  const money = (value: number) => numbers.value('money', value);
  const figures = new Map(metrics.lines.map((line) => [line.id, line]));
  const { totals } = metrics;
  return (
    <ReportChapter chapter="ledger" title={text.chapters.ledger}>
      <LedgerTotals totals={totals} />
      {lines.length === 0 ? (
        <EmptyNote>{text.empty.ledger}</EmptyNote>
      ) : (
        <table className="report-table" data-testid="report-ledger-table">
          <TableHead
            columns={[
              { className: 'col-metric', label: c.line },
              { className: 'col-unit', label: text.side },
              { className: 'col-unit', label: c.period },
              { className: 'col-number', label: c.amount, numeric: true },
              { className: 'col-number', label: c.lastYear, numeric: true },
              { className: 'col-figure', label: c.change, numeric: true },
              { className: 'col-figure', label: c.yearOverYear, numeric: true },
              { className: 'col-figure', label: c.share, numeric: true },
            ]}
          />
          <tbody>
            {lines.map((line) => {
              const figure = figures.get(line.id);
              if (!figure) return null;
              return (
                <tr key={line.id} data-testid="report-ledger-line">
                  <th scope="row">{line.label || ledgerText.categories[line.category]}</th>
                  <td data-label={text.side}>{line.side === 'input' ? ledgerText.inputs : ledgerText.outputs}</td>
                  <td data-label={c.period}>
                    {line.month === null ? ledgerText.wholeYear : (months[line.month - 1] ?? line.month)}
                  </td>
                  <ValueCell label={c.amount} value={line.amount} format={money} />
                  <ValueCell label={c.lastYear} value={line.lastYear} format={money} />
                  <FigureCell
                    figure={figure.change}
                    name={c.change}
                    format={(value) => numbers.difference('money', value, '')}
                  />
                  <FigureCell figure={figure.yearOverYear} name={c.yearOverYear} format={numbers.signedRatio} />
                  <FigureCell figure={figure.share} name={c.share} format={numbers.ratio} />
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <FormulaList
        figures={[
          [ledgerText.totals.input, totals.input],
          [ledgerText.totals.output, totals.output],
          [ledgerText.totals.profit, totals.operatingProfit],
          [ledgerText.totals.margin, totals.operatingMargin],
          [ledgerText.totals.roi, totals.roi],
          ...metrics.lines.flatMap((line) => [
            [c.change, line.change] as const,
            [c.yearOverYear, line.yearOverYear] as const,
            [c.share, line.share] as const,
          ]),
        ]}
      />
    </ReportChapter>
  );
}

/** What the year built besides money: each result before → after, with the change. */
export function OutcomesChapter({ outcomes, metrics }: { outcomes: Outcome[]; metrics: OutcomeMetrics[] }) {
  const text = useReportText();
  const ledgerText = useLedgerTexts();
  const numbers = useNumbers();
  const c = ledgerText.columns;
  const figures = new Map(metrics.map((outcome) => [outcome.id, outcome]));
  const plain = (value: number) => numbers.value('score', value);
  return (
    <ReportChapter chapter="outcomes" title={text.chapters.outcomes}>
      {outcomes.length === 0 ? (
        <EmptyNote>{text.empty.outcomes}</EmptyNote>
      ) : (
        <table className="report-table" data-testid="report-outcomes-table">
          <TableHead columns={outcomeColumns(c)} />
          <tbody>
            {outcomes.map((outcome) => {
              const figure = figures.get(outcome.id);
              if (!figure) return null;
              return (
                <tr key={outcome.id} data-testid="report-outcome">
                  <th scope="row">{outcome.label || ledgerText.untitled}</th>
                  <td data-label={c.unit}>{outcome.unit}</td>
                  <ValueCell label={c.before} value={outcome.before} format={plain} />
                  <ValueCell label={c.after} value={outcome.after} format={plain} />
                  <FigureCell
                    figure={figure.change}
                    name={c.change}
                    format={(value) => numbers.difference('score', value, '')}
                  />
                  <FigureCell figure={figure.changePercent} name={`${c.change} %`} format={numbers.signedRatio} />
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <FormulaList
        figures={metrics.flatMap((outcome) => [
          [c.change, outcome.change] as const,
          [`${c.change} %`, outcome.changePercent] as const,
        ])}
      />
    </ReportChapter>
  );
}
