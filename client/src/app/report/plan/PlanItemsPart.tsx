import { planItemsOf } from '@balanza/metrics';
import type { Measure } from '@balanza/model';
import { TableHead } from '../../../board/cells/TableParts.tsx';
import { usePlanYearText } from '../../../sections/plan/budget-texts.ts';
import { EmptyNote } from '../ReportParts.tsx';

/**
 * The plan's items ([PLAN-8], [PLAN-18]), as the Plan section lists them: the measures (private cards left out)
 * in keep → change → add order, each with its owner, due quarter and status, and the share done.
 */
export function PlanItemsPart({ measures }: { measures: Measure[] }) {
  const text = usePlanYearText().items;
  const { items, done } = planItemsOf(measures);
  return (
    <div className="report-part" data-testid="report-plan-items">
      <h3>{text.title}</h3>
      {items.length === 0 ? (
        <EmptyNote>{text.empty}</EmptyNote>
      ) : (
        <>
          <p className="muted" data-testid="report-plan-items-progress">
            {text.progress(done, items.length)}
          </p>
          <table className="report-table" data-testid="report-plan-items-table">
            <TableHead
              columns={[
                { className: 'col-metric', label: text.measure },
                { className: 'col-unit', label: text.column },
                { className: 'col-direction', label: text.owner },
                { className: 'col-period', label: text.due },
                { className: 'col-direction', label: text.status },
              ]}
            />
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-testid="report-plan-item" data-status={item.status ?? 'not-started'}>
                  <th scope="row">{item.text || text.untitled}</th>
                  <td data-label={text.column}>{text.columns[item.column]}</td>
                  <td data-label={text.owner}>{item.owner || '—'}</td>
                  <td data-label={text.due}>{item.due || '—'}</td>
                  <td data-label={text.status}>{text.statuses[item.status ?? 'not-started']}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
