import { useAbilities, useNumbers } from '../../board/BoardContext.tsx';
import { EditableCell } from '../../board/cells/EditableCell.tsx';
import { useFigureTexts } from '../../board/cells/texts.ts';
import { parseNumber } from '../../i18n/parseNumber.ts';

/** How an assumption is typed and shown: a rate as a percent, a ROAS as a multiple, a budget as money. */
export type AssumptionKind = 'growth' | 'conversion' | 'roas' | 'budget';

interface ScenarioCellProps {
  row: number;
  col: number;
  /** The stored value (0.12 for 12 %), null when blank. */
  value: number | null;
  kind: AssumptionKind;
  /** What a blank cell falls back to, e.g. "plan: 12 %" (grey placeholder; plain text for viewers). */
  fallback: string;
  label: string;
  testId: string;
  flag?: string | undefined;
  /** Why a typed value is refused (already in stored units), or null when it is acceptable. */
  check: (value: number) => string | null;
  /** Stores the value in stored units; null clears the assumption. */
  onChange: (value: number | null) => void;
}

const PERCENT: ReadonlySet<AssumptionKind> = new Set(['growth', 'conversion']);

/**
 * One assumption of a scenario as a spreadsheet cell. Like NumberCell, but a blank cell shows what it falls
 * back to, and a value the model would refuse (a negative budget) is refused at the field with a message
 * ([PLAN-9]), never stored or dropped silently.
 */
export function ScenarioCell({
  row,
  col,
  value,
  kind,
  fallback,
  label,
  testId,
  flag,
  check,
  onChange,
}: ScenarioCellProps) {
  const numbers = useNumbers();
  const figures = useFigureTexts();
  const { canEdit } = useAbilities();
  const percent = PERCENT.has(kind);
  // Rates are typed as percents: 12 means 12 %.
  const shown = value === null ? null : percent ? value * 100 : value;
  const display =
    shown === null
      ? ''
      : kind === 'roas'
        ? `${numbers.value('count', shown)}×`
        : numbers.value(kind === 'budget' ? 'money' : 'percent', shown);
  // A viewer gets no placeholder (EditableCell hides it), so the fallback is plain text for them.
  if (!canEdit && value === null) return <span className="muted scenario-fallback">{fallback}</span>;
  const strip = kind === 'budget' ? numbers.currencyTokens : kind === 'roas' ? ['×', 'x', 'X'] : [];
  return (
    <EditableCell
      row={row}
      col={col}
      testId={testId}
      label={label}
      numeric
      placeholder={fallback}
      display={display}
      edit={shown === null ? '' : numbers.editable(shown)}
      flag={flag}
      onCommit={(typed) => {
        const parsed = parseNumber(typed, numbers.decimalSeparator, strip);
        if (!parsed.ok || (parsed.value !== null && !Number.isFinite(parsed.value)))
          return figures.notANumber(typed.trim(), `12${numbers.decimalSeparator}5`);
        const next = parsed.value === null ? null : percent ? parsed.value / 100 : parsed.value;
        const problem = next === null ? null : check(next);
        if (problem) return problem;
        if (next !== value || flag) onChange(next);
        return null;
      }}
    />
  );
}
