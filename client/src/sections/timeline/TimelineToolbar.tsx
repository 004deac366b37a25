import { VerdictIcon } from '../../ui/VerdictIcon.tsx';
import type { DateFormats } from './format.ts';
import { useTimelineText } from './texts.ts';
import { pagesOf, type TimeWindow, ZOOMS, type Zoom } from './timeScale.ts';

/** Zoom (year, quarter, month), paging within the year, and the verdict legend. */
export function TimelineToolbar({
  window,
  onZoom,
  onPage,
  dates,
}: {
  window: TimeWindow;
  onZoom(zoom: Zoom): void;
  onPage(page: number): void;
  dates: DateFormats;
}) {
  const text = useTimelineText();
  const pages = pagesOf(window.zoom);
  const label =
    window.zoom === 'year'
      ? String(new Date(window.start * 86_400_000).getUTCFullYear())
      : window.zoom === 'quarter'
        ? `Q${window.page + 1} ${new Date(window.start * 86_400_000).getUTCFullYear()}`
        : dates.monthLong(new Date(window.start * 86_400_000));
  return (
    <div className="tl-toolbar">
      <fieldset className="segmented" aria-label={text.zoomLabel}>
        {ZOOMS.map((zoom) => (
          <button
            key={zoom}
            type="button"
            aria-pressed={window.zoom === zoom}
            onClick={() => onZoom(zoom)}
            data-testid={`zoom-${zoom}`}
          >
            {text.zoom[zoom]}
          </button>
        ))}
      </fieldset>
      {pages > 1 && (
        <div className="tl-pager">
          <button
            type="button"
            className="icon-button"
            aria-label={text.previous}
            disabled={window.page === 0}
            onClick={() => onPage(window.page - 1)}
          >
            ‹
          </button>
          <span className="tl-pager-label" aria-live="polite">
            {label}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label={text.next}
            disabled={window.page === pages - 1}
            onClick={() => onPage(window.page + 1)}
          >
            ›
          </button>
        </div>
      )}
      <ul className="tl-legend" aria-label={text.legend}>
        {(['highlight', 'shortfall', 'neutral', 'unjudged'] as const).map((verdict) => (
          <li key={verdict} className={`verdict-${verdict}`}>
            <VerdictIcon verdict={verdict} /> {text.verdict[verdict]}
          </li>
        ))}
      </ul>
    </div>
  );
}
