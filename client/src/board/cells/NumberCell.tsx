import type { Unit } from '@balanza/model';
import { parseNumber } from '../../i18n/parseNumber.ts';
import { useNumbers } from '../BoardContext.tsx';
import { EditableCell } from './EditableCell.tsx';
import { useFigureTexts } from './texts.ts';

interface NumberCellProps {
  row: number;
  col: number;
  value: number | null;
  unit: Unit;
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
}

/**
 * A number typed in the board's locale: shown formatted, edited plain, stored on Enter/Tab/blur.
 * Text that is not a number shows an inline error and stores nothing ([NUMBERS-1]).
 */
export function NumberCell(props: NumberCellProps) {
  const numbers = useNumbers();
  const { row, col, value, unit, label, testId, flag, onChange, onDraft } = props;
  const text = useFigureTexts();
  const parse = (typed: string) =>
    parseNumber(typed, numbers.decimalSeparator, unit === 'money' ? numbers.currencyTokens : []);
  return (
    <EditableCell
      row={row}
      col={col}
      testId={testId}
      label={label}
      numeric
      placeholder="—"
      display={value === null ? '' : numbers.value(unit, value)}
      edit={value === null ? '' : numbers.editable(value)}
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
        if (parsed.value !== value || flag) onChange(parsed.value);
        return null;
      }}
    />
  );
}
