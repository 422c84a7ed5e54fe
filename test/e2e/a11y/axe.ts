// The accessibility engine axe-core (4.x) run inside the page. The app's CSP (script-src 'self') stays as it is:
// the library's source goes in through the DevTools protocol (page.evaluate), which a page's CSP does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  rule: string;
  impact: string;
  /** How many elements break the rule. */
  count: number;
  help: string;
  /** The first few elements: selector and axe's summary of what is wrong. */
  nodes: { target: string; summary: string }[];
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}
interface AxeGlobal {
  axe?: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeResult[] }> };
}

/** Every axe-core violation on the page as it is now (all rules axe runs by default, every impact). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as unknown as AxeGlobal).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const g = globalThis as unknown as AxeGlobal & { document: unknown };
    if (!g.axe) throw new Error('axe-core did not load');
    const result = await g.axe.run(g.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      count: v.nodes.length,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300) })),
    }));
  });
}

/** One line per screen, as the table has it: `impact rule (elements)`. */
export function summarise(violations: Violation[]): string {
  return violations.length ? violations.map((v) => `${v.impact} ${v.rule} (${v.count})`).join(', ') : 'none';
}
