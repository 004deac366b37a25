import type { LedgerLineMetrics } from '@balanza/metrics';
import { INPUT_CATEGORIES, type LedgerCategory, type LedgerLine, type LedgerSide } from '@balanza/model';
import { type FocusEvent, useMemo, useRef, useState } from 'react';
import { useActions, useNumbers } from '../../board/BoardContext.tsx';
import { EditableCell } from '../../board/cells/EditableCell.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { createGrid, GridContext, isGridCell } from '../../board/cells/gridNavigation.ts';
import { NumberCell } from '../../board/cells/NumberCell.tsx';
import { SelectCell } from '../../board/cells/SelectCell.tsx';
import { RemoveRowCell, TableHead } from '../../board/cells/TableParts.tsx';
import type { RecordWork } from '../../board/cells/useDeletedWhileEditing.ts';
import { useRowWork } from '../../board/cells/useRowWork.ts';
import { useStableOrder } from '../../board/cells/useStableOrder.ts';
import { useLedgerTexts } from '../../board/figures/ledgerTexts.ts';
import { useMonthNames } from '../../i18n/months.ts';

const CATEGORIES: Record<LedgerSide, readonly LedgerCategory[]> = {
  input: INPUT_CATEGORIES,
  output: ['turnover', 'custom'],
};
const GRID = ['label', 'category', 'period', 'amount', 'lastYear'] as const;
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** A line's period as a choice: the whole year, or one month (a month's lines add up into the year). */
type Period = 'year' | `${number}`;
const periodOf = (month: number | null): Period => (month === null ? 'year' : `${month}`);
const monthOf = (period: Period): number | null => (period === 'year' ? null : Number(period));
const col = (name: (typeof GRID)[number]) => GRID.indexOf(name);

interface LedgerTableProps {
  side: LedgerSide;
  lines: LedgerLine[];
  figures: ReadonlyMap<string, LedgerLineMetrics>;
  onRemove: (line: LedgerLine) => void;
  /** Told which line this person works on and what they typed, so a line deleted meanwhile can be restored. */
  work?: RecordWork<LedgerLine> | undefined;
}

/** One side of the ledger as a spreadsheet-like table; rows keep their place while someone types. */
export function LedgerTable({ side, lines, figures, onRemove, work }: LedgerTableProps) {
  const numbers = useNumbers();
  const actions = useActions();
  const text = useLedgerTexts();
  const months = useMonthNames();
  const periods = useMemo(
    () => [
      { value: 'year' as Period, label: text.wholeYear },
      ...MONTHS.map((month) => ({ value: periodOf(month), label: months[month - 1] ?? String(month) })),
    ],
    [months, text.wholeYear],
  );
  const rowWork = useRowWork('data-line-id', work);
  const body = useRef<HTMLTableSectionElement>(null);
  const [inCell, setInCell] = useState(false);
  const byId = useMemo(() => new Map(lines.map((line) => [line.id, line])), [lines]);
  const order = useStableOrder(
    lines.map((line) => line.id),
    inCell,
  );
  const shown = order.map((id) => byId.get(id)).filter((line): line is LedgerLine => line !== undefined);
  const grid = useMemo(() => createGrid(() => body.current, shown.length, GRID.length), [shown.length]);
  const c = text.columns;
  const money = (value: number) => numbers.value('money', value);
  const shortSignedMoney = (value: number) => numbers.compact('money', value, true);
  const signedMoney = (value: number) => numbers.difference('money', value, '');

  return (
    <GridContext.Provider value={grid}>
      <div className="table-scroll">
        <table className="goals-table ledger-table" data-testid={`ledger-${side}`}>
          <TableHead
            columns={[
              { className: 'col-metric', label: c.line },
              { className: 'col-direction', label: c.category },
              { className: 'col-period', label: c.period },
              { className: 'col-number', label: c.amount, numeric: true },
              { className: 'col-number', label: c.lastYear, numeric: true },
              { className: 'col-number', label: c.change, numeric: true },
              { className: 'col-figure', label: c.yearOverYear, numeric: true },
              { className: 'col-figure', label: c.share, numeric: true },
              { className: 'col-actions', label: <span className="visually-hidden">{text.remove('')}</span> },
            ]}
          />
          <tbody
            ref={body}
            onFocus={(event: FocusEvent) => {
              setInCell(isGridCell(event.target));
              rowWork.onFocus(event);
            }}
            onBlur={(event: FocusEvent) => {
              if (!(isGridCell(event.relatedTarget) && body.current?.contains(event.relatedTarget))) setInCell(false);
              rowWork.onBlur(event);
            }}
          >
            {shown.map((line, row) => {
              const metrics = figures.get(line.id);
              const name = line.label || text.untitled;
              const flag = (field: string) => line.flags?.[field];
              // A cost that grew is bad news, turnover that grew is good; the sign is always shown too.
              const good = (value: number | null) =>
                value === null || value === 0 ? '' : value > 0 === (side === 'output') ? 'good' : 'bad';
              return (
                <tr key={line.id} data-testid="ledger-row" data-line-id={line.id}>
                  <td className="metric-cell">
                    <EditableCell
                      row={row}
                      col={col('label')}
                      testId="ledger-label"
                      label={c.line}
                      display={line.label}
                      edit={line.label}
                      placeholder={text.labelPlaceholder}
                      maxLength={500}
                      flag={flag('label')}
                      onDraft={work && ((typed) => work.touch(line.id, { label: typed?.trim() }))}
                      onCommit={(typed) => {
                        if (typed.trim() !== line.label) actions.updateLedgerLine(line.id, { label: typed.trim() });
                        return null;
                      }}
                    />
                  </td>
                  <td data-label={c.category}>
                    <SelectCell<LedgerCategory>
                      row={row}
                      col={col('category')}
                      value={line.category}
                      options={CATEGORIES[side].map((value) => ({ value, label: text.categories[value] }))}
                      onChange={(category) => actions.updateLedgerLine(line.id, { category })}
                      label={`${c.category} — ${name}`}
                      flag={flag('category')}
                    />
                  </td>
                  <td data-label={c.period}>
                    <SelectCell<Period>
                      row={row}
                      col={col('period')}
                      value={periodOf(line.month)}
                      options={periods}
                      onChange={(period) => actions.updateLedgerLine(line.id, { month: monthOf(period) })}
                      label={`${c.period} — ${name}`}
                      flag={flag('month')}
                    />
                  </td>
                  {(['amount', 'lastYear'] as const).map((field) => (
                    <td key={field} data-label={c[field]}>
                      <NumberCell
                        row={row}
                        col={col(field)}
                        testId={`ledger-${field}`}
                        label={`${c[field]} — ${name}`}
                        value={line[field]}
                        unit="money"
                        flag={flag(field)}
                        onChange={(value) => actions.updateLedgerLine(line.id, { [field]: value })}
                        onDraft={work && ((value) => work.touch(line.id, { [field]: value }))}
                      />
                    </td>
                  ))}
                  {metrics && (
                    <>
                      <FigureCell
                        figure={metrics.change}
                        name={c.change}
                        format={signedMoney}
                        short={shortSignedMoney}
                        tone={good(metrics.change.value)}
                      />
                      <FigureCell
                        figure={metrics.yearOverYear}
                        name={c.yearOverYear}
                        format={numbers.signedRatio}
                        tone={good(metrics.yearOverYear.value)}
                      />
                      <FigureCell figure={metrics.share} name={c.share} format={numbers.ratio} testId="ledger-share" />
                    </>
                  )}
                  <RemoveRowCell
                    label={text.remove(name)}
                    title={`${text.remove(name)} (${money(line.amount ?? 0)})`}
                    onRemove={() => onRemove(line)}
                  />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </GridContext.Provider>
  );
}
