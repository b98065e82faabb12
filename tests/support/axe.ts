/**
 * Accessibility checks with axe-core. Every spec calls `expectNoSeriousA11yViolations(page)` after it
 * has asserted a page's real content (so axe sees the rendered page, not an empty SPA shell), and the
 * `a11yAudit` auto fixture in fixtures.ts checks the last page of every test again.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

export const FAILING_IMPACTS = ['serious', 'critical'] as const;

export interface A11yOptions {
  /** Rule ids to skip, each with a reason (kept short-lived: fix the page instead). */
  disableRules?: Record<string, string>;
  /** Only analyse this part of the page (CSS selector). */
  include?: string;
  /** Attach every violation found (minor and moderate too) to the report. */
  testInfo?: TestInfo;
  /**
   * Also fail on text exactly the colour of its background. axe files a 1:1 ratio under "incomplete"
   * (it guesses the text is hidden on purpose), which let white-on-white text in a dialog pass.
   */
  equalColourText?: boolean;
}

/** The colour-contrast nodes axe left "incomplete" because text and background are the same colour. */
function equalColourText(results: AxeResults): Violation[] {
  return results.incomplete
    .filter((v) => v.id === 'color-contrast')
    .map((v) => ({
      ...v,
      impact: 'serious' as const,
      nodes: v.nodes.filter((n) => n.any.some((c) => c.data?.messageKey === 'equalRatio')),
    }))
    .filter((v) => v.nodes.length > 0);
}

/** Pages checked in this worker, so the end-of-test audit does not repeat a check already made. */
const checked = new WeakMap<Page, Set<string>>();
export function wasChecked(page: Page, url: string): boolean {
  return checked.get(page)?.has(url) ?? false;
}

export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
      return `  - [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Fails with a readable list when axe finds any serious or critical violation on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  const disabled = Object.keys(options.disableRules ?? {});
  if (disabled.length) builder = builder.disableRules(disabled);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => (FAILING_IMPACTS as readonly string[]).includes(v.impact ?? ''));
  if (options.equalColourText) serious.push(...equalColourText(results));
  if (options.testInfo && results.violations.length) {
    await options.testInfo.attach(`axe ${page.url()}`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
  }
  let set = checked.get(page);
  if (!set) checked.set(page, (set = new Set()));
  set.add(page.url());
  expect(
    serious.length,
    `${serious.length} serious/critical accessibility violation(s) on ${page.url()}:\n${formatViolations(serious)}\n`,
  ).toBe(0);
}
