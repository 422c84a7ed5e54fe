// The target dashboard and stacking plans, in Debian's Chromium through web mode on a fresh sample database:
// the headline totals and each zone row (read from the page) equal a plain reading of the rules over the
// database file (test/electron/accounting/reference.ts); another as-of date
// changes them and they match the API's roll-up; a stacking plan opens from a dashboard building row and from
// the inventory's building detail, for a tower and a small building; a block shows its unit; English shows m²;
// nothing leaves the app's origin. Screenshots are saved for a person to look at.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../shared/accounting/figures';
import type { BuildingRow } from '../../shared/models';
import { openDatabase } from '../../electron/main/db/connection';
import { readInventory, referenceTotals } from '../electron/accounting/reference';
import { loadFresh, openBrowser, startWebApp, type BrowserSession, type WebApp } from './harness';

const WAIT = { timeout: 60_000 };
const AREAS = ['providedM2', 'leasedM2', 'reservedM2', 'availableM2', 'outOfServiceM2', 'pipelineM2', 'preLetM2'] as const;
type Area = (typeof AREAS)[number];

let app: WebApp;
let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  app = await startWebApp({ mode: 'sample' });
  browser = await openBrowser(app);
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

async function goto(hash: string): Promise<void> {
  await page.evaluate((h) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = h;
  }, hash);
}

/** Wait for the headline at this date, then read it and the zone rows from the page. */
type ZoneRow = Record<Area, number> & { id: string };

async function readDashboard(asOf: string): Promise<{ asOf: string; headline: Record<Area, number>; zones: ZoneRow[] }> {
  await page.locator(`[data-testid="headline"][data-ready="true"][data-as-of="${asOf}"]`).waitFor(WAIT);
  const headline = {} as Record<Area, number>;
  for (const key of AREAS) headline[key] = Number(await byTestId(`fig-${key}`).getAttribute('data-value'));
  const zones: ZoneRow[] = [];
  const rows = page.locator('[data-testid="bd-row"][data-level="zone"]');
  for (let i = 0; i < (await rows.count()); i += 1) {
    const row = { id: (await rows.nth(i).getAttribute('data-id')) ?? '' } as ZoneRow;
    for (const key of AREAS) row[key] = Number(await rows.nth(i).locator(`[data-col="${key}"]`).getAttribute('data-value'));
    zones.push(row);
  }
  return { asOf, headline, zones };
}

/** The inventory as the web app's database file holds it now. */
function inventoryOnFile(): ReturnType<typeof readInventory> {
  const db = openDatabase(app.dbPath, { readonly: true });
  try {
    return readInventory(db);
  } finally {
    db.close();
  }
}

/** The page's headline and zone rows against the rules read plainly over the database file at that date. */
function expectDistrictFigures(d: { asOf: string; headline: Record<Area, number>; zones: ZoneRow[] }): void {
  const inventory = inventoryOnFile();
  const zoneOf = new Map(inventory.buildings.map((b) => [b.id, b.zoneId]));
  expect(d.zones.map((z) => z.id).sort()).toEqual([...new Set(zoneOf.values())].sort());
  const district = referenceTotals(inventory, d.asOf, null);
  // The headline adds the zone rows, each rounded to 0.01 m².
  for (const key of AREAS) expect(Math.abs(d.headline[key] - district[key]), key).toBeLessThanOrEqual(0.005 * (d.zones.length + 1));
  for (const zone of d.zones) {
    const own = referenceTotals(inventory, d.asOf, null, (id) => zoneOf.get(id) === zone.id);
    for (const key of AREAS) expect(zone[key], `${zone.id} ${key}`).toBeCloseTo(own[key], 2);
  }
}

/** The dashboard scrolls inside its own pane: grow the window to its full height for the picture (all panels loaded). */
async function screenshotWhole(name: string): Promise<void> {
  if (await byTestId('headline').count()) {
    for (const panel of ['trajectory', 'expiries', 'quality', 'vacancies'])
      await page.locator(`[data-testid="${panel}"][data-ready="true"]`).waitFor(WAIT);
  }
  const height = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): { scrollHeight: number } | null } }).document;
    return (doc.querySelector('.dashboard')?.scrollHeight ?? 840) + 60;
  });
  await page.setViewportSize({ width: 1400, height: Math.min(6000, Math.max(900, height)) });
  await browser.screenshot(name);
  await page.setViewportSize({ width: 1400, height: 900 });
}

async function ok<T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const res = await r;
  if (!res.ok) throw new Error(res.error.message);
  return res.value;
}

/** A 40-floor tower with a basement: 2–4 units on most floors, two floors left empty, leases on some units. */
async function createTower(): Promise<BuildingRow> {
  const zones = await ok(app.api('zones:list', { limit: 10 }));
  const tenants = await ok(app.api('tenants:list', { limit: 20 }));
  const zone = zones.rows[0];
  if (!zone || tenants.rows.length === 0) throw new Error('sample without zones or tenants');
  const b = await ok(
    app.api('buildings:create', {
      zoneId: zone.id,
      parkId: null,
      nameZh: 'E2E 四十层塔楼',
      nameEn: 'E2E Forty-Storey Tower',
      address: '',
      isThemeBuilding: true,
      footprint: null,
      floorsAbove: 40,
      floorsBelow: 1,
      grossFloorAreaM2: null,
      declaredRentableM2: null,
      deliveryDate: '2020-06-30',
      status: 'operational',
    }),
  );
  for (let floor = -1; floor <= 40; floor += 1) {
    if (floor === 0 || floor === 13 || floor === 27) continue;
    const count = 2 + (Math.abs(floor) % 3);
    for (let i = 1; i <= count; i += 1) {
      const areaM2 = 120 + ((floor * 37 + i * 53) % 260);
      const unit = await ok(
        app.api('units:create', {
          buildingId: b.id,
          floor,
          label: `${floor < 0 ? 'B' : ''}${Math.abs(floor)}${String(i).padStart(2, '0')}`,
          areaM2,
          use: floor < 0 ? 'other' : 'office',
          countsTowardTarget: floor > 0,
          outOfService: floor === 5 && i === 1,
        }),
      );
      if ((floor + i) % 3 !== 0 || floor <= 0) continue;
      const tenant = tenants.rows[(floor + i) % tenants.rows.length];
      if (!tenant) continue;
      await ok(
        app.api('leases:create', {
          unitId: unit.id,
          tenantId: tenant.id,
          kind: floor % 7 === 0 ? 'reservation' : 'lease',
          startDate: '2021-01-01',
          endDate: `${2023 + (floor % 5)}-${String(1 + ((i * 4) % 12)).padStart(2, '0')}-28`,
          areaM2,
          rentCnyPerM2Day: null,
          terminatedOn: null,
        }),
      );
    }
  }
  const row = (await buildings('desc')).find((r) => r.id === b.id);
  if (!row) throw new Error('tower not listed');
  return row;
}

async function apiTotals(asOf: string): Promise<Figures> {
  const r = await app.api('accounting:rollup', { asOf, by: 'zone' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.totals;
}

async function buildings(sortDir: 'asc' | 'desc'): Promise<BuildingRow[]> {
  const r = await app.api('buildings:list', { sortBy: 'floorsAbove', sortDir, limit: 200 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.rows;
}

async function openStackingAndClick(building: BuildingRow): Promise<void> {
  const plan = page.locator(`[data-testid="stacking"][data-building="${building.id}"][data-ready="true"]`);
  await plan.waitFor(WAIT);
  expect(Number(await plan.getAttribute('data-floors'))).toBeGreaterThanOrEqual(building.floorsAbove + building.floorsBelow);
  const floors = byTestId('stack-floor');
  expect(Number(await floors.first().getAttribute('data-floor'))).toBe(building.floorsAbove);
  const block = byTestId('stack-block').first();
  const unitId = await block.getAttribute('data-id');
  await block.click();
  await expect.poll(() => byTestId('unit-panel').getAttribute('data-id'), WAIT).toBe(unitId);
  const unit = await app.api('units:get', { id: unitId ?? '' });
  if (!unit.ok) throw new Error(unit.error.message);
  expect(await byTestId('unit-panel-title').textContent()).toContain(unit.value.label);
}

describe('dashboard end to end', () => {
  let today = '';

  it('shows headline totals and zone rows that follow the rules over the database', async () => {
    await loadFresh(page, app.url);
    await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
    await byTestId('language-switch').selectOption('zh-CN');
    await goto('#/dashboard');
    today = (await byTestId('as-of').inputValue()) || '';
    const d = await readDashboard(today);
    expectDistrictFigures(d);
    const api = await apiTotals(today);
    for (const key of AREAS) expect(d.headline[key], key).toBeCloseTo(api[key], 2);
    await page
      .locator('[data-testid="trajectory-chart"][data-ready="true"] svg path')
      .first()
      .waitFor({ state: 'attached', ...WAIT });
    await byTestId('expiry-12').waitFor(WAIT);
    await byTestId('vacancy-row').first().waitFor(WAIT);
    await screenshotWhole('dashboard');
  });

  it('refreshes when the data changes elsewhere: a new unit in a delivered building adds to provided space', async () => {
    const before = Number(await byTestId('fig-providedM2').getAttribute('data-value'));
    const delivered = (await buildings('desc')).find((b) => b.unitCount > 0 && b.deliveryDate !== null && b.deliveryDate <= today);
    if (!delivered) throw new Error('no delivered building');
    await ok(
      app.api('units:create', {
        buildingId: delivered.id,
        floor: 1,
        label: 'E2E-NEW',
        areaM2: 1000,
        use: 'office',
        countsTowardTarget: true,
        outOfService: false,
      }),
    );
    await expect.poll(async () => Number(await byTestId('fig-providedM2').getAttribute('data-value')), WAIT).toBeCloseTo(before + 1000, 2);
    expectDistrictFigures(await readDashboard(today));
  });

  it('follows the as-of date: 2022-12-31 changes the figures, and they match the API roll-up', async () => {
    const before = await readDashboard(today);
    await byTestId('as-of-2022').click();
    const d = await readDashboard('2022-12-31');
    expectDistrictFigures(d);
    expect(d.headline.providedM2).not.toBe(before.headline.providedM2);
    const api = await apiTotals('2022-12-31');
    for (const key of AREAS) expect(d.headline[key], key).toBeCloseTo(api[key], 2);
    await screenshotWhole('dashboard-2022');
    await byTestId('as-of').fill('2023-02-30'); // not a date: ignored
    await byTestId('as-of').fill('2023-06-30');
    await readDashboard('2023-06-30');
    await byTestId('as-of-2022').click();
    await readDashboard('2022-12-31');
  });

  it('breaks provided space down by use as the units in the file have it', async () => {
    const asOf = (await byTestId('headline').getAttribute('data-as-of')) ?? '';
    await byTestId('bd-mode-use').click();
    const rows = page.locator('[data-testid="bd-row"][data-level="use"]');
    await rows.first().waitFor(WAIT);
    const shown = new Map<string, number>();
    for (let i = 0; i < (await rows.count()); i += 1) {
      shown.set(
        (await rows.nth(i).getAttribute('data-id')) ?? '',
        Number(await rows.nth(i).locator('[data-col="providedM2"]').getAttribute('data-value')),
      );
    }
    const inventory = inventoryOnFile();
    const expected = new Map<string, number>();
    for (const b of inventory.buildings.filter((x) => x.deliveryDate !== null && x.deliveryDate <= asOf)) {
      const units = inventory.units.filter((u) => u.buildingId === b.id);
      if (units.length === 0 && b.declaredRentableM2 !== null) expected.set('', (expected.get('') ?? 0) + b.declaredRentableM2);
      for (const u of units.filter((x) => x.countsTowardTarget)) expected.set(u.use, (expected.get(u.use) ?? 0) + u.areaM2);
    }
    for (const [use, m2] of expected) expect(shown.get(use), use).toBeCloseTo(m2, 2);
    for (const [use, m2] of shown) expect(m2, use).toBeCloseTo(expected.get(use) ?? 0, 2);
    await byTestId('bd-sort-providedM2').click();
    // The sort order is the column header's (issue 13: aria-sort is not allowed on its button).
    await expect.poll(() => page.locator('th:has([data-testid="bd-sort-providedM2"])').getAttribute('aria-sort'), WAIT).toBe('descending');
    const values: number[] = [];
    for (let i = 0; i < (await rows.count()); i += 1)
      values.push(Number(await rows.nth(i).locator('[data-col="providedM2"]').getAttribute('data-value')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await byTestId('bd-sort-name').click();
    await byTestId('bd-mode-place').click();
  });

  it('expands zone → park → building and opens a stacking plan from a building row', async () => {
    await byTestId('bd-toggle').first().click();
    await page.locator('[data-testid="bd-row"][data-level="park"]').first().waitFor(WAIT);
    await page.locator('[data-testid="bd-row"][data-level="park"] [data-testid="bd-toggle"]').first().click();
    const buildingRow = page.locator('[data-testid="bd-row"][data-level="building"]').first();
    await buildingRow.waitFor(WAIT);
    const id = (await buildingRow.getAttribute('data-id')) ?? '';
    await buildingRow.locator('[data-testid="bd-stacking"]').click();
    await page.locator(`[data-testid="stacking"][data-building="${id}"][data-ready="true"]`).waitFor(WAIT);
    const floors = await app.api('accounting:stacking', { buildingId: id, asOf: today });
    if (!floors.ok) throw new Error(floors.error.message);
    expect(await byTestId('stack-floor').count()).toBe(floors.value.floors.length);
    await byTestId('stacking-back').click();
    await byTestId('headline').waitFor(WAIT);
  });

  it("opens a 40-floor tower's stacking plan from the inventory detail; a block shows its unit", async () => {
    const tower = await createTower();
    expect(tower.floorsAbove).toBe(40);
    await goto(`#/inventory/buildings/${tower.id}`);
    await byTestId('open-stacking').click();
    await openStackingAndClick(tower);
    const leased = page.locator('[data-testid="stack-block"][data-status="leased"]').first();
    await leased.click();
    await byTestId('unit-panel-lease').waitFor(WAIT);
    await byTestId('open-lease').waitFor(WAIT);
    await screenshotWhole('stacking-tower');
    await byTestId('colour-expiry').click();
    await expect.poll(async () => (await byTestId('stack-block').first().getAttribute('class')) ?? '', WAIT).toMatch(/\bex-/);
    await screenshotWhole('stacking-tower-expiry');
    await byTestId('colour-status').click();
  });

  it("draws a small building's stacking plan", async () => {
    const small = (await buildings('asc')).find((b) => b.unitCount > 0);
    if (!small) throw new Error('no small building with units');
    expect(small.floorsAbove).toBeLessThanOrEqual(4);
    await goto(`#/inventory/buildings/${small.id}`);
    await byTestId('open-stacking').click();
    await openStackingAndClick(small);
    await screenshotWhole('stacking-small');
  });

  it('measures against the next plan once it is added and picked: the trajectory projects to its due date', async () => {
    await goto('#/dashboard');
    await byTestId('add-target').click();
    await expect.poll(() => byTestId('field-dueDate').inputValue(), WAIT).toBe('2030-12-31');
    expect(await byTestId('field-startDate').inputValue()).toBe('2026-01-01');
    const target = await ok(
      app.api('targets:create', {
        metric: 'space_provided_m2',
        value: 800_000,
        startDate: '2026-01-01',
        dueDate: '2030-12-31',
        zoneId: null,
        label: 'E2E 2026–2030',
      }),
    );
    await goto('#/dashboard');
    await page.locator(`[data-testid="target-space"] option[value="${target.id}"]`).waitFor({ state: 'attached', ...WAIT });
    await byTestId('target-space').selectOption(target.id);
    await expect.poll(() => byTestId('trajectory-target').textContent(), WAIT).toContain('2030-12-31');
    // ECharts draws the projection dashed.
    await expect.poll(() => page.locator('[data-testid="trajectory-chart"] svg path[stroke-dasharray]').count(), WAIT).toBeGreaterThan(0);
    expect(await byTestId('trajectory-gap').textContent()).toContain('2030-12-31');
    const traj = await ok(app.api('accounting:trajectory', { spaceTargetId: target.id }));
    expect(traj.atDue?.date).toBe('2030-12-31');
    await expect.poll(() => page.locator('[data-testid="headline"][data-ready="true"]').count(), WAIT).toBe(1);
    expect(await byTestId('fig-providedM2').textContent()).toContain('800,000');
  });

  it('shows m² in English', async () => {
    await byTestId('language-switch').selectOption('en');
    await goto('#/dashboard');
    await page.locator('[data-testid="headline"][data-ready="true"]').waitFor(WAIT);
    expect(await byTestId('fig-providedM2').textContent()).toContain('m²');
    expect(await byTestId('fig-leasedM2').textContent()).toContain('m²');
    expect(await byTestId('bd-total').textContent()).toContain('m²');
    await byTestId('as-of-today').click();
    await page.locator(`[data-testid="headline"][data-ready="true"][data-as-of="${today}"]`).waitFor(WAIT);
    await page
      .locator('[data-testid="trajectory-chart"][data-ready="true"] svg path')
      .first()
      .waitFor({ state: 'attached', ...WAIT });
    await byTestId('info-rule.leased').hover();
    await expect.poll(() => page.locator('[data-testid="info-rule.leased"] .info-tip').isVisible(), WAIT).toBe(true);
    expect(await byTestId('info-rule.leased').textContent()).toContain('a lease ending on the as-of date still counts');
    // The chart's tooltip names the nearest quarter's figures.
    await byTestId('trajectory-chart').hover({ position: { x: 400, y: 150 } });
    await expect.poll(() => byTestId('trajectory-chart').innerText(), WAIT).toContain('m²');
    // By keyboard: once the chart has the focus, End reads the last quarter and Left the one before, aloud.
    const picked = await byTestId('target-space').inputValue();
    const points = (await ok(app.api('accounting:trajectory', picked ? { spaceTargetId: picked } : {}))).points;
    const last = points[points.length - 1];
    const before = points[points.length - 2];
    await byTestId('trajectory-keys').focus();
    await page.keyboard.press('End');
    await expect.poll(() => byTestId('trajectory-readout').textContent(), WAIT).toContain(last?.date ?? '?');
    // The chart's own tooltip shows that quarter too (the last one is projected: another series than the actual).
    const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(last?.providedM2 ?? -1);
    await expect.poll(() => byTestId('trajectory-chart').innerText(), WAIT).toContain(`${whole} m²`);
    expect(await byTestId('trajectory-readout').textContent()).toContain(
      new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(last?.providedM2 ?? -1),
    );
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => byTestId('trajectory-readout').textContent(), WAIT).toContain(before?.date ?? '?');
    await screenshotWhole('dashboard-en');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await byTestId('vacancy-copy').click();
    const readClipboard = () =>
      page.evaluate(() =>
        (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
      );
    await expect.poll(readClipboard, WAIT).toMatch(/^Unit\tBuilding\tZone/);
    const lines = (await readClipboard()).trim().split('\n');
    expect(lines.length - 1).toBe(Math.min(1000, Number(await byTestId('vacancies').getAttribute('data-total'))));
  });

  it('never reaches outside its own origin', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
