import type { ReactNode, RefObject } from 'react';
import { useFirstFit } from './fitText.ts';

/**
 * What a figure's box shows once `useFirstFit` chose one of its forms: the full text, or a shorter
 * form on screen with the full text kept for screen readers (and in the box's title, for the mouse).
 */
export function fittedText(texts: string[], index: number): ReactNode {
  const full = texts[0] ?? '';
  if (index === 0) return full;
  return (
    <>
      <span aria-hidden="true">{texts[index]}</span>
      <span className="visually-hidden">{full}</span>
    </>
  );
}

/**
 * A read-only figure in `box`: `format`'s text, or `short`'s (`¥12.0M`) when the box is too narrow for
 * it — never cut. Null when there is no value (the caller shows why).
 */
export function useFittedFigure(
  box: RefObject<HTMLElement | null>,
  value: number | null,
  format: (value: number) => string,
  short?: ((value: number) => string) | undefined,
): ReactNode {
  const forms = value === null ? [] : [format(value), ...(short ? [short(value)] : [])];
  const fit = useFirstFit(box, forms);
  return value === null ? null : fittedText(forms, fit);
}
