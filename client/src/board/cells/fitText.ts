import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * Whether a figure fits its box, so a box too narrow shows the figure's short form (`¥12.0M`) instead of
 * cutting it (`¥12,000,0…`). Texts are measured with a canvas in the element's own font — no extra
 * layout — and every watched element shares one ResizeObserver, so a table of figures stays cheap.
 */
let context: CanvasRenderingContext2D | null | undefined;

/** The element's font as a canvas takes it; from the longhands (`font` reads "" with tabular figures). */
export function fontOf(element: Element, size?: string): string {
  const style = getComputedStyle(element);
  return `${style.fontStyle} ${style.fontWeight} ${size ?? style.fontSize} ${style.fontFamily}`;
}

/** The width of `text` drawn in `font` (a CSS font), px. */
export function measureText(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  context.font = font;
  return context.measureText(text).width;
}

const measure = (text: string, element: Element): number => measureText(text, fontOf(element));

/** The width text may take in the element: its inner width less its padding. */
const roomOf = (element: HTMLElement): number => {
  const style = getComputedStyle(element);
  return element.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
};

const checks = new Map<Element, () => void>();
let observer: ResizeObserver | undefined;
function watch(element: Element, check: () => void): () => void {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) checks.get(entry.target)?.();
  });
  checks.set(element, check);
  observer.observe(element);
  return () => {
    checks.delete(element);
    observer?.unobserve(element);
  };
}

/**
 * The index of the first of `texts` (longest first) that fits in the element, re-judged when the
 * element is resized; the last when none does. A box with no width yet (not laid out) takes the first.
 *
 * @example
 * const shown = texts[useFirstFit(cell, [numbers.value('money', v), numbers.compact('money', v)])];
 */
export function useFirstFit(ref: RefObject<HTMLElement | null>, texts: string[]): number {
  const [index, setIndex] = useState(0);
  const key = texts.join('\u0000');
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || texts.length < 2) {
      setIndex(0);
      return;
    }
    const check = () => {
      const room = roomOf(element);
      if (element.clientWidth === 0) return setIndex(0);
      // One pixel to spare: the canvas rounds differently from the layout.
      const fit = texts.findIndex((text) => measure(text, element) + 1 <= room);
      setIndex(fit === -1 ? texts.length - 1 : fit);
    };
    check();
    return watch(element, check);
  }, [ref, key]);
  return Math.min(index, texts.length - 1);
}
