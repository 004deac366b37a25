import { useId, useState } from 'react';
import { useAbilities, useNumbers } from '../../board/BoardContext.tsx';
import { useGoalTexts } from '../../board/figures/goalTexts.ts';
import { parseNumber } from '../../i18n/parseNumber.ts';

/** The board's highlight threshold as a percentage; stored on Enter or blur, for everyone. */
export function ThresholdField({ value, onChange }: { value: number; onChange: (threshold: number) => void }) {
  const numbers = useNumbers();
  const text = useGoalTexts();
  const { canEdit } = useAbilities();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const shown = numbers.editable(Math.round(value * 1000) / 10);
  const commit = () => {
    if (draft === null) return;
    const parsed = parseNumber(draft, numbers.decimalSeparator);
    if (!parsed.ok || parsed.value === null || parsed.value < 0 || parsed.value > 1000) {
      setError(true);
      return;
    }
    if (parsed.value / 100 !== value) onChange(parsed.value / 100);
    setDraft(null);
    setError(false);
  };
  return (
    <div className={`threshold-field${error ? ' cell-error' : ''}`} title={text.thresholdHelp}>
      <label htmlFor={id}>{text.threshold}</label>
      <input
        id={id}
        data-testid="highlight-threshold"
        className="cell-input numeric"
        inputMode="decimal"
        readOnly={!canEdit}
        value={draft ?? shown}
        aria-invalid={error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(false);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') {
            setDraft(null);
            setError(false);
          }
        }}
      />
      <span aria-hidden="true">%</span>
      {error && (
        <span id={`${id}-error`} className="cell-error-message" role="alert">
          {text.thresholdInvalid}
        </span>
      )}
    </div>
  );
}
