import type { Figure } from '@balanza/metrics';
import { useRef } from 'react';
import { useFittedFigure } from './FittedText.tsx';
import { formulaIn, useFigureTexts } from './texts.ts';

/** A dash that says why (to screen readers too) without putting the reason in the cell's text. */
export const NotComputableMark = ({ reason }: { reason: string }) => (
  <span className="muted" role="img" aria-label={reason}>
    —
  </span>
);

interface FigureCellProps {
  figure: Figure;
  name: string;
  format: (value: number) => string;
  /** A shorter form (`¥12.0M`) for a cell too narrow for `format`'s: the figure is never cut. */
  short?: ((value: number) => string) | undefined;
  testId?: string;
  /** Colour the value as good or bad (with a sign, never colour alone). */
  tone?: 'good' | 'bad' | '';
}

/** A read-only figure: the value (or a dash with the reason), its formula one hover away. */
export function FigureCell({ figure, name, format, short, testId, tone = '' }: FigureCellProps) {
  const text = useFigureTexts();
  const cell = useRef<HTMLTableCellElement>(null);
  const shown = useFittedFigure(cell, figure.ok ? figure.value : null, format, short);
  const formula = `${name} = ${formulaIn(text, figure.formula)}`;
  const title = figure.ok ? `${formula} = ${format(figure.value)}` : `${formula}\n${text.reasons[figure.reason]}`;
  return (
    <td
      ref={cell}
      className={`figure numeric${tone ? ` tone-${tone}` : ''}`}
      data-testid={testId}
      data-label={name}
      title={title}
    >
      {figure.ok ? shown : <NotComputableMark reason={text.reasons[figure.reason]} />}
    </td>
  );
}
