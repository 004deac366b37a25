import type { OutcomeMetrics } from '@balanza/metrics';
import type { Outcome } from '@balanza/model';
import { useMemo, useRef } from 'react';
import { useActions, useNumbers } from '../../board/BoardContext.tsx';
import { EditableCell } from '../../board/cells/EditableCell.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { createGrid, GridContext } from '../../board/cells/gridNavigation.ts';
import { NumberCell } from '../../board/cells/NumberCell.tsx';
import { RemoveRowCell, type TableColumn, TableHead } from '../../board/cells/TableParts.tsx';
import type { RecordWork } from '../../board/cells/useDeletedWhileEditing.ts';
import { useRowWork } from '../../board/cells/useRowWork.ts';
import { useLedgerTexts } from '../../board/figures/ledgerTexts.ts';

const GRID = ['label', 'unit', 'before', 'after'] as const;

/** The columns of a table of results: name, unit, before, after, change and change in % (the report's too). */
export const outcomeColumns = (c: ReturnType<typeof useLedgerTexts>['columns']): TableColumn[] => [
  { className: 'col-metric', label: c.line },
  { className: 'col-unit', label: c.unit },
  { className: 'col-number', label: c.before, numeric: true },
  { className: 'col-number', label: c.after, numeric: true },
  { className: 'col-number', label: c.change, numeric: true },
  { className: 'col-figure', label: '%', numeric: true },
];

/** Non-money results (store level, credit score…): before → after, with the change. */
export function OutcomesTable(props: {
  outcomes: Outcome[];
  figures: ReadonlyMap<string, OutcomeMetrics>;
  onRemove: (outcome: Outcome) => void;
  /** Told which result this person works on and what they typed, so one deleted meanwhile can be restored. */
  work?: RecordWork<Outcome> | undefined;
}) {
  const { outcomes, figures, onRemove, work } = props;
  const actions = useActions();
  const numbers = useNumbers();
  const text = useLedgerTexts();
  const rowWork = useRowWork('data-outcome-id', work);
  const body = useRef<HTMLTableSectionElement>(null);
  const grid = useMemo(() => createGrid(() => body.current, outcomes.length, GRID.length), [outcomes.length]);
  const c = text.columns;
  const textCell = (outcome: Outcome, row: number, field: 'label' | 'unit') => (
    <EditableCell
      row={row}
      col={GRID.indexOf(field)}
      testId={`outcome-${field}`}
      label={field === 'label' ? c.line : c.unit}
      display={outcome[field]}
      edit={outcome[field]}
      maxLength={field === 'label' ? 500 : 40}
      flag={outcome.flags?.[field]}
      onDraft={work && ((typed) => work.touch(outcome.id, { [field]: typed?.trim() }))}
      onCommit={(typed) => {
        if (typed.trim() !== outcome[field]) actions.updateOutcome(outcome.id, { [field]: typed.trim() });
        return null;
      }}
    />
  );
  return (
    <GridContext.Provider value={grid}>
      <div className="table-scroll">
        <table className="goals-table outcomes-table" data-testid="outcomes">
          <TableHead
            columns={[
              ...outcomeColumns(c),
              { className: 'col-actions', label: <span className="visually-hidden">{text.remove('')}</span> },
            ]}
          />
          <tbody ref={body} onFocus={rowWork.onFocus} onBlur={rowWork.onBlur}>
            {outcomes.map((outcome, row) => {
              const metrics = figures.get(outcome.id);
              const name = outcome.label || text.untitled;
              return (
                <tr key={outcome.id} data-testid="outcome-row" data-outcome-id={outcome.id}>
                  <td className="metric-cell">{textCell(outcome, row, 'label')}</td>
                  <td data-label={c.unit}>{textCell(outcome, row, 'unit')}</td>
                  {(['before', 'after'] as const).map((field) => (
                    <td key={field} data-label={c[field]}>
                      <NumberCell
                        row={row}
                        col={GRID.indexOf(field)}
                        testId={`outcome-${field}`}
                        label={`${c[field]} — ${name}`}
                        value={outcome[field]}
                        unit="score"
                        flag={outcome.flags?.[field]}
                        onChange={(value) => actions.updateOutcome(outcome.id, { [field]: value })}
                        onDraft={work && ((value) => work.touch(outcome.id, { [field]: value }))}
                      />
                    </td>
                  ))}
                  {metrics && (
                    <>
                      <FigureCell
                        figure={metrics.change}
                        name={c.change}
                        format={(value) => numbers.difference('score', value, '')}
                      />
                      <FigureCell figure={metrics.changePercent} name="%" format={numbers.signedRatio} />
                    </>
                  )}
                  <RemoveRowCell label={text.remove(name)} onRemove={() => onRemove(outcome)} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </GridContext.Provider>
  );
}
