import type { Goal } from '@balanza/model';
import { type ReactNode, useState } from 'react';
import { useAbilities, useActions } from '../../board/BoardContext.tsx';
import type { RecordWork } from '../../board/cells/useDeletedWhileEditing.ts';
import { useGoalTexts } from '../../board/figures/goalTexts.ts';

/** The two causes of a goal and the team's judgement, written under its row; stored on blur, so a keystroke never overwrites a peer. */
export function CausesRow({
  goal,
  columns,
  work,
  children,
}: {
  goal: Goal;
  columns: number;
  /** Told what is typed in a cause and not stored yet, so the goal can be restored with it if deleted meanwhile. */
  work?: RecordWork<Goal> | undefined;
  children?: ReactNode;
}) {
  const actions = useActions();
  const text = useGoalTexts();
  const draft = (field: 'subjectiveCause' | 'objectiveCause' | 'judgement') => (value: string | null) =>
    work?.touch(goal.id, { [field]: value ?? undefined });
  return (
    // The goal's id here too: focus in its causes counts as working on the goal (see GoalsTable).
    <tr className="causes-row" data-testid="goal-causes" data-goal-id={goal.id}>
      <td colSpan={columns}>
        <div className="causes-grid">
          <CauseField
            label={text.subjective}
            hint={text.subjectiveHint}
            value={goal.subjectiveCause}
            onSave={(value) => actions.updateGoal(goal.id, { subjectiveCause: value })}
            onDraft={draft('subjectiveCause')}
          />
          <CauseField
            label={text.objective}
            hint={text.objectiveHint}
            value={goal.objectiveCause}
            onSave={(value) => actions.updateGoal(goal.id, { objectiveCause: value })}
            onDraft={draft('objectiveCause')}
          />
          <CauseField
            label={text.judgement}
            hint={text.judgementHint}
            value={goal.judgement}
            onSave={(value) => actions.updateGoal(goal.id, { judgement: value })}
            onDraft={draft('judgement')}
          />
        </div>
        {children}
      </td>
    </tr>
  );
}

function CauseField({
  label,
  hint,
  value,
  onSave,
  onDraft,
}: {
  label: string;
  hint: string;
  value: string;
  onSave: (value: string) => void;
  /** The unsaved text while typing, null once stored or dropped. */
  onDraft: (value: string | null) => void;
}) {
  const [draft, setDraftState] = useState<string | null>(null);
  const setDraft = (next: string | null) => {
    setDraftState(next);
    onDraft(next);
  };
  const { canEdit } = useAbilities();
  return (
    <label className="cause-field">
      <span className="cause-label">{label}</span>
      <textarea
        value={draft ?? value}
        placeholder={hint}
        maxLength={20_000}
        rows={3}
        readOnly={!canEdit}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== value) onSave(draft);
          setDraft(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDraft(null);
        }}
      />
    </label>
  );
}
