import type { GoalStatus, GoalsSummary as Summary } from '@balanza/metrics';
import { useGoalTexts } from '../../board/figures/goalTexts.ts';
import { CheckIcon, CrossIcon, DashIcon } from '../../ui/icons.tsx';

export type StatusFilter = GoalStatus | 'all';
const ICONS = { hit: CheckIcon, missed: CrossIcon, unfilled: DashIcon } as const;

/** Goals hit / missed / not filled; each count is also a filter (pressed = showing only those). */
export function GoalsSummary({
  summary,
  filter,
  onFilter,
}: {
  summary: Summary;
  filter: StatusFilter;
  onFilter: (filter: StatusFilter) => void;
}) {
  const text = useGoalTexts();
  const item = (status: StatusFilter, count: number) => {
    const Icon = status === 'all' ? null : ICONS[status];
    const word = text[status];
    return (
      <button
        key={status}
        type="button"
        className={`summary-chip summary-${status}`}
        data-testid={`goals-summary-${status}`}
        data-count={count}
        aria-pressed={filter === status}
        title={status === 'all' ? undefined : text.showOnly(word)}
        onClick={() => onFilter(filter === status ? 'all' : status)}
      >
        {Icon && <Icon />}
        <span className="summary-count">{count}</span>
        <span>{word}</span>
      </button>
    );
  };
  return (
    <fieldset className="goals-summary">
      <legend className="visually-hidden">{text.summary}</legend>
      {item('all', summary.total)}
      {item('hit', summary.hit)}
      {item('missed', summary.missed)}
      {item('unfilled', summary.unfilled)}
    </fieldset>
  );
}
