import { useNumbers } from '../../board/BoardContext.tsx';
import { FORMULA, type Ranked, type CampaignSummary as Summary } from './campaignFigures.ts';
import { figureText } from './format.ts';
import { useTimelineText } from './texts.ts';

/** Above the timeline: campaigns hit vs missed, best and worst by attainment and ROAS, share of GMV. */
export function CampaignSummary({ summary, onOpen }: { summary: Summary; onOpen(id: string): void }) {
  const numbers = useNumbers();
  const text = useTimelineText();
  const ranked = (label: string, entry: Ranked | null, kind: 'ratio' | 'times') => (
    <div
      className="tl-summary-item"
      title={entry?.figure.formula ?? (kind === 'ratio' ? FORMULA.attainment : FORMULA.roas)}
    >
      <dt>{label}</dt>
      <dd>
        {entry ? (
          <button type="button" className="link-button" onClick={() => onOpen(entry.event.id)}>
            {entry.event.title || text.untitled} · {figureText(entry.figure, kind, numbers, text.figure)}
          </button>
        ) : (
          text.summary.none
        )}
      </dd>
    </div>
  );
  return (
    <section className="tl-summary" aria-label={text.summary.title} data-testid="campaign-summary">
      <dl>
        <div className="tl-summary-item" title={FORMULA.attainment}>
          <dt>{text.summary.title}</dt>
          <dd data-testid="summary-hit-missed">
            {text.summary.hitMissed(summary.hit, summary.missed, summary.unfilled)}
          </dd>
        </div>
        {ranked(text.summary.bestAttainment, summary.bestByAttainment, 'ratio')}
        {ranked(text.summary.worstAttainment, summary.worstByAttainment, 'ratio')}
        {ranked(text.summary.bestRoas, summary.bestByRoas, 'times')}
        {ranked(text.summary.worstRoas, summary.worstByRoas, 'times')}
        <div className="tl-summary-item" title={summary.share.formula}>
          <dt>{text.summary.share}</dt>
          <dd>
            {figureText(summary.share, 'ratio', numbers, text.figure)}{' '}
            <span className="muted">{text.summary.shareBase[summary.yearBase]}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
