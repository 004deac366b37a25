import { planItemsOf } from '@balanza/metrics';
import { type Measure, PLAN_ITEM_STATUSES, type PlanItemStatus } from '@balanza/model';
import { useMemo } from 'react';
import { useActions } from '../../board/BoardContext.tsx';
import { EditableCell } from '../../board/cells/EditableCell.tsx';
import { SelectCell } from '../../board/cells/SelectCell.tsx';
import { usePlanYearText } from './budget-texts.ts';
import { PlanTablePart } from './PlanPart.tsx';

const GRID = ['owner', 'due', 'status'] as const;
type Quarter = '' | '1' | '2' | '3' | '4';
const QUARTERS: Quarter[] = ['', '1', '2', '3', '4'];
/** The quarter of a `due` like `2026-Q2` ('' when not set). */
const quarterOf = (due: string): Quarter => (/^\d{4}-Q[1-4]$/.test(due) ? (due.slice(-1) as Quarter) : '');

/**
 * The plan's items ([PLAN-8]): the measures the review decided, each with its owner, the quarter of the
 * plan year it is due and its status, in keep → change → add order, with the share done.
 */
export function PlanItems({ measures, year }: { measures: Measure[]; year: number }) {
  const text = usePlanYearText().items;
  const actions = useActions();
  // Private cards stay out of the plan until they are revealed.
  const { items, done } = useMemo(() => planItemsOf(measures), [measures]);
  const quarterOptions = QUARTERS.map((value) => ({ value, label: value ? `${year}-Q${value}` : text.noQuarter }));
  const statusOptions = PLAN_ITEM_STATUSES.map((value) => ({ value, label: text.statuses[value] }));
  const columns = [
    { className: 'col-metric', label: text.measure },
    { className: 'col-unit', label: text.column },
    { className: 'col-direction', label: text.owner },
    { className: 'col-period', label: text.due },
    { className: 'col-direction', label: text.status },
  ];
  const progress = items.length > 0 && (
    <p className="plan-progress" data-testid="plan-items-progress">
      <progress max={items.length} value={done} aria-hidden="true" /> {text.progress(done, items.length)}
    </p>
  );
  return (
    <PlanTablePart
      id="items"
      title={text.title}
      intro={text.intro}
      actions={progress}
      empty={text.empty}
      rows={items.length}
      cols={GRID.length}
      columns={columns}
    >
      {items.map((item, row) => {
        const name = item.text || text.untitled;
        return (
          <tr
            key={item.id}
            data-testid="plan-item"
            data-measure-id={item.id}
            data-status={item.status ?? 'not-started'}
          >
            <th scope="row" className="plan-item-text">
              {name}
            </th>
            <td data-label={text.column}>
              <span className={`measure-column-tag column-${item.column}`}>{text.columns[item.column]}</span>
            </td>
            <td data-label={text.owner}>
              <EditableCell
                row={row}
                col={GRID.indexOf('owner')}
                testId="plan-item-owner"
                label={`${text.owner}: ${name}`}
                display={item.owner}
                edit={item.owner}
                placeholder={text.ownerPlaceholder}
                maxLength={200}
                onCommit={(typed) => {
                  if (typed.trim() !== item.owner) actions.updateMeasure(item.id, { owner: typed.trim() });
                  return null;
                }}
              />
            </td>
            <td data-label={text.due}>
              <SelectCell<Quarter>
                row={row}
                col={GRID.indexOf('due')}
                value={quarterOf(item.due)}
                options={quarterOptions}
                label={`${text.due}: ${name}`}
                onChange={(quarter) => actions.setPlanItem(item.id, { dueQuarter: quarter ? Number(quarter) : null })}
              />
            </td>
            <td data-label={text.status}>
              <SelectCell<PlanItemStatus>
                row={row}
                col={GRID.indexOf('status')}
                value={item.status ?? 'not-started'}
                options={statusOptions}
                label={`${text.status}: ${name}`}
                onChange={(status) => actions.setPlanItem(item.id, { status })}
              />
            </td>
          </tr>
        );
      })}
    </PlanTablePart>
  );
}
