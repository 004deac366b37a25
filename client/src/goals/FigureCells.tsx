import { type Figure, FORMULAS, type GoalFigures } from '@balanza/metrics';
import type { Goal } from '@balanza/model';
import type { Dictionary } from '../i18n/en.ts';
import { useI18n } from '../i18n/index.tsx';
import type { NumberFormats } from '../i18n/numbers.ts';
import { CheckIcon, CrossIcon, DashIcon } from '../ui/icons.tsx';

type FormulaKey = keyof typeof FORMULAS;
/** The formula a figure was computed with, in the user's language (metrics labels them in English). */
function formulaText(t: Dictionary, figure: Figure): string {
  const key = (Object.keys(FORMULAS) as FormulaKey[]).find((name) => FORMULAS[name] === figure.formula);
  return key ? t.goals.formulas[key] : figure.formula;
}

/** A dash that says why (to screen readers too) without putting the reason in the cell's text. */
const NotComputable = ({ reason }: { reason: string }) => (
  <span className="muted" role="img" aria-label={reason}>
    —
  </span>
);

export function AttainmentCell({
  goal,
  figures,
  numbers,
}: {
  goal: Goal;
  figures: GoalFigures;
  numbers: NumberFormats;
}) {
  const { t } = useI18n();
  const figure = figures.attainment;
  const name = t.goals.columns.attainment;
  let title = t.goals.figure(name, formulaText(t, figure));
  if (figure.ok && goal.target !== null && goal.actual !== null) {
    const [top, bottom] = goal.direction === 'lower' ? [goal.target, goal.actual] : [goal.actual, goal.target];
    title += ` = ${numbers.value(goal.unit, top)} ÷ ${numbers.value(goal.unit, bottom)} = ${numbers.ratio(figure.value)}`;
  } else if (!figure.ok) title += `\n${t.goals.reasons[figure.reason]}`;
  return (
    <td className="figure numeric" data-testid="goal-attainment" data-label={name} title={title}>
      {figure.ok ? numbers.ratio(figure.value) : <NotComputable reason={t.goals.reasons[figure.reason]} />}
    </td>
  );
}

export function DeviationCell({
  goal,
  figures,
  numbers,
}: {
  goal: Goal;
  figures: GoalFigures;
  numbers: NumberFormats;
}) {
  const { t } = useI18n();
  const { deviation, deviationPercent } = figures;
  const name = t.goals.columns.deviation;
  const lines = [t.goals.figure(name, formulaText(t, deviation))];
  if (deviation.ok && goal.target !== null && goal.actual !== null) {
    const [actual, target] = [numbers.value(goal.unit, goal.actual), numbers.value(goal.unit, goal.target)];
    lines[0] += ` = ${actual} − ${target} = ${numbers.difference(goal.unit, deviation.value, t.goals.points)}`;
  }
  lines.push(t.goals.figure(`${name} %`, formulaText(t, deviationPercent)));
  if (deviationPercent.ok) lines[1] += ` = ${numbers.signedRatio(deviationPercent.value)}`;
  if (!deviation.ok) lines.push(t.goals.reasons[deviation.reason]);
  else if (!deviationPercent.ok) lines.push(`${name} %: ${t.goals.reasons[deviationPercent.reason]}`);
  // Above target is good for "higher is better" goals and bad for "lower is better" ones.
  const better = deviation.ok && deviation.value !== 0 && deviation.value > 0 === (goal.direction === 'higher');
  const tone = !deviation.ok || deviation.value === 0 ? '' : better ? 'tone-good' : 'tone-bad';
  return (
    <td className={`figure numeric ${tone}`} data-testid="goal-deviation" data-label={name} title={lines.join('\n')}>
      {deviation.ok ? (
        <span className="figure-pair">
          <span>{numbers.difference(goal.unit, deviation.value, t.goals.points)}</span>
          {deviationPercent.ok && (
            <span className="figure-secondary">{numbers.signedRatio(deviationPercent.value)}</span>
          )}
        </span>
      ) : (
        <NotComputable reason={t.goals.reasons[deviation.reason]} />
      )}
    </td>
  );
}

const STATUS_ICONS = { hit: CheckIcon, missed: CrossIcon, unfilled: DashIcon } as const;

/** Hit / missed / not filled: an icon and a word, never colour alone. */
export function StatusCell({ figures }: { figures: GoalFigures }) {
  const { t } = useI18n();
  const Icon = STATUS_ICONS[figures.status];
  return (
    <td
      className="status-cell"
      data-testid="goal-status"
      data-status={figures.status}
      data-label={t.goals.columns.status}
    >
      <span className={`status status-${figures.status}`}>
        <Icon />
        <span>{t.goals.status[figures.status]}</span>
      </span>
    </td>
  );
}
