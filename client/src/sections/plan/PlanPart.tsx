import type { TimelineEvent } from '@balanza/model';
import { type ReactNode, useMemo, useRef } from 'react';
import { createGrid, GridContext } from '../../board/cells/gridNavigation.ts';
import { type TableColumn, TableHead } from '../../board/cells/TableParts.tsx';

/** One part of the plan (targets, months, budgets…): a titled region the in-section links can jump to. */
export function PlanPart({
  id,
  title,
  intro,
  actions,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="plan-part" id={`plan-${id}`} aria-labelledby={`plan-${id}-heading`} data-testid={`plan-${id}`}>
      <header className="subsection-header">
        <div>
          <h2 id={`plan-${id}-heading`}>{title}</h2>
          {intro && <p className="muted">{intro}</p>}
        </div>
        {actions}
      </header>
      {children}
    </section>
  );
}

/**
 * A part of the plan that is one editable table: its heading, the empty state when there are no rows, and the
 * spreadsheet grid (arrow keys between the `cols` editable cells of each of the `rows` rows).
 */
export function PlanTablePart(props: {
  id: string;
  title: string;
  intro: ReactNode;
  actions?: ReactNode;
  empty: string;
  rows: number;
  cols: number;
  columns: readonly TableColumn[];
  footer?: ReactNode;
  children: ReactNode;
}) {
  const { id, title, intro, actions, empty, rows, cols, columns, footer, children } = props;
  const body = useRef<HTMLTableSectionElement>(null);
  const grid = useMemo(() => createGrid(() => body.current, rows, cols), [rows, cols]);
  return (
    <PlanPart id={id} title={title} intro={intro} actions={actions}>
      {rows === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <GridContext.Provider value={grid}>
          <div className="table-scroll">
            <table className={`goals-table plan-${id}-table`} data-testid={`plan-${id}-table`}>
              <TableHead columns={columns} />
              <tbody ref={body}>{children}</tbody>
              {footer && <tfoot>{footer}</tfoot>}
            </table>
          </div>
        </GridContext.Provider>
      )}
    </PlanPart>
  );
}

/** The calendar order of the plan's campaigns: by start date, then title. */
export const byDate = (a: TimelineEvent, b: TimelineEvent): number =>
  a.start.localeCompare(b.start) || a.title.localeCompare(b.title);
