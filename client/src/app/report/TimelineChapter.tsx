import type { CampaignsMetrics } from '@balanza/metrics';
import type { Lane, TimelineEvent } from '@balanza/model';
import { useNumbers } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { TableHead } from '../../board/cells/TableParts.tsx';
import { KpiTile } from '../../board/figures/LedgerTotals.tsx';
import { useDateFormats } from '../../sections/timeline/format.ts';
import { useTimelineText } from '../../sections/timeline/texts.ts';
import { VerdictIcon } from '../../ui/VerdictIcon.tsx';
import { EmptyNote, FormulaList, ReportChapter, ValueCell } from './ReportParts.tsx';
import { useReportText } from './texts.ts';

interface TimelineChapterProps {
  lanes: Lane[];
  events: TimelineEvent[];
  metrics: CampaignsMetrics;
  locale: string;
}

/** The year's campaigns and other events, lane by lane in date order: GMV, spend, attainment, ROAS and verdict. */
export function TimelineChapter({ lanes, events, metrics, locale }: TimelineChapterProps) {
  const text = useReportText();
  const timelineText = useTimelineText();
  const numbers = useNumbers();
  const dates = useDateFormats(locale);
  const p = timelineText.panel;
  const f = timelineText.figure;
  const money = (value: number) => numbers.value('money', value);
  const figures = new Map(metrics.items.map((item) => [item.id, item]));
  const { totals } = metrics;
  const byLane = lanes
    .map((lane) => ({
      lane,
      events: events
        .filter((event) => event.laneId === lane.id)
        .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
    }))
    .filter((group) => group.events.length > 0);
  return (
    <ReportChapter chapter="campaigns" title={text.chapters.campaigns}>
      <dl className="kpi-strip">
        <KpiTile name={p.actualGmv} figure={totals.actualGmv} format={money} testId="report-campaigns-gmv" />
        <KpiTile name={p.spend} figure={totals.spend} format={money} testId="report-campaigns-spend" />
        <KpiTile name={f.roas} figure={totals.roas} format={numbers.multiple} testId="report-campaigns-roas" />
        <KpiTile
          name={timelineText.summary.title}
          figure={totals.hitRate}
          format={numbers.ratio}
          testId="report-campaigns-hit-rate"
          note={timelineText.summary.hitMissed(totals.hit, totals.missed, 0)}
        />
      </dl>
      {byLane.length === 0 && <EmptyNote>{text.empty.campaigns}</EmptyNote>}
      {byLane.map(({ lane, events: laneEvents }) => (
        <div key={lane.id} className="report-part">
          <h3>{lane.label}</h3>
          <table className="report-table" data-testid="report-events-table">
            <TableHead
              columns={[
                { className: 'col-metric', label: text.campaign },
                { className: 'col-unit', label: text.dates },
                { className: 'col-number', label: p.targetGmv, numeric: true },
                { className: 'col-number', label: p.actualGmv, numeric: true },
                { className: 'col-number', label: p.spend, numeric: true },
                { className: 'col-figure', label: f.attainment, numeric: true },
                { className: 'col-figure', label: f.roas, numeric: true },
                { className: 'col-status', label: p.verdict },
              ]}
            />
            <tbody>
              {laneEvents.map((event) => {
                const figure = figures.get(event.id);
                const [start, end] = [dates.short(event.start), dates.short(event.end)];
                return (
                  <tr key={event.id} data-testid="report-event">
                    <th scope="row">{event.title || timelineText.untitled}</th>
                    <td data-label={text.dates}>{start === end ? start : `${start} – ${end}`}</td>
                    <ValueCell label={p.targetGmv} value={event.targetGmv} format={money} />
                    <ValueCell label={p.actualGmv} value={event.actualGmv} format={money} />
                    <ValueCell label={p.spend} value={event.spend} format={money} />
                    {figure && <FigureCell figure={figure.gmvAttainment} name={f.attainment} format={numbers.ratio} />}
                    {figure && <FigureCell figure={figure.roas} name={f.roas} format={numbers.multiple} />}
                    <td data-label={p.verdict} className={`report-verdict verdict-${event.verdict}`}>
                      <VerdictIcon verdict={event.verdict} /> {timelineText.verdict[event.verdict]}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
      <FormulaList
        figures={[
          ...metrics.items.flatMap((item) => [
            [f.attainment, item.gmvAttainment] as const,
            [f.roas, item.roas] as const,
          ]),
          [timelineText.summary.title, totals.hitRate],
        ]}
      />
    </ReportChapter>
  );
}
