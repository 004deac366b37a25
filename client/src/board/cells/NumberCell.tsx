import type { Unit } from '@balanza/model';
import { parseNumber } from '../../i18n/parseNumber.ts';
import { useNumbers } from '../BoardContext.tsx';
import { EditableCell } from './EditableCell.tsx';
import { useFigureTexts } from './texts.ts';

/** A unit of the board, or a multiple such as a ROAS (shown "3.2×"; typed with or without the ×). */
export type CellUnit = Unit | 'multiple';

interface NumberCellProps {
  row: number;
  col: number;
  value: number | null;
  unit: CellUnit;
  label: string;
  testId: string;
  flag?: string | undefined;
  /** Stores a parsed number (null clears the cell). Called only when the value changed or was flagged. */
  onChange: (value: number | null) => void;
  /**
   * The number the unsaved text reads as while typing (null: emptied), parsed as a commit would; undefined
   * when nothing is unsaved or the text is not a number.
   */
  onDraft?: ((value: number | null | undefined) => void) | undefined;
  /** What a blank cell stands for (a suggestion, a derived month): shown muted, and editing starts from it. */
  suggested?: number | null | undefined;
  /** The range a value must fall in (e.g. a budget ≥ 0); outside it the cell says so and stores nothing. */
  min?: number | undefined;
  max?: number | undefined;
  /** Why a typed number is refused (worded for the user), or null when it may be stored. */
  check?: ((value: number) => string | null) | undefined;
  /** What an empty cell says to those who may type in it (default "—"). */
  placeholder?: string | undefined;
}

const MULTIPLE_SIGNS = ['×', 'x', 'X'];

/**
 * A number typed in the board's locale: shown formatted, edited plain, stored on Enter/Tab/blur.
 * Text that is not a number shows an inline error and stores nothing ([NUMBERS-1]).
 */
export function NumberCell(props: NumberCellProps) {
  const numbers = useNumbers();
  const { row, col, value, unit, label, testId, flag, onChange, onDraft, suggested, min, max, check } = props;
  const shown = value ?? suggested ?? null;
  const text = useFigureTexts();
  const format = (figure: number) => (unit === 'multiple' ? numbers.multiple(figure) : numbers.value(unit, figure));
  const signs = unit === 'money' ? numbers.currencyTokens : unit === 'multiple' ? MULTIPLE_SIGNS : [];
  const parse = (typed: string) => parseNumber(typed, numbers.decimalSeparator, signs);
  return (
    <EditableCell
      row={row}
      col={col}
      testId={testId}
      label={label}
      numeric
      placeholder={props.placeholder ?? '—'}
      display={shown === null ? '' : format(shown)}
      shorter={shown === null || unit === 'multiple' || unit === 'percent' ? undefined : [numbers.compact(unit, shown)]}
      edit={shown === null ? '' : numbers.editable(shown)}
      derived={value === null && shown !== null}
      flag={flag}
      onDraft={
        onDraft &&
        ((typed) => {
          const parsed = typed === null ? null : parse(typed);
          onDraft(parsed?.ok ? parsed.value : undefined);
        })
      }
      onCommit={(typed) => {
        const parsed = parse(typed);
        if (!parsed.ok) return text.notANumber(typed.trim(), `1234${numbers.decimalSeparator}5`);
        if (parsed.value !== null && min !== undefined && parsed.value < min)
          return text.outOfRange('min', format(min));
        if (parsed.value !== null && max !== undefined && parsed.value > max)
          return text.outOfRange('max', format(max));
        const refused = parsed.value === null ? null : check?.(parsed.value);
        if (refused) return refused;
        if (parsed.value !== value || flag) onChange(parsed.value);
        return null;
      }}
    />
  );
}
