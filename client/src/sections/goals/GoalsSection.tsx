import type { GoalMetrics } from '@balanza/metrics';
import type { Goal } from '@balanza/model';
import { useCallback, useMemo, useState } from 'react';
import { useActions, useSnapshot } from '../../board/BoardContext.tsx';
import { useDeletedWhileEditing } from '../../board/cells/useDeletedWhileEditing.ts';
import { useGoalTexts } from '../../board/figures/goalTexts.ts';
import { ImportButton } from '../../board/import/ImportButton.tsx';
import { ReflectionPanel } from '../../board/notes/ReflectionPanel.tsx';
import { SectionHeader } from '../../board/SectionHeader.tsx';
import { useReviewMetrics } from '../../board/useReviewMetrics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { GoalDetails } from './GoalDetails.tsx';
import { GoalsSummary, type StatusFilter } from './GoalsSummary.tsx';
import { GoalsTable } from './GoalsTable.tsx';
import { ThresholdField } from './ThresholdField.tsx';

const STATUS_ORDER = { missed: 0, unfilled: 1, hit: 2 } as const;

/** Goals and deviations: target against actual for each goal, editable by everyone at once. */
export function GoalsSection() {
  const actions = useActions();
  const snapshot = useSnapshot();
  const { t } = useI18n();
  const toast = useToast();
  const { meta, goals } = snapshot;
  const [focusGoalId, setFocusGoalId] = useState<string | null>(null);
  const clearFocus = useCallback(() => setFocusGoalId(null), []);
  const text = useGoalTexts();
  const metrics = useReviewMetrics(snapshot);
  const figures = useMemo(
    () => new Map<string, GoalMetrics>(metrics.goals.items.map((item) => [item.id, item])),
    [metrics.goals.items],
  );
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [missedFirst, setMissedFirst] = useState(false);
  const shownGoals = useMemo(() => {
    const status = (goal: Goal) => figures.get(goal.id)?.status ?? 'unfilled';
    const kept = filter === 'all' ? goals : goals.filter((goal) => status(goal) === filter);
    return missedFirst ? [...kept].sort((a, b) => STATUS_ORDER[status(a)] - STATUS_ORDER[status(b)]) : kept;
  }, [goals, figures, filter, missedFirst]);

  const addGoal = () => {
    const id = actions.addGoal({ kind: 'custom', label: '', unit: 'count', direction: 'higher' });
    if (id) setFocusGoalId(id);
  };

  // A goal a colleague deletes while this person types in it is offered back with what they typed ([LOST-1]).
  const work = useDeletedWhileEditing(goals, (goal) => {
    const { id, flags: _flags, ...fields } = goal;
    toast({
      message: text.deletedWhileEditing(goal.label || t.goals.untitled),
      duration: 30_000,
      action: { label: text.restore, run: () => actions.addGoal(fields, { id }) },
    });
  });

  const removeGoal = (goal: Goal) => {
    work.deletedByMe(goal.id);
    actions.removeGoal(goal.id);
    const { id, flags: _flags, ...fields } = goal;
    // Undo puts the same goal back (same id and place), as it was when deleted.
    toast({
      message: t.goals.removed(goal.label || t.goals.untitled),
      action: { label: t.goals.undo, run: () => actions.addGoal(fields, { id }) },
    });
  };

  return (
    <section className="goals-section" aria-labelledby="section-heading">
      <SectionHeader title={t.goals.title} intro={t.goals.intro(meta.reviewedYear)}>
        <div className="section-actions">
          <ImportButton target="goals" />
          <button type="button" className="button button-primary edit-only" data-testid="add-goal" onClick={addGoal}>
            <PlusIcon />
            <span>{t.goals.add}</span>
          </button>
        </div>
      </SectionHeader>
      {goals.length > 0 && (
        <div className="goals-toolbar">
          <GoalsSummary summary={metrics.goals.summary} filter={filter} onFilter={setFilter} />
          <label className="toggle">
            <input type="checkbox" checked={missedFirst} onChange={(event) => setMissedFirst(event.target.checked)} />
            <span>{text.sortByStatus}</span>
          </label>
          <ThresholdField
            value={meta.highlightThreshold}
            onChange={(highlightThreshold) => actions.updateMeta({ highlightThreshold })}
          />
        </div>
      )}
      {goals.length === 0 ? (
        <div className="empty-state">
          <p>{t.goals.empty}</p>
        </div>
      ) : shownGoals.length === 0 ? (
        <div className="empty-state">
          <p>{text.noneShown}</p>
        </div>
      ) : (
        <GoalsTable
          goals={shownGoals}
          boardOrder={goals}
          figures={figures}
          onRemove={removeGoal}
          work={work}
          focusGoalId={focusGoalId}
          onFocused={clearFocus}
          details={(goal) => <GoalDetails goal={goal} />}
        />
      )}
      <p className="keys-hint muted">{t.goals.keys}</p>
      <ReflectionPanel section="goals" />
    </section>
  );
}
