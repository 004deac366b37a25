import { campaignPlanFigures, type Figure, plannedCampaignRoas } from '@balanza/metrics';
import type { TimelineEvent } from '@balanza/model';
import { useMemo } from 'react';
import { useActions, useNumbers } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { NumberCell } from '../../board/cells/NumberCell.tsx';
import { VERDICT_WORDS } from '../../board/figures/verdictWords.ts';
import { useI18n } from '../../i18n/index.tsx';
import { VerdictIcon } from '../../ui/VerdictIcon.tsx';
import { usePlanYearText } from './budget-texts.ts';
import { byDate, PlanTablePart } from './PlanPart.tsx';

const GRID = ['budget', 'plannedGmv'] as const;

/** Totals of the campaigns, from the plan's metrics. */
export interface CampaignTotals {
  plannedGmv: Figure;
  budget: Figure;
  lastYearGmv: Figure;
  lastYearRoas: Figure;
}

/**
 * The campaign calendar of the plan year ([PLAN-7], [PLAN-12]): each event at its rolled-forward dates, last
 * year's GMV, spend, ROAS and verdict beside its budget (blank: last year's spend, muted) and planned GMV.
 */
export function PlanCampaigns({
  events,
  totals,
  locale,
}: {
  events: TimelineEvent[];
  totals: CampaignTotals;
  locale: string;
}) {
  const text = usePlanYearText().campaigns;
  const numbers = useNumbers();
  const sorted = useMemo(() => [...events].sort(byDate), [events]);
  const dates = useMemo(
    () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
    [locale],
  );
  const money = (value: number) => numbers.value('money', value);
  const shortMoney = (value: number) => numbers.compact('money', value);
  const columns = [
    { className: 'col-metric', label: text.campaign },
    { className: 'col-period', label: text.dates },
    { className: 'col-number', label: text.lastYearGmv, numeric: true },
    { className: 'col-number', label: text.lastYearSpend, numeric: true },
    { className: 'col-figure', label: text.lastYearRoas, numeric: true },
    { className: 'col-direction', label: text.lastYearVerdict },
    { className: 'col-number', label: text.budget, numeric: true },
    { className: 'col-number', label: text.plannedGmv, numeric: true },
    { className: 'col-figure', label: text.plannedRoas, numeric: true },
  ];
  return (
    <PlanTablePart
      id="campaigns"
      title={text.title}
      intro={text.intro}
      empty={text.empty}
      rows={sorted.length}
      cols={GRID.length}
      columns={columns}
      footer={
        <tr>
          <th scope="row" colSpan={2}>
            {text.total} · {text.count(sorted.length)}
          </th>
          <FigureCell figure={totals.lastYearGmv} name={text.lastYearGmv} format={money} short={shortMoney} />
          <td />
          <FigureCell figure={totals.lastYearRoas} name={text.lastYearRoas} format={numbers.multiple} />
          <td />
          <FigureCell
            figure={totals.budget}
            name={text.budget}
            format={money}
            short={shortMoney}
            testId="plan-campaign-budget-total"
          />
          <FigureCell
            figure={totals.plannedGmv}
            name={text.plannedGmv}
            format={money}
            short={shortMoney}
            testId="plan-campaign-gmv-total"
          />
          <FigureCell figure={plannedCampaignRoas(totals)} name={text.plannedRoas} format={numbers.multiple} />
        </tr>
      }
    >
      {sorted.map((event, row) => (
        <CampaignRow
          key={event.id}
          event={event}
          row={row}
          when={dates.formatRange(new Date(event.start), new Date(event.end))}
        />
      ))}
    </PlanTablePart>
  );
}

function CampaignRow({ event, row, when }: { event: TimelineEvent; row: number; when: string }) {
  const text = usePlanYearText().campaigns;
  const actions = useActions();
  const numbers = useNumbers();
  const { language, t } = useI18n();
  const money = (value: number) => numbers.value('money', value);
  const name = event.title || '—';
  const lastGmv = event.lastYearGmv ?? null;
  const lastSpend = event.lastYearSpend ?? null;
  const budget = event.budget ?? null;
  const verdict = event.lastYearVerdict;
  const figures = campaignPlanFigures(event);
  const flagged = (field: string) => (event.flags?.[field] ? t.goals.flagged(event.flags[field]) : undefined);
  return (
    <tr data-testid="plan-campaign" data-event-id={event.id}>
      <th scope="row">{name}</th>
      <td data-label={text.dates}>{when}</td>
      <td className="numeric" data-label={text.lastYearGmv}>
        {lastGmv === null ? '—' : money(lastGmv)}
      </td>
      <td className="numeric" data-label={text.lastYearSpend}>
        {lastSpend === null ? '—' : money(lastSpend)}
      </td>
      <FigureCell figure={figures.lastYearRoas} name={text.lastYearRoas} format={numbers.multiple} />
      <td data-label={text.lastYearVerdict}>
        {verdict && verdict !== 'unjudged' ? (
          <span className={`verdict verdict-${verdict}`}>
            <VerdictIcon verdict={verdict} /> {VERDICT_WORDS[language][verdict]}
          </span>
        ) : (
          '—'
        )}
      </td>
      <td data-label={text.budget}>
        <NumberCell
          row={row}
          col={GRID.indexOf('budget')}
          value={budget}
          suggested={lastSpend}
          unit="money"
          label={`${text.budget}: ${name}`}
          min={0}
          testId="plan-campaign-budget"
          flag={flagged('budget')}
          onChange={(value) => actions.setEventBudget(event.id, value)}
        />
      </td>
      <td data-label={text.plannedGmv}>
        <NumberCell
          row={row}
          col={GRID.indexOf('plannedGmv')}
          value={event.targetGmv}
          unit="money"
          label={`${text.plannedGmv}: ${name}`}
          testId="plan-campaign-gmv"
          flag={flagged('targetGmv')}
          onChange={(value) => actions.updateEvent(event.id, { targetGmv: value })}
        />
      </td>
      <FigureCell figure={figures.plannedRoas} name={text.plannedRoas} format={numbers.multiple} />
    </tr>
  );
}
