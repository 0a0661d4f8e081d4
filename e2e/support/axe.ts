import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe with the WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules on the page as it is now and fails with every
 * violation spelled out. Next streams a page's <title> in after its content on a client navigation: it is awaited
 * first (a page without one still fails, here or in axe).
 */
export async function expectNoAxeViolations(page: Page, what: string = page.url()) {
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const report = violations
    .map((v) =>
      [
        `${v.id} (${v.impact ?? 'no impact given'}): ${v.help}`,
        `  ${v.helpUrl}`,
        ...v.nodes.map((n) => `  - ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`),
      ].join('\n'),
    )
    .join('\n\n');
  expect(violations.length, `axe found ${violations.length} violation(s) on ${what}:\n\n${report}`).toBe(0);
}
