import { campaignPlanFigures, type PlanMetrics, plannedCampaignRoas } from '@balanza/metrics';
import type { TimelineEvent } from '@balanza/model';
import { useMemo } from 'react';
import { useNumbers } from '../../../board/BoardContext.tsx';
import { FigureCell } from '../../../board/cells/FigureCell.tsx';
import { TableHead } from '../../../board/cells/TableParts.tsx';
import { VERDICT_WORDS } from '../../../board/figures/verdictWords.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { usePlanYearText } from '../../../sections/plan/budget-texts.ts';
import { byDate } from '../../../sections/plan/PlanPart.tsx';
import { VerdictIcon } from '../../../ui/VerdictIcon.tsx';
import { EmptyNote, FormulaList, ValueCell } from '../ReportParts.tsx';

/**
 * The campaign calendar rolled forward ([PLAN-7], [PLAN-12]), as the Plan section shows it: each campaign at its
 * dates with last year's GMV, spend, ROAS and verdict beside its budget, planned GMV and ROAS; the totals below.
 */
export function PlanCampaignsPart({
  events,
  totals,
  locale,
}: {
  events: TimelineEvent[];
  totals: PlanMetrics['campaigns'];
  locale: string;
}) {
  const text = usePlanYearText().campaigns;
  const numbers = useNumbers();
  const { language } = useI18n();
  const money = (value: number) => numbers.value('money', value);
  const dates = useMemo(
    () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
    [locale],
  );
  const rows = [...events].sort(byDate).map((event) => ({ event, figures: campaignPlanFigures(event) }));
  const totalRoas = plannedCampaignRoas(totals);
  return (
    <div className="report-part" data-testid="report-plan-campaigns">
      <h3>{text.title}</h3>
      {rows.length === 0 ? (
        <EmptyNote>{text.empty}</EmptyNote>
      ) : (
        <table className="report-table" data-testid="report-plan-campaigns-table">
          <TableHead
            columns={[
              { className: 'col-metric', label: text.campaign },
              { className: 'col-period', label: text.dates },
              { className: 'col-number', label: text.lastYearGmv, numeric: true },
              { className: 'col-number', label: text.lastYearSpend, numeric: true },
              { className: 'col-figure', label: text.lastYearRoas, numeric: true },
              { className: 'col-direction', label: text.lastYearVerdict },
              { className: 'col-number', label: text.budget, numeric: true },
              { className: 'col-number', label: text.plannedGmv, numeric: true },
              { className: 'col-figure', label: text.plannedRoas, numeric: true },
            ]}
          />
          <tbody>
            {rows.map(({ event, figures }) => {
              const verdict = event.lastYearVerdict;
              return (
                <tr key={event.id} data-testid="report-plan-campaign">
                  <th scope="row">{event.title || '—'}</th>
                  <td data-label={text.dates}>{dates.formatRange(new Date(event.start), new Date(event.end))}</td>
                  <ValueCell label={text.lastYearGmv} value={event.lastYearGmv ?? null} format={money} />
                  <ValueCell label={text.lastYearSpend} value={event.lastYearSpend ?? null} format={money} />
                  <FigureCell figure={figures.lastYearRoas} name={text.lastYearRoas} format={numbers.multiple} />
                  <td data-label={text.lastYearVerdict}>
                    {verdict && verdict !== 'unjudged' ? (
                      <span className={`verdict verdict-${verdict} report-verdict`}>
                        <VerdictIcon verdict={verdict} /> {VERDICT_WORDS[language][verdict]}
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <ValueCell label={text.budget} value={figures.budget} format={money} />
                  <ValueCell label={text.plannedGmv} value={event.targetGmv} format={money} />
                  <FigureCell
                    figure={figures.plannedRoas}
                    name={text.plannedRoas}
                    format={numbers.multiple}
                    testId="report-plan-campaign-roas"
                  />
                </tr>
              );
            })}
          </tbody>
          <tbody className="report-total">
            <tr>
              <th scope="row" colSpan={2}>
                {text.total} · {text.count(rows.length)}
              </th>
              <FigureCell figure={totals.lastYearGmv} name={text.lastYearGmv} format={money} />
              <td />
              <FigureCell figure={totals.lastYearRoas} name={text.lastYearRoas} format={numbers.multiple} />
              <td />
              <FigureCell figure={totals.budget} name={text.budget} format={money} />
              <FigureCell figure={totals.plannedGmv} name={text.plannedGmv} format={money} />
              <FigureCell figure={totalRoas} name={text.plannedRoas} format={numbers.multiple} />
            </tr>
          </tbody>
        </table>
      )}
      <FormulaList
        figures={[
          [text.budget, totals.budget] as const,
          [text.plannedGmv, totals.plannedGmv] as const,
          [text.lastYearRoas, totals.lastYearRoas] as const,
          [text.plannedRoas, totalRoas] as const,
        ]}
      />
    </div>
  );
}
