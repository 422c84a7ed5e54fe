// The inventory as a new user meets it, in Debian's Chromium through web mode: a fresh sample database →
// a building in the core → two units → a tenant with a valid credit code → a lease; bad input (an invalid
// code, a negative area, an over-lease) shows its message and writes nothing (checked through the API);
// undo restores the previous state; the language switches and is remembered; a restart keeps the data; and
// the page never reaches outside its own origin.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../shared/uscc';
import { loadFresh, openBrowser, startWebApp, type BrowserSession, type WebApp } from './harness';

const WAIT = { timeout: 60_000 };
const BUILDING = { zh: 'E2E 测试大厦', en: 'E2E Test Tower' };
const TENANT = 'E2E 测试金融科技有限公司';
const USCC_17 = '91110102E2E000042';
const USCC = USCC_17 + usccCheckChar(USCC_17);
const WRONG_USCC = USCC_17 + (usccCheckChar(USCC_17) === '0' ? '1' : '0');

let app: WebApp;
let browser: BrowserSession;
const foreign: string[] = [];
let page: Page;

beforeAll(async () => {
  app = await startWebApp({ mode: 'sample' });
  browser = await openBrowser(app);
  page = browser.page;
});

afterAll(async () => {
  foreign.push(...(browser?.foreignRequests ?? []));
  await browser?.close();
  await app?.stop();
});

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

async function fill(field: string, value: string): Promise<void> {
  await byTestId(`field-${field}`).fill(value);
}

/** Type into a reference picker and take the first option whose label contains `text`. */
async function pick(field: string, search: string, text = search): Promise<void> {
  await byTestId(`field-${field}`).click();
  await byTestId(`field-${field}`).fill(search);
  const option = page.locator(`[data-testid="options-${field}"] [data-testid="picker-option"]`, { hasText: text }).first();
  await option.waitFor(WAIT);
  await option.click();
  await expect.poll(() => byTestId(`field-${field}`).getAttribute('data-value'), WAIT).not.toBe('');
}

async function save(): Promise<void> {
  await byTestId('save').click();
}

/** After a successful create: the new record's detail view, with this title. */
async function detailOf(title: string): Promise<string> {
  const detail = page.locator('[data-testid="detail"]', { has: page.locator('[data-testid="detail-title"]', { hasText: title }) });
  await detail.waitFor(WAIT);
  return (await detail.getAttribute('data-id')) ?? '';
}

async function apiTotal(
  channel: 'buildings:list' | 'units:list' | 'tenants:list' | 'leases:list',
  input: Record<string, string>,
): Promise<number> {
  const r = await app.api(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value.total;
}

async function setLanguage(locale: 'zh-CN' | 'en'): Promise<void> {
  await byTestId('language-switch').selectOption(locale);
  await expect.poll(() => page.locator('html').getAttribute('lang'), WAIT).toBe(locale);
}

describe('inventory end to end', () => {
  let buildingId = '';
  let unitId = '';

  it('opens on the sample district, marked as sample', async () => {
    await loadFresh(page, app.url);
    await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
    await setLanguage('zh-CN');
    await byTestId('sample-badge').waitFor(WAIT);
    await byTestId('tab-buildings').click();
    await byTestId('row').first().waitFor(WAIT);
    expect(Number(await byTestId('list-total').getAttribute('data-total'))).toBe(40); // the standard sample's buildings
    await browser.screenshot('inventory-buildings');
  });

  it('virtualises a long list and fetches rows in windows as it scrolls', async () => {
    await byTestId('tab-units').click();
    await expect.poll(async () => Number(await byTestId('list-total').getAttribute('data-total')), WAIT).toBeGreaterThan(1000);
    const total = Number(await byTestId('list-total').getAttribute('data-total'));
    expect(await byTestId('row').count()).toBeLessThan(100);
    const last = await app.api('units:list', { offset: total - 1, limit: 1 });
    if (!last.ok || !last.value.rows[0]) throw new Error('no last unit');
    await byTestId('list-rows').hover();
    await page.mouse.wheel(0, total * 40);
    await page.locator(`[data-testid="row"][data-id="${last.value.rows[0].id}"]`).waitFor(WAIT);
    expect(await byTestId('row').count()).toBeLessThan(100);
    await byTestId('tab-buildings').click();
  });

  it('creates a building in the core', async () => {
    const zones = await app.api('zones:list', { kind: 'core' });
    if (!zones.ok || !zones.value.rows[0]) throw new Error('no core zone in the sample');
    const core = zones.value.rows[0];
    await byTestId('new-record').click();
    await fill('nameZh', BUILDING.zh);
    await fill('nameEn', BUILDING.en);
    await pick('zoneId', core.nameZh);
    await fill('floorsAbove', '12');
    await fill('floorsBelow', '1');
    await fill('deliveryDate', '2024-06-30');
    await save();
    // A new building offers to generate its floors and units; not now.
    await byTestId('generate-units').waitFor(WAIT);
    await byTestId('gen-skip').click();
    buildingId = await detailOf(BUILDING.zh);
    const got = await app.api('buildings:get', { id: buildingId });
    expect(got).toMatchObject({ ok: true, value: { zoneId: core.id, floorsAbove: 12, nameEn: BUILDING.en } });
  });

  it('adds two units; a negative area shows its message and writes nothing', async () => {
    await byTestId('add-unit').click();
    await expect.poll(() => byTestId('field-buildingId').getAttribute('data-value'), WAIT).toBe(buildingId);
    await fill('floor', '3');
    await fill('label', 'E2E-301');
    await fill('areaM2', '200');
    await save();
    unitId = await detailOf('E2E-301');

    await byTestId('crumb-building').click();
    await detailOf(BUILDING.zh);
    await byTestId('add-unit').click();
    await fill('floor', '3');
    await fill('label', 'E2E-302');
    await fill('areaM2', '-5');
    await save();
    await expect.poll(() => byTestId('error-areaM2').textContent(), WAIT).toContain('必须大于 0');
    expect(await byTestId('field-label').inputValue()).toBe('E2E-302'); // what the user typed stays
    expect(await apiTotal('units:list', { buildingId })).toBe(1);
    await browser.screenshot('inventory-unit-negative-area');
    await fill('areaM2', '150');
    await save();
    await detailOf('E2E-302');
    expect(await apiTotal('units:list', { buildingId })).toBe(2);
  });

  it('moves building → floor → unit in one click each', async () => {
    await byTestId('crumb-building').click();
    await detailOf(BUILDING.zh);
    const floor3 = page.locator('[data-testid="floor-row"][data-floor="3"]');
    await floor3.waitFor(WAIT);
    expect(await floor3.textContent()).toContain('2');
    await browser.screenshot('inventory-building-detail');
    await floor3.click();
    await page.locator('[data-testid="floor-detail"][data-floor="3"]').waitFor(WAIT);
    await expect.poll(() => byTestId('related-row').count(), WAIT).toBe(2);
    await page.locator('[data-testid="related-row"]', { hasText: 'E2E-301' }).click();
    expect(await detailOf('E2E-301')).toBe(unitId);
  });

  it('adds a tenant; an invalid credit code shows its message and writes nothing', async () => {
    await byTestId('tab-tenants').click();
    await byTestId('new-record').click();
    await fill('nameZh', TENANT);
    await fill('uscc', WRONG_USCC);
    await save();
    await expect.poll(() => byTestId('error-uscc').textContent(), WAIT).toContain('校验位不正确');
    expect(await apiTotal('tenants:list', { search: 'E2E' })).toBe(0);
    await browser.screenshot('inventory-tenant-invalid-code');
    await fill('uscc', USCC);
    await save();
    await detailOf(TENANT);
    expect(await apiTotal('tenants:list', { search: 'E2E' })).toBe(1);
  });

  it('leases one unit; an over-lease shows its message and writes nothing', async () => {
    await page.goto(`${app.origin}/#/inventory/units/${unitId}`);
    await detailOf('E2E-301');
    await byTestId('add-lease').click();
    await pick('tenantId', 'E2E', TENANT);
    await fill('startDate', '2026-01-01');
    await fill('endDate', '2028-12-31');
    await save();
    await detailOf(TENANT);
    expect(await apiTotal('leases:list', { unitId })).toBe(1);

    await page.goto(`${app.origin}/#/inventory/units/${unitId}`);
    await detailOf('E2E-301');
    await expect.poll(() => byTestId('related-leases-count').textContent(), WAIT).toBe('1');
    await byTestId('add-lease').click();
    await pick('tenantId', 'E2E', TENANT);
    await fill('areaM2', '100');
    await fill('startDate', '2027-01-01');
    await save();
    await expect.poll(() => byTestId('error-areaM2').textContent(), WAIT).toContain('超过单元面积');
    expect(await apiTotal('leases:list', { unitId })).toBe(1);
    await browser.screenshot('inventory-over-lease');
    await byTestId('cancel').click();
  });

  it('shows the changes in lists and details', async () => {
    await byTestId('tab-buildings').click();
    await byTestId('search').fill('E2E');
    await page.locator('[data-testid="list-total"][data-total="1"]').waitFor(WAIT);
    const row = page.locator(`[data-testid="row"][data-id="${buildingId}"]`);
    await row.waitFor(WAIT);
    const cells = row.locator('.td');
    expect(await cells.nth(5).textContent()).toBe('2'); // units
    expect(await cells.nth(6).textContent()).toBe('350 平方米'); // their area, formatted for zh-CN
    await browser.screenshot('inventory-buildings-search');
    await row.click();
    await detailOf(BUILDING.zh);
    const got = await app.api('buildings:get', { id: buildingId });
    expect(got).toMatchObject({ ok: true, value: { unitCount: 2, unitAreaM2: 350 } });
    await byTestId('history-toggle').click();
    await byTestId('history-entry').first().waitFor(WAIT);
  });

  it('undoes the lease with Ctrl+Z and redoes it from the header', async () => {
    await page.goto(`${app.origin}/#/inventory/units/${unitId}`);
    await detailOf('E2E-301');
    await expect.poll(() => byTestId('undo').isEnabled(), WAIT).toBe(true);
    await byTestId('detail-title').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => apiTotal('leases:list', { unitId }), WAIT).toBe(0);
    await expect.poll(() => byTestId('related-leases-count').textContent(), WAIT).toBe('0');
    await browser.screenshot('inventory-after-undo');
    await byTestId('redo').click();
    await expect.poll(() => apiTotal('leases:list', { unitId }), WAIT).toBe(1);
    await expect.poll(() => byTestId('related-leases-count').textContent(), WAIT).toBe('1');
  });

  it('deletes after a confirmation that says what goes with it, and undoes the delete', async () => {
    await page.goto(`${app.origin}/#/inventory/buildings/${buildingId}`);
    await detailOf(BUILDING.zh);
    await byTestId('delete').click();
    await expect.poll(() => byTestId('delete-cascade').textContent(), WAIT).toContain('2 个单元');
    expect(await byTestId('delete-cascade').textContent()).toContain('1 个租约');
    await browser.screenshot('inventory-delete-confirm');
    await byTestId('cancel-delete').click();
    expect(await apiTotal('units:list', { buildingId })).toBe(2);

    await page.locator('[data-testid="floor-row"][data-floor="3"]').click();
    await page.locator('[data-testid="related-row"]', { hasText: 'E2E-302' }).click();
    await detailOf('E2E-302');
    await byTestId('delete').click();
    await byTestId('confirm-delete').click();
    await expect.poll(() => apiTotal('units:list', { buildingId }), WAIT).toBe(1);
    await byTestId('undo').click();
    await expect.poll(() => apiTotal('units:list', { buildingId }), WAIT).toBe(2);
  });

  it('switches to English and back, and remembers the choice', async () => {
    await setLanguage('en');
    expect(await byTestId('tab-buildings').textContent()).toBe('Buildings');
    await browser.screenshot('inventory-english');
    await setLanguage('zh-CN');
    expect(await byTestId('tab-buildings').textContent()).toBe('楼宇');
    await page.reload();
    await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('keeps the data across a server restart on the same file', async () => {
    foreign.push(...browser.foreignRequests);
    await browser.close();
    await app.stop();
    app = await startWebApp({ dbPath: app.dbPath, mode: 'none' });
    browser = await openBrowser(app);
    page = browser.page;
    expect(await apiTotal('units:list', { buildingId })).toBe(2);
    expect(await apiTotal('tenants:list', { search: 'E2E' })).toBe(1);
    expect(await apiTotal('leases:list', { unitId })).toBe(1);
    await loadFresh(page, app.url);
    await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
    await setLanguage('zh-CN'); // a new browser profile: the remembered choice went with the old one
    await page.goto(`${app.origin}/#/inventory/buildings/${buildingId}`);
    await detailOf(BUILDING.zh);
    await page.locator('[data-testid="floor-row"][data-floor="3"]').waitFor(WAIT);
    await browser.screenshot('inventory-after-restart');
  });

  it('made no request outside its own origin', () => {
    expect([...foreign, ...browser.foreignRequests]).toEqual([]);
  });
});

describe('first run', () => {
  it('asks sample or empty and sets up an empty district', async () => {
    const fresh = await startWebApp({ mode: 'none' });
    const session = await openBrowser(fresh);
    try {
      await session.page.goto(fresh.url);
      await session.page.locator('[data-testid="setup-dialog"]').waitFor(WAIT);
      await session.screenshot('first-run');
      await session.page.locator('[data-testid="setup-empty"]').click();
      await session.page.locator('[data-testid="setup-dialog"]').waitFor({ state: 'detached', ...WAIT });
      const info = await fresh.api('app:info', {});
      expect(info).toMatchObject({ ok: true, value: { needsSetup: false, isSample: false } });
      expect(await session.page.locator('[data-testid="sample-badge"]').count()).toBe(0);
      // The lists refresh after the setup: zones are there, buildings are not.
      await session.page.locator('[data-testid="tab-zones"]').click();
      await expect
        .poll(async () => Number(await session.page.locator('[data-testid="list-total"]').getAttribute('data-total')), WAIT)
        .toBe(3);
      await session.page.locator('[data-testid="tab-buildings"]').click();
      await session.page.locator('[data-testid="list-empty"]').waitFor(WAIT);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.close();
      await fresh.stop();
    }
  });
});
