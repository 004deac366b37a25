import type { OutcomeMetrics } from '@balanza/metrics';
import type { Outcome } from '@balanza/model';
import { useMemo, useRef } from 'react';
import type { NumberFormats } from '../i18n/numbers.ts';
import { EditableCell } from '../shared/EditableCell.tsx';
import { FigureCell } from '../shared/FigureCell.tsx';
import { createGrid, GridContext } from '../shared/gridNavigation.ts';
import { NumberCell } from '../shared/NumberCell.tsx';
import type { RecordWork } from '../shared/useDeletedWhileEditing.ts';
import { useRowWork } from '../shared/useRowWork.ts';
import type { BoardActions } from '../sync/actions.ts';
import { TrashIcon } from '../ui/icons.tsx';
import { useLedgerTexts } from './texts.ts';

const GRID = ['label', 'unit', 'before', 'after'] as const;

/** Non-money results (store level, credit score…): before → after, with the change. */
export function OutcomesTable(props: {
  outcomes: Outcome[];
  figures: ReadonlyMap<string, OutcomeMetrics>;
  numbers: NumberFormats;
  actions: BoardActions;
  onRemove: (outcome: Outcome) => void;
  /** Told which result this person works on and what they typed, so one deleted meanwhile can be restored. */
  work?: RecordWork<Outcome> | undefined;
}) {
  const { outcomes, figures, numbers, actions, onRemove, work } = props;
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
          <colgroup>
            <col className="col-metric" />
            <col className="col-unit" />
            <col className="col-number" />
            <col className="col-number" />
            <col className="col-number" />
            <col className="col-figure" />
            <col className="col-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{c.line}</th>
              <th scope="col">{c.unit}</th>
              <th scope="col" className="numeric">
                {c.before}
              </th>
              <th scope="col" className="numeric">
                {c.after}
              </th>
              <th scope="col" className="numeric">
                {c.change}
              </th>
              <th scope="col" className="numeric">
                %
              </th>
              <th scope="col">
                <span className="visually-hidden">{text.remove('')}</span>
              </th>
            </tr>
          </thead>
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
                        numbers={numbers}
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
                  <td className="actions-cell">
                    <button
                      type="button"
                      className="icon-button edit-only"
                      onClick={() => onRemove(outcome)}
                      aria-label={text.remove(name)}
                      title={text.remove(name)}
                    >
                      <TrashIcon />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </GridContext.Provider>
  );
}
