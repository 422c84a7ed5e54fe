// Keyboard alone (issue 13), in Debian's Chromium through web mode on the sample district: create a building, add a
// unit, lease it and undo — with Tab, Enter, arrow keys and the shortcuts only (no click, no fill): every control is
// reached by Tab in the page's order and typed into through the keyboard. The database file is read apart from the
// app to check what was written. Then a dialog keeps and gives back the focus, and the list moves with the arrows.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { closeSample, ok, openSample, WAIT, type SampleApp } from './app-page';

let s: SampleApp;
let page: Page;

beforeAll(async () => {
  s = await openSample();
  page = s.page;
  await page.getByTestId('language-switch').selectOption('en');
});

afterAll(async () => {
  await closeSample(s);
});

/** Rows of the web app's database file, read apart from the app. */
function onFile(sql: string, ...params: string[]): Record<string, unknown>[] {
  const db = openDatabase(s.app.dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
}
const leasesOn = (unitId: string) =>
  onFile('SELECT tenant_id AS tenantId, area_m2 AS areaM2, start_date AS startDate FROM lease WHERE unit_id = ?', unitId);

/** What has the focus: its test id, else its tag. */
const focused = () =>
  page.evaluate(() => {
    const el = (
      globalThis as unknown as { document: { activeElement: { tagName: string; getAttribute(n: string): string | null } | null } }
    ).document.activeElement;
    return el ? (el.getAttribute('data-testid') ?? el.tagName.toLowerCase()) : '';
  });

/** Tab (or Shift+Tab) until the control with this test id has the focus; fails if it is not reached. */
async function tabTo(testId: string, back = false): Promise<number> {
  for (let presses = 1; presses <= 80; presses += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if ((await focused()) === testId) return presses;
  }
  throw new Error(`${testId} was not reached with ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Tab to a field and type into it, replacing what it held. */
async function typeInto(testId: string, text: string): Promise<void> {
  await tabTo(testId);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/**
 * A picker: Tab to it, type, wait for the options that match, then Down to the one whose label is `label` and
 * Enter; the field then holds `wantedId`.
 */
async function pick(testId: string, text: string, label: string, wantedId: string): Promise<void> {
  await tabTo(testId);
  await page.keyboard.type(text);
  const options = page.locator(`[data-testid="${testId.replace('field-', 'options-')}"] [data-testid="picker-option"]`);
  let labels: string[] = [];
  await expect
    .poll(async () => {
      labels = (await options.allInnerTexts()).map((x) => x.split('\n')[0]?.trim() ?? '');
      return labels.includes(label);
    }, WAIT)
    .toBe(true);
  for (let i = 0; i < labels.indexOf(label); i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  expect(await page.getByTestId(testId).getAttribute('data-value')).toBe(wantedId);
}

const heading = async () =>
  page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: { tagName: string; textContent: string | null } | null } }).document
      .activeElement;
    return el && /^H[1-3]$/.test(el.tagName) ? (el.textContent ?? '') : null;
  });

describe('keyboard alone', () => {
  it('creates a building, adds a unit, leases it and undoes the lease', async () => {
    const zone = (await ok(s.app.api('zones:list', { limit: 1 }))).rows[0];
    const tenant = (await ok(s.app.api('tenants:list', { limit: 20 }))).rows.find((x) => x.nameEn !== '');
    if (!zone || !tenant) throw new Error('the sample has no zone or tenant');

    // Alt+2: the inventory (the buildings); Alt+N: a new building, its heading focused.
    await page.keyboard.press('Alt+2');
    await page.getByTestId('list-buildings').waitFor(WAIT);
    await page.keyboard.press('Alt+n');
    await page.getByTestId('record-form').waitFor(WAIT);
    expect(await heading()).toBe('New building');
    await typeInto('field-nameZh', '键盘楼');
    await typeInto('field-nameEn', 'Keyboard House');
    await pick('field-zoneId', zone.nameEn, `${zone.code} ${zone.nameEn}`, zone.id);
    await typeInto('field-floorsAbove', '5');
    await typeInto('field-deliveryDate', '2024-03-01');
    // The status is a select (back with Shift+Tab): Up chooses the value before (operational → renovating).
    await tabTo('field-status', true);
    await page.keyboard.press('ArrowUp');
    expect(await page.getByTestId('field-status').inputValue()).toBe('renovating');
    await page.keyboard.press('Control+s');
    // A new building opens the unit generator; its heading has the focus. Skip it for one unit by hand.
    await page.getByTestId('generate-units').waitFor(WAIT);
    expect(await heading()).not.toBeNull();
    await tabTo('gen-skip');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="detail"][data-id]').waitFor(WAIT);
    const buildingId = (await page.getByTestId('detail').getAttribute('data-id')) ?? '';
    expect(await heading()).toBe('Keyboard House');

    // Add a unit from the building's page.
    await tabTo('add-unit');
    await page.keyboard.press('Enter');
    await page.getByTestId('record-form').waitFor(WAIT);
    await typeInto('field-floor', '3');
    await typeInto('field-label', 'K-301');
    await typeInto('field-areaM2', '180');
    await page.keyboard.press('Control+s');
    await page.locator('[data-testid="detail"][data-id]').waitFor(WAIT);
    const unitId = (await page.getByTestId('detail').getAttribute('data-id')) ?? '';
    expect(unitId).not.toBe(buildingId);

    // Lease it: the lease form comes with the unit and its area; pick the tenant, type the start date, save.
    await tabTo('add-lease');
    await page.keyboard.press('Enter');
    await page.getByTestId('record-form').waitFor(WAIT);
    await pick('field-tenantId', tenant.nameEn, tenant.nameEn, tenant.id);
    await typeInto('field-startDate', '2025-01-01');
    await page.keyboard.press('Control+s');
    await page.locator('[data-testid="detail"][data-id]').waitFor(WAIT);

    // What the file holds, read apart from the app: the building, its unit, the lease on it.
    expect(
      onFile(
        'SELECT name_en AS nameEn, zone_id AS zoneId, floors_above AS floorsAbove, status, delivery_date AS deliveryDate FROM building WHERE id = ?',
        buildingId,
      ),
    ).toEqual([{ nameEn: 'Keyboard House', zoneId: zone.id, floorsAbove: 5, status: 'renovating', deliveryDate: '2024-03-01' }]);
    expect(onFile('SELECT building_id AS buildingId, floor, label, area_m2 AS areaM2 FROM unit WHERE id = ?', unitId)).toEqual([
      { buildingId, floor: 3, label: 'K-301', areaM2: 180 },
    ]);
    expect(leasesOn(unitId)).toEqual([{ tenantId: tenant.id, areaM2: 180, startDate: '2025-01-01' }]);

    // Undo (Ctrl+Z; the focus is on the lease's heading, not in a field) takes the lease back, and only the lease.
    expect(await heading()).not.toBeNull();
    await page.keyboard.press('Control+z');
    await expect.poll(() => leasesOn(unitId).length, WAIT).toBe(0);
    expect(onFile('SELECT id FROM unit WHERE id = ?', unitId)).toHaveLength(1);
    expect(onFile('SELECT id FROM building WHERE id = ?', buildingId)).toHaveLength(1);
    await s.browser.screenshot('keyboard-after-undo');
  });

  it('keeps the focus inside a dialog and gives it back when Escape closes it', async () => {
    await tabTo('open-about', true);
    await page.keyboard.press('Enter');
    await page.getByTestId('about-dialog').waitFor(WAIT);
    const inside = () =>
      page.evaluate(() => {
        const d = (
          globalThis as unknown as {
            document: { activeElement: unknown; querySelector(s: string): { contains(n: unknown): boolean } | null };
          }
        ).document;
        return d.querySelector('[data-testid="about-dialog"]')?.contains(d.activeElement) ?? false;
      });
    expect(await inside()).toBe(true);
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
      expect(await inside()).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('about-dialog').waitFor({ state: 'detached', ...WAIT });
    expect(await focused()).toBe('open-about');
  });

  it('moves through a list with the arrow keys', async () => {
    await page.keyboard.press('Alt+2');
    await tabTo('tab-tenants');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="list-tenants"] [data-testid="row"]').first().waitFor(WAIT);
    await tabTo('list-rows');
    await page.keyboard.press('ArrowDown');
    const rows = page.locator('[data-testid="list-tenants"] [data-testid="row"]');
    await expect
      .poll(async () => page.locator('[data-testid="detail"]').getAttribute('data-id'), WAIT)
      .toBe(await rows.nth(0).getAttribute('data-id'));
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => page.locator('[data-testid="detail"]').getAttribute('data-id'), WAIT)
      .toBe(await rows.nth(1).getAttribute('data-id'));
    // The list keeps the focus while the record beside it changes.
    expect(await focused()).toBe('list-rows');
  });

  it('moves through the break-down and the stacking plan with the arrow keys', async () => {
    await page.keyboard.press('Alt+1');
    await page.locator('[data-testid="headline"][data-ready="true"]').waitFor(WAIT);
    const zoneRow = page.locator('[data-testid="bd-row"][data-level="zone"]').first();
    await tabTo('bd-scope');
    // Right opens the zone; Down goes to its first park; Up comes back; Left closes it again.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => zoneRow.getAttribute('data-open'), WAIT).toBe('true');
    await page.locator('[data-testid="bd-row"][data-level="park"]').first().waitFor(WAIT);
    await page.keyboard.press('ArrowDown');
    const level = () =>
      page.evaluate(() => {
        const el = (
          globalThis as unknown as {
            document: { activeElement: { closest(s: string): { getAttribute(n: string): string | null } | null } | null };
          }
        ).document.activeElement;
        return el?.closest('tr')?.getAttribute('data-level') ?? null;
      });
    expect(await level()).toBe('park');
    await page.keyboard.press('ArrowUp');
    expect(await level()).toBe('zone');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => zoneRow.getAttribute('data-open'), WAIT).toBe('false');

    // The stacking plan: Right to the next unit of the floor, Down to the floor below, Enter opens the unit.
    const tower = (await ok(s.app.api('buildings:list', { limit: 100 }))).rows
      .filter((b) => b.deliveryDate !== null)
      .sort((a, b) => b.unitCount - a.unitCount)[0];
    if (!tower) throw new Error('no delivered building');
    await page.goto(`${s.app.origin}/#/dashboard/stacking/${tower.id}`);
    await page.locator('[data-testid="stacking"][data-ready="true"]').waitFor(WAIT);
    await tabTo('stack-block');
    // Floors with units (an empty floor has no block to go to).
    const floors = page.locator('[data-testid="stack-floor"]').filter({ has: page.locator('[data-testid="stack-block"]') });
    const focusedId = () =>
      page.evaluate(
        () =>
          (
            globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }
          ).document.activeElement?.getAttribute('data-id') ?? null,
      );
    const top = floors.first().locator('[data-testid="stack-block"]');
    expect(await focusedId()).toBe(await top.nth(0).getAttribute('data-id'));
    await page.keyboard.press('ArrowRight');
    expect(await focusedId()).toBe(await top.nth(1).getAttribute('data-id'));
    await page.keyboard.press('ArrowDown');
    const below = floors.nth(1).locator('[data-testid="stack-block"]');
    const expected = await below.nth(Math.min(1, (await below.count()) - 1)).getAttribute('data-id');
    expect(await focusedId()).toBe(expected);
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="unit-panel"][data-id="${expected}"]`).waitFor(WAIT);
  });
});
