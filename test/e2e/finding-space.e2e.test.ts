// Finding space, backups, English and layout (issue 10, items 11–14), in Debian's Chromium through web mode on the
// sample district, in Chinese and in English: the break-down as one ranked list of buildings; a zone clicked narrows
// the dashboard to it and the vacancy list filters by zone and park (figures held to the API and the file); the
// backups dialog names its folder and copies the path (a browser cannot open it); filter prompts in words, target
// names in the interface language, tooltips and resizable columns; the map toolbar in one row at 1366 px and
// buildings standing as columns in 3D at district zoom. Screenshots are saved.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/enums';
import { translate } from '../../renderer/i18n/catalog';
import { formatArea } from '../../renderer/lib/format';
import { referenceTotals } from '../electron/accounting/reference';
import type { BrowserSession, WebApp } from './harness';
import { closeSample, gotoHash, inventoryOnFile, ok, openSample, WAIT, type SampleApp } from './app-page';
import { mapReady, rendered } from './map-page';

const LOCALES: [Locale, string][] = [
  ['zh-CN', 'zh'],
  ['en', 'en'],
];

let s: SampleApp;
let app: WebApp;
let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  s = await openSample();
  ({ app, browser, page } = s);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
});

afterAll(() => closeSample(s));

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

const goto = (hash: string) => gotoHash(page, hash);

const numbers = async (selector: string, col: string) => {
  const rows = page.locator(selector);
  const out: number[] = [];
  for (let i = 0; i < (await rows.count()); i += 1)
    out.push(Number(await rows.nth(i).locator(`[data-col="${col}"]`).getAttribute('data-value')));
  return out;
};

/** Drags a column's resize handle sideways by `dx` pixels. */
async function dragBy(handle: Locator, dx: number): Promise<void> {
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx, y, { steps: 4 });
  await page.mouse.up();
}

describe.each(LOCALES)('finding space, backups, English and layout (%s)', (locale, tag) => {
  it('the break-down flattens to one ranked list of buildings', async () => {
    await byTestId('language-switch').selectOption(locale);
    await goto('#/dashboard');
    const today = await byTestId('as-of').inputValue();
    await page.locator(`[data-testid="headline"][data-ready="true"][data-as-of="${today}"]`).waitFor(WAIT);
    await byTestId('bd-mode-building').click();
    const rows = '[data-testid="bd-row"][data-level="building"]';
    const api = await ok(app.api('accounting:rollup', { asOf: today, by: 'building' }));
    await expect.poll(() => page.locator(rows).count(), WAIT).toBe(api.rows.length);
    await byTestId('bd-sort-availableM2').click();
    const available = await numbers(rows, 'availableM2');
    expect(available).toEqual([...available].sort((a, b) => b - a));
    expect(available).toEqual(api.rows.map((r) => r.availableM2).sort((a, b) => b - a));
    await byTestId('bd-sort-occupancy').click();
    const occupancy = (await numbers(rows, 'occupancy')).filter((v) => !Number.isNaN(v) && v !== 0);
    expect(occupancy).toEqual([...occupancy].sort((a, b) => b - a));
    await page.setViewportSize({ width: 1400, height: 1400 });
    await browser.screenshot(`dashboard-buildings-ranked-${tag}`);
    await page.setViewportSize({ width: 1400, height: 900 });
    await byTestId('bd-sort-name').click();
    await byTestId('bd-mode-place').click();
  });

  it('a zone clicked narrows the dashboard to it; the vacancy list filters by zone and park', async () => {
    const today = await byTestId('as-of').inputValue();
    const zoneRow = page.locator('[data-testid="bd-row"][data-level="zone"]').first();
    await zoneRow.waitFor(WAIT);
    const zoneId = (await zoneRow.getAttribute('data-id')) ?? '';
    await zoneRow.locator('[data-testid="bd-scope"]').click();
    await byTestId('dashboard-scope').waitFor(WAIT);
    const inv = inventoryOnFile(app);
    const own = referenceTotals(inv, today, null, (id) => inv.buildings.find((b) => b.id === id)?.zoneId === zoneId);
    await expect.poll(async () => Number(await byTestId('fig-providedM2').getAttribute('data-value')), WAIT).toBeCloseTo(own.providedM2, 1);
    expect(Number(await byTestId('fig-availableM2').getAttribute('data-value'))).toBeCloseTo(own.availableM2, 1);
    expect(await byTestId('fig-gap').count()).toBe(0); // the district's target is not this zone's
    const inZone = await ok(app.api('accounting:vacancies', { asOf: today, zoneId, limit: 1 }));
    await expect.poll(async () => Number(await byTestId('vacancies').getAttribute('data-total')), WAIT).toBe(inZone.total);
    expect(await byTestId('vacancy-zone').inputValue()).toBe(zoneId);
    const park = (await ok(app.api('parks:list', { zoneId, limit: 1 }))).rows[0];
    if (park) {
      await byTestId('vacancy-park').selectOption(park.id);
      const inPark = await ok(app.api('accounting:vacancies', { asOf: today, zoneId, parkId: park.id, limit: 1 }));
      await expect.poll(async () => Number(await byTestId('vacancies').getAttribute('data-total')), WAIT).toBe(inPark.total);
    }
    await page.setViewportSize({ width: 1400, height: 1500 });
    await browser.screenshot(`dashboard-zone-${tag}`);
    await page.setViewportSize({ width: 1400, height: 900 });
    await byTestId('dashboard-scope-clear').click();
    await byTestId('dashboard-scope').waitFor({ state: 'detached', ...WAIT });
    const district = await ok(app.api('accounting:vacancies', { asOf: today, limit: 1 }));
    await expect.poll(async () => Number(await byTestId('vacancies').getAttribute('data-total')), WAIT).toBe(district.total);
  });

  it('the backups dialog names its folder and copies the path, which a browser cannot open', async () => {
    await byTestId('open-backups').click();
    await byTestId('backup-dialog').waitFor(WAIT);
    const folder = path.join(path.dirname(app.dbPath), 'backups');
    await expect.poll(() => byTestId('backup-folder-path').innerText(), WAIT).toBe(folder);
    expect(await byTestId('backup-open-folder').count()).toBe(0);
    await byTestId('backup-copy-folder').click();
    await expect.poll(() => byTestId('backup-folder-note').innerText(), WAIT).toBe(translate(locale, 'backup.folderCopied'));
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
      ),
    ).toBe(folder);
    await browser.screenshot(`backups-folder-${tag}`);
    await byTestId('close-backups').click();
  });

  it('filters in words, target names in the interface language, tooltips and resizable columns', async () => {
    await goto('#/dashboard');
    const target = (await ok(app.api('targets:list', { limit: 20 }))).rows.find(
      (r) => r.metric === 'space_provided_m2' && r.zoneId === null,
    );
    if (!target) throw new Error('no space target');
    const option = byTestId('target-space').locator(`option[value="${target.id}"]`);
    expect(await option.innerText()).toMatch(
      new RegExp(
        `^${translate(locale, 'target.name', { value: formatArea(target.value, locale), date: target.dueDate }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
    );
    // The vacancy list's building column, dragged wider: its header and its cells in every row follow.
    const vacancies = byTestId('vacancies');
    await vacancies.locator('[data-testid="vacancy-row"]').first().waitFor(WAIT);
    const vacHeader = vacancies.locator('.vac-th').nth(1);
    const vacCell = vacancies.locator('[data-testid="vacancy-row"]').first().locator(':scope > span').nth(1);
    const vacBefore = (await vacHeader.boundingBox())?.width ?? 0;
    await dragBy(vacancies.locator('[data-testid="col-resize-1"]'), 120);
    await expect.poll(async () => (await vacHeader.boundingBox())?.width ?? 0, WAIT).toBeGreaterThan(vacBefore + 80);
    expect(Math.abs(((await vacCell.boundingBox())?.width ?? 0) - ((await vacHeader.boundingBox())?.width ?? 0))).toBeLessThan(2);
    await goto('#/inventory/buildings');
    await byTestId('row').first().waitFor(WAIT);
    expect(await byTestId('filter-zoneId').locator('option').first().innerText()).toBe(translate(locale, 'filter.allZones'));
    expect(await byTestId('filter-status').locator('option').first().innerText()).toBe(translate(locale, 'filter.allStatuses'));
    const cell = byTestId('row').first().locator('.td').first();
    expect(await cell.getAttribute('title')).toBe(await cell.innerText());
    const header = page.locator('.list-header .th').first();
    const before = (await header.boundingBox())?.width ?? 0;
    await dragBy(byTestId('col-resize-0'), 120);
    await expect.poll(async () => (await header.boundingBox())?.width ?? 0, WAIT).toBeGreaterThan(before + 80);
    await browser.screenshot(`inventory-columns-${tag}`);
  });

  it('the map toolbar keeps to one row at 1366 px; in 3D at district zoom buildings stand as columns', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await goto('#/map');
    await mapReady(page);
    const tops = await page
      .locator('[data-testid="map-toolbar"] > *')
      .evaluateAll((els) =>
        els
          .map((el) => (el as unknown as { getBoundingClientRect(): { top: number; height: number } }).getBoundingClientRect())
          .map((r) => Math.round(r.top + r.height / 2)),
      );
    expect(Math.max(...tops) - Math.min(...tops), `one row: ${tops.join(',')}`).toBeLessThanOrEqual(4);
    await byTestId('map-filters').click();
    await byTestId('map-filter-pop').waitFor(WAIT);
    await byTestId('map-filter-status').selectOption('pipeline');
    expect(await byTestId('map-filters').getAttribute('data-count')).toBe('1');
    await browser.screenshot(`map-toolbar-1366-${tag}`);
    await byTestId('map-filters-clear').click();
    await byTestId('map-fit-district').click();
    await page.waitForTimeout(1000);
    await mapReady(page);
    await byTestId('map-3d').click();
    await page.waitForTimeout(1000);
    await mapReady(page);
    const features = await ok(app.api('map:features', { asOf: await byTestId('map-as-of').inputValue() }));
    const withShape = features.buildings
      .filter((b) => b.footprint)
      .map((b) => b.id)
      .sort();
    const columns = (await rendered(page, 'building-columns')).map((c) => c.id);
    expect(columns.length).toBeGreaterThan(withShape.length / 2);
    for (const id of columns) expect(withShape).toContain(id);
    await browser.screenshot(`map-3d-district-${tag}`);
    await byTestId('map-3d').click();
    await page.waitForTimeout(800);
    await page.setViewportSize({ width: 1400, height: 900 });
  });
});
