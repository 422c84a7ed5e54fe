// The monthly report (issue 9) end to end. On the command line: a PDF of the standard sample read back by
// poppler-utils — A4 pages, the headline figures exactly as `cli rollup` prints them, the export's SHA-256, the
// bundled CJK font embedded (and no other), pages that are not blank; a missing browser is one line naming
// --chromium. In Chromium through web mode: one tenant's return entered on its page moves the indicator panel,
// and the report is exported as a PDF from its page.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorsView } from '../../shared/accounting/views';
import { cli } from '../electron/sheets/helpers';
import { openBrowser, startWebApp, type BrowserSession, type WebApp } from './harness';
import { pdfFonts, pdfInfo, pdfText, renderPages } from './pdf';

const ASOF = '2026-06-30';
const WAIT = { timeout: 90_000 };
let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-e2e-report-'));
  db = path.join(dir, 'sample.sqlite');
  const made = await cli(['sample', '--db', db]);
  expect(made.code).toBe(0);
});

describe('cli report', () => {
  it('prints the district report: A4 pages, the roll-up’s headline figures, the export’s SHA-256, the bundled font, ink on every page', async () => {
    const out = path.join(dir, 'report-en.pdf');
    const made = await cli(['report', '--db', db, '--as-of', ASOF, '--out', out, '--lang', 'en', '--json']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const answer = JSON.parse(made.stdout) as { pages: number; sha256: string };

    const info = pdfInfo(out);
    expect(info.pages).toBe(answer.pages);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    expect(info.pageSize).toMatch(/^59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);

    // The headline figures as the command line prints them (whole m², thousands separators).
    const rollup = await cli(['rollup', '--db', db, '--as-of', ASOF]);
    const rollupJson = JSON.parse((await cli(['rollup', '--db', db, '--as-of', ASOF, '--json'])).stdout) as {
      totals: Record<string, number>;
    };
    const text = pdfText(out);
    const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    for (const key of ['providedM2', 'leasedM2', 'reservedM2', 'availableM2', 'outOfServiceM2', 'pipelineM2', 'preLetM2'] as const) {
      const shown = whole.format(Math.round(rollupJson.totals[key] ?? NaN));
      expect(rollup.stdout, key).toContain(shown);
      expect(text, key).toContain(shown);
    }
    for (const title of [
      '1. Plan indicators',
      '2. Industrial space trajectory',
      '3. By zone and park',
      '4. This period',
      '5. Tenant attraction and outlook',
      '6. Expiries and largest vacancies',
      '7. Map at the as-of date',
      '8. Data quality',
      '9. Data stamp',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain(`as of ${ASOF}`);
    expect(text).toMatch(/Page 1\b/);

    // The stamp is the spreadsheet export's at the same date and scope.
    const exported = JSON.parse(
      (await cli(['export', '--db', db, '--as-of', ASOF, '--out', path.join(dir, 'r.xlsx'), '--json'])).stdout,
    ) as { sha256: string; lastChangeSeq: number };
    expect(answer.sha256).toBe(exported.sha256);
    expect(text.replace(/\s+/g, '')).toContain(exported.sha256);

    const fonts = pdfFonts(out);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.name).toMatch(/NotoSansSC/);
      expect(f.embedded).toBe(true);
    }
    const ink = renderPages(out, 'report-en');
    expect(ink).toHaveLength(info.pages);
    for (const share of ink) expect(share).toBeGreaterThan(0.01);
  });

  it('prints in Chinese, and one zone only', async () => {
    const out = path.join(dir, 'report-zh.pdf');
    const made = await cli(['report', '--db', db, '--as-of', ASOF, '--out', out, '--lang', 'zh', '--zone', 'CORE', '--period', 'quarter']);
    expect(made.code).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('一、规划指标完成情况');
    expect(text).toMatch(new RegExp(`截至\\s*${ASOF}`));
    expect(text).toMatch(/本期\s*2026-04-01\s*至\s*2026-06-30/);
    expect(text).toMatch(/第\s*1\s*页/);
    for (const f of pdfFonts(out)) expect(f.embedded && /NotoSansSC/.test(f.name)).toBe(true);
    renderPages(out, 'report-zh-core');
  });

  it('names --chromium when no browser is found, in one line, with exit 2', async () => {
    const made = await cli([
      'report',
      '--db',
      db,
      '--as-of',
      ASOF,
      '--out',
      path.join(dir, 'x.pdf'),
      '--chromium',
      path.join(dir, 'no-such-browser'),
    ]);
    expect(made.code).toBe(2);
    expect(made.stderr.trim().split('\n')).toHaveLength(1);
    expect(made.stderr).toContain('--chromium PATH');
  });
});

describe('the report in the browser', () => {
  let app: WebApp;
  let browser: BrowserSession;
  let page: Page;
  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

  beforeAll(async () => {
    app = await startWebApp({ mode: 'sample' });
    browser = await openBrowser(app);
    page = browser.page;
    await page.goto(app.url);
    await byTestId('app').and(page.locator('[data-ready="true"]')).waitFor(WAIT);
    await byTestId('language-switch').selectOption('en');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const indicatorsNow = async (asOf: string): Promise<IndicatorsView> => {
    const r = await app.api('accounting:indicators', { asOf });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it('one tenant’s return entered on its page moves the indicator panel; the report exports as a PDF', async () => {
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/dashboard';
    });
    await byTestId('plan-indicators').and(page.locator('[data-ready="true"]')).waitFor(WAIT);
    const asOf = (await byTestId('plan-indicators').getAttribute('data-as-of')) ?? '';
    const before = await indicatorsNow(asOf);
    const year = before.reportYear;
    const standards = before.items.find((i) => i.metric === 'standards');
    const shownBefore = Number(await byTestId('ind-standards').getAttribute('data-value'));
    expect(shownBefore).toBe(standards?.value);

    // A tenant expected to report for the year (a lease on 31 December) that has not.
    const leases = await app.api('leases:list', { activeOn: `${year}-12-31`, kind: 'lease', limit: 200 });
    if (!leases.ok) throw new Error(leases.error.message);
    let tenantId = '';
    for (const l of leases.value.rows) {
      const filed = await app.api('returns:list', { tenantId: l.tenantId, year });
      if (filed.ok && filed.value.total === 0) {
        tenantId = l.tenantId;
        break;
      }
    }
    expect(tenantId).not.toBe('');

    await page.evaluate((id) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = `#/inventory/tenants/${id}`;
    }, tenantId);
    await byTestId('add-return').click(WAIT);
    await byTestId('record-form').waitFor(WAIT);
    await byTestId('field-year').fill(String(year));
    await byTestId('field-revenueCny').fill('25000000');
    await byTestId('field-headcount').fill('40');
    await byTestId('field-highTech').check();
    await byTestId('field-inventionPatents').fill('4');
    await byTestId('field-highQualityPatents').fill('3');
    await byTestId('field-standardsDomestic').fill('2');
    await byTestId('field-standardsInternational').fill('1');
    await byTestId('save').click();
    await byTestId('detail').waitFor(WAIT);
    await browser.screenshot('report-return-entered');

    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/dashboard';
    });
    // The panel follows: three more standards, one fewer tenant missing for the year.
    const expectedStandards = (standards?.value ?? 0) + 3;
    await expect.poll(async () => Number(await byTestId('ind-standards').getAttribute('data-value')), WAIT).toBe(expectedStandards);
    await expect
      .poll(async () => Number(await byTestId('ind-standards-missing').getAttribute('data-missing')), WAIT)
      .toBe((standards?.reporting?.missing ?? 0) - 1);
    await browser.screenshot('report-panel-moved');

    await byTestId('open-report').click();
    await byTestId('report').and(page.locator('[data-ready="true"]')).waitFor(WAIT);
    await browser.screenshot('report-page');
    // The attraction section counts the deals in each stage at the date as the board lists them.
    const deals = await app.api('pipeline:deals', { asOf });
    if (!deals.ok) throw new Error(deals.error.message);
    for (const stage of ['contact', 'visit', 'proposal', 'negotiation', 'reserved'] as const) {
      const onBoard = deals.value.rows.filter((d) => d.stage === stage).length;
      const row = page.locator(`[data-testid="report-pipeline"] tr[data-stage="${stage}"]`);
      expect(Number(await row.getAttribute('data-deals')), stage).toBe(onBoard);
    }
    expect(await byTestId('report-attraction').locator('[data-testid="outlook-firms"]').textContent()).toContain('expected');
    const download = page.waitForEvent('download', WAIT);
    await byTestId('report-pdf').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`monthly-report-${asOf}.pdf`);
    const saved = path.join(dir, 'from-browser.pdf');
    await file.saveAs(saved);
    expect(pdfInfo(saved).pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(saved);
    expect(text).toContain('Plan indicators');
    expect(text).toContain(`as of ${asOf}`);
    expect(browser.foreignRequests).toEqual([]);
  });
});
