import type { Figure, GoalFigures } from '@balanza/metrics';
import type { Goal } from '@balanza/model';
import { useRef } from 'react';
import { useNumbers } from '../../board/BoardContext.tsx';
import { NotComputableMark as NotComputable } from '../../board/cells/FigureCell.tsx';
import { useFirstFit } from '../../board/cells/fitText.ts';
import { formulaIn, useFigureTexts } from '../../board/cells/texts.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CheckIcon, CrossIcon, DashIcon } from '../../ui/icons.tsx';

/** The formula a figure was computed with, in the user's language (metrics labels them in English). */
const useFormulaText = () => {
  const texts = useFigureTexts();
  return Object.assign((figure: Figure) => formulaIn(texts, figure.formula), texts);
};

export function AttainmentCell({ goal, figures }: { goal: Goal; figures: GoalFigures }) {
  const numbers = useNumbers();
  const { t } = useI18n();
  const formulaText = useFormulaText();
  const figure = figures.attainment;
  const name = t.goals.columns.attainment;
  let title = t.goals.figure(name, formulaText(figure));
  if (figure.ok && goal.target !== null && goal.actual !== null) {
    title += ` = ${numbers.ratio(figure.value)}`;
  } else if (!figure.ok) title += `\n${formulaText.reasons[figure.reason]}`;
  return (
    <td className="figure numeric" data-testid="goal-attainment" data-label={name} title={title}>
      {figure.ok ? numbers.ratio(figure.value) : <NotComputable reason={formulaText.reasons[figure.reason]} />}
    </td>
  );
}

export function DeviationCell({ goal, figures }: { goal: Goal; figures: GoalFigures }) {
  const numbers = useNumbers();
  const { t } = useI18n();
  const formulaText = useFormulaText();
  const { deviation, deviationPercent } = figures;
  const name = t.goals.columns.deviation;
  const lines = [t.goals.figure(name, formulaText(deviation))];
  if (deviation.ok && goal.target !== null && goal.actual !== null) {
    const [actual, target] = [numbers.value(goal.unit, goal.actual), numbers.value(goal.unit, goal.target)];
    lines[0] += ` = ${actual} − ${target} = ${numbers.difference(goal.unit, deviation.value, formulaText.points)}`;
  }
  lines.push(t.goals.figure(`${name} %`, formulaText(deviationPercent)));
  if (deviationPercent.ok) lines[1] += ` = ${numbers.signedRatio(deviationPercent.value)}`;
  if (!deviation.ok) lines.push(formulaText.reasons[deviation.reason]);
  else if (!deviationPercent.ok) lines.push(`${name} %: ${formulaText.reasons[deviationPercent.reason]}`);
  // Above target is good for "higher is better" goals and bad for "lower is better" ones.
  const better = deviation.ok && deviation.value !== 0 && deviation.value > 0 === (goal.direction === 'higher');
  const tone = !deviation.ok || deviation.value === 0 ? '' : better ? 'tone-good' : 'tone-bad';
  // Too narrow for both figures, the percentage goes first, then the amount is shortened (`-¥1.1M`):
  // never cut. What is left out stays in the title and for screen readers.
  const amount = deviation.ok ? numbers.difference(goal.unit, deviation.value, formulaText.points) : '';
  const percent = deviationPercent.ok ? numbers.signedRatio(deviationPercent.value) : '';
  const shortAmount =
    deviation.ok && goal.unit !== 'percent' ? numbers.compact(goal.unit, deviation.value, true) : amount;
  const pairs: [string, string][] = [
    [amount, percent],
    [amount, ''],
    [shortAmount, ''],
  ];
  const cell = useRef<HTMLTableCellElement>(null);
  const [shownAmount, shownPercent] = pairs[
    useFirstFit(
      cell,
      pairs.map((pair) => pair.filter(Boolean).join('  ')),
    )
  ] ?? [amount, percent];
  return (
    <td
      ref={cell}
      className={`figure numeric ${tone}`}
      data-testid="goal-deviation"
      data-label={name}
      title={lines.join('\n')}
    >
      {deviation.ok ? (
        <span className="figure-pair">
          <span aria-hidden={shownAmount !== amount || undefined}>{shownAmount}</span>
          {shownPercent && <span className="figure-secondary">{shownPercent}</span>}
          {(shownAmount !== amount || shownPercent !== percent) && (
            <span className="visually-hidden">{[amount, percent].filter(Boolean).join(' ')}</span>
          )}
        </span>
      ) : (
        <NotComputable reason={formulaText.reasons[deviation.reason]} />
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
