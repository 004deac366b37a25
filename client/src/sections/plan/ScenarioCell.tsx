import { useAbilities } from '../../board/BoardContext.tsx';
import { type CellUnit, NumberCell } from '../../board/cells/NumberCell.tsx';

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

const UNITS: Record<AssumptionKind, CellUnit> = {
  growth: 'percent',
  conversion: 'percent',
  roas: 'multiple',
  budget: 'money',
};

/**
 * One assumption of a scenario as a number cell whose blank says what it falls back to. Rates are stored as
 * fractions and typed as percents (12 means 12 %); a value the model would refuse (a negative budget) is
 * refused at the field with a message ([PLAN-9]), never stored or dropped silently.
 */
export function ScenarioCell({ value, kind, fallback, check, onChange, ...cell }: ScenarioCellProps) {
  const { canEdit } = useAbilities();
  // A viewer gets no placeholder (EditableCell hides it), so the fallback is plain text for them.
  if (!canEdit && value === null) return <span className="muted scenario-fallback">{fallback}</span>;
  const scale = UNITS[kind] === 'percent' ? 100 : 1;
  return (
    <NumberCell
      {...cell}
      value={value === null ? null : value * scale}
      unit={UNITS[kind]}
      placeholder={fallback}
      check={(typed) => check(typed / scale)}
      onChange={(typed) => onChange(typed === null ? null : typed / scale)}
    />
  );
}
