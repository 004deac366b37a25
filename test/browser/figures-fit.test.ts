import { SECTIONS } from '@balanza/model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, browserSuite } from '../support/browser-suite.ts';
import { demoBoard, showSection } from '../support/demo-board.ts';

const SIZES = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** A figure whose box is narrower than its text: cut (ellipsis, clipped) or spilling over its neighbour. */
interface CutFigure {
  section: string;
  where: string;
  text: string;
  scrollWidth: number;
  clientWidth: number;
}

/**
 * Every figure on the page — numeric cells and inputs, and anything drawn with tabular figures (how the
 * board draws numbers) — whose text is wider than its box. Inline boxes have no width of their own and
 * are judged by their block parent; hidden ones (screen-reader text) are not on screen.
 */
function cutFigures(page: Page, section: string): Promise<CutFigure[]> {
  return page.evaluate((section) => {
    const cut: CutFigure[] = [];
    // An input scrolls its text inside itself (its scrollWidth does not grow): its text is laid out
    // apart, in the input's font, and compared with the room between its paddings.
    const inputOverflow = (input: HTMLInputElement, style: CSSStyleDeclaration) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
      probe.style.font = style.font;
      probe.style.fontVariantNumeric = style.fontVariantNumeric;
      probe.style.letterSpacing = style.letterSpacing;
      probe.textContent = input.value;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return { scrollWidth: Math.ceil(width), clientWidth: Math.floor(room) };
    };
    const describe = (element: Element) => {
      const testId = element.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
      return `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')} in [${testId}]`;
    };
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (element.tagName === 'TH' || element.closest('th, .visually-hidden, [aria-hidden="true"] svg')) continue;
      const style = getComputedStyle(element);
      const figure =
        element.matches('.numeric, .figure, [data-numeric]') || style.fontVariantNumeric.includes('tabular-nums');
      if (!figure || style.display === 'inline' || style.display === 'none') continue;
      const text = element instanceof HTMLInputElement ? element.value : (element.textContent ?? '');
      if (!/\d/.test(text) || element.getClientRects().length === 0) continue;
      const widths =
        element instanceof HTMLInputElement
          ? inputOverflow(element, style)
          : { scrollWidth: element.scrollWidth, clientWidth: element.clientWidth };
      if (widths.scrollWidth > widths.clientWidth)
        cut.push({ section, where: describe(element), text: text.trim().slice(0, 60), ...widths });
    }
    return cut;
  }, section);
}

describe('figures are never cut (Chromium)', () => {
  const suite = browserSuite();

  for (const [size, viewport] of Object.entries(SIZES)) {
    it(`[A11Y-2] at ${viewport.width} px no figure in any section is cut or overflows its box`, async () => {
      const boardId = await demoBoard(suite);
      const page = await suite.open(ANA, boardId, 'dashboard');
      await page.setViewportSize(viewport);
      const found: CutFigure[] = [];
      for (const section of SECTIONS) {
        await showSection(page, boardId, section);
        await page.locator('#section-heading').waitFor();
        found.push(...(await cutFigures(page, section)));
      }
      expect(found, `cut at ${size} size`).toEqual([]);

      // The sales target shows whole or shortened the finance way, and whole on hover and on focus.
      await showSection(page, boardId, 'goals');
      const target = page.getByTestId('goal-row').first().getByTestId('goal-target');
      expect(await target.inputValue()).toMatch(/^¥12(,000,000|\.0M)$/);
      expect(await target.getAttribute('title')).toBe('¥12,000,000');
      await target.focus();
      expect(await target.inputValue()).toBe('12000000');
    }, 60_000);
  }
});
