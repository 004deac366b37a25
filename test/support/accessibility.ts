import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** One accessibility rule broken on a page: what (rule, impact, summary) and where (selectors). */
export interface Violation {
  rule: string;
  impact: 'serious' | 'critical';
  summary: string;
  targets: string[];
}

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (every rule it enables by default) on the page as it is now and returns the serious and
 * critical violations, each with the selectors of the elements at fault, so a failed
 * `expect(violations).toEqual([])` says what is wrong and where. Minor and moderate findings are left out.
 */
export async function auditAccessibility(page: Page): Promise<Violation[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact as Violation['impact'],
      summary: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
