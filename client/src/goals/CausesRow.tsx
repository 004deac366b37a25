import type { Goal } from '@balanza/model';
import { type ReactNode, useState } from 'react';
import { useAbilities } from '../share/useRole.ts';
import type { BoardActions } from '../sync/actions.ts';
import { useGoalTexts } from './texts.ts';

/** The two causes of a goal and the team's judgement, written under its row; stored on blur, so a keystroke never overwrites a peer. */
export function CausesRow({
  goal,
  columns,
  actions,
  children,
}: {
  goal: Goal;
  columns: number;
  actions: BoardActions;
  children?: ReactNode;
}) {
  const text = useGoalTexts();
  return (
    <tr className="causes-row" data-testid="goal-causes">
      <td colSpan={columns}>
        <div className="causes-grid">
          <CauseField
            label={text.subjective}
            hint={text.subjectiveHint}
            value={goal.subjectiveCause}
            onSave={(value) => actions.updateGoal(goal.id, { subjectiveCause: value })}
          />
          <CauseField
            label={text.objective}
            hint={text.objectiveHint}
            value={goal.objectiveCause}
            onSave={(value) => actions.updateGoal(goal.id, { objectiveCause: value })}
          />
          <CauseField
            label={text.judgement}
            hint={text.judgementHint}
            value={goal.judgement}
            onSave={(value) => actions.updateGoal(goal.id, { judgement: value })}
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
}: {
  label: string;
  hint: string;
  value: string;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
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
