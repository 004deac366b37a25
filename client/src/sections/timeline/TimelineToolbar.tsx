import { VerdictIcon } from '../../ui/VerdictIcon.tsx';
import type { DateFormats } from './format.ts';
import { useTimelineText } from './texts.ts';
import { pagesOf, type TimeWindow, ZOOMS, type Zoom } from './timeScale.ts';
import { TIMELINE_VIEWS, type TimelineView } from './useTimelineView.ts';
import { useTimelineViewText } from './view-texts.ts';

/** The view (bars or agenda); for the bars, zoom (year, quarter, month) and paging; the verdict legend. */
export function TimelineToolbar({
  window,
  onZoom,
  onPage,
  dates,
  view,
  onView,
}: {
  window: TimeWindow;
  onZoom(zoom: Zoom): void;
  onPage(page: number): void;
  dates: DateFormats;
  view: TimelineView;
  onView(view: TimelineView): void;
}) {
  const text = useTimelineText();
  const viewText = useTimelineViewText();
  const pages = pagesOf(window.zoom);
  const label =
    window.zoom === 'year'
      ? String(new Date(window.start * 86_400_000).getUTCFullYear())
      : window.zoom === 'quarter'
        ? `Q${window.page + 1} ${new Date(window.start * 86_400_000).getUTCFullYear()}`
        : dates.monthLong(new Date(window.start * 86_400_000));
  return (
    <div className="tl-toolbar">
      <fieldset className="segmented" aria-label={viewText.label}>
        {TIMELINE_VIEWS.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={view === option}
            onClick={() => onView(option)}
            data-testid={`timeline-view-${option}`}
          >
            {viewText[option]}
          </button>
        ))}
      </fieldset>
      {view === 'gantt' && (
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
      )}
      {view === 'gantt' && pages > 1 && (
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
