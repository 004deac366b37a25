import { type ReactNode, useState } from 'react';
import { useDeviceChoice } from '../../ui/useDeviceChoice.ts';
import { useRovingFocus } from '../../ui/useRovingFocus.ts';
import '../../styles/charts.css';
import { ChartTable } from './ChartTable.tsx';
import { type ChartData, pointLabel } from './chartData.ts';
import { useDashboardTexts } from './texts.ts';

const VIEWS = ['chart', 'table'] as const;

interface ChartFigureProps<Row extends { id: string; name: string }> {
  /** Names the chart on this device (its "show as table" choice is kept under it). */
  chart: string;
  title: string;
  testId: string;
  caption?: ReactNode;
  data: ChartData<Row>;
  /** False where controls do not belong (the read-only report): the chart only, no "show as table". */
  viewToggle?: boolean | undefined;
  /** Draws the chart from `data.rows`, the row `active` (focused with the keyboard) highlighted. */
  children: (active: string | null) => ReactNode;
}

/**
 * A dashboard chart for everyone: the drawing (hidden from screen readers) with a keyboard path through its
 * points — one Tab stop, arrows move, each point named with its figures ([A11Y-10]) — and a "show as
 * table" toggle remembered on this device, the table read from the same rows ([A11Y-11]).
 */
export function ChartFigure<Row extends { id: string; name: string }>(props: ChartFigureProps<Row>) {
  const { chart, title, testId, caption, data, viewToggle = true } = props;
  const text = useDashboardTexts();
  const [chosen, setView] = useDeviceChoice(`balanza.chart.${chart}`, VIEWS, 'chart');
  const view = viewToggle ? chosen : 'chart';
  const [active, setActive] = useState<string | null>(null);
  const roving = useRovingFocus({ items: '[data-testid="chart-point"]', upDown: true });
  const activeRow = data.rows.find((row) => row.id === active);
  return (
    <figure className={`chart${activeRow ? ' has-point-focus' : ''}`} data-testid={testId} data-view={view}>
      {caption && <figcaption className="muted">{caption}</figcaption>}
      {viewToggle && (
        <div className="chart-tools">
          <button
            type="button"
            className="button button-small chart-view-toggle"
            aria-pressed={view === 'table'}
            onClick={() => setView(view === 'table' ? 'chart' : 'table')}
            data-testid="chart-table-toggle"
          >
            {text.showTable}
          </button>
        </div>
      )}
      {view === 'table' ? (
        <ChartTable title={title} data={data} />
      ) : (
        <>
          <div className="chart-canvas" aria-hidden="true">
            {props.children(activeRow ? activeRow.id : null)}
          </div>
          <ul
            className="chart-points visually-hidden"
            aria-label={text.points(title)}
            onKeyDown={roving.onKeyDown}
            onFocus={roving.onFocus}
          >
            {data.rows.map((row, index) => (
              <li
                key={row.id}
                tabIndex={roving.tabIndex(index, data.rows.length)}
                aria-label={pointLabel(data, row)}
                data-testid="chart-point"
                onFocus={() => setActive(row.id)}
                onBlur={() => setActive(null)}
              >
                {pointLabel(data, row)}
              </li>
            ))}
          </ul>
          {/* Where the keyboard is, for the eyes: the screen reader has the point's own name. */}
          <p className="chart-readout" aria-hidden="true">
            {activeRow ? pointLabel(data, activeRow) : ''}
          </p>
        </>
      )}
    </figure>
  );
}
