// The daily work in fewer steps (issue 10, items 5–10), in Debian's Chromium through web mode on the sample district,
// in Chinese and in English: a new building offers its floors and units, written as one step that one undo takes
// back (and the toast names the building); save-and-add-another keeps the building and floor, and the list beside
// shows that building's units; the lease form's unit picker shows what is let and free and fills the free area; a
// save names every problem at once and a corrected field's message goes; a floor outside the building is stated
// plainly; history reads in the form's words; a building without an outline is named as such on the map and can be
// placed from its record. Every check reads the database through the API, not the page's own sums.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeAreaM2 } from '../../shared/accounting/figures';
import { todayIso } from '../../shared/dates';
import type { Locale } from '../../shared/enums';
import { fieldMessage } from '../../shared/messages';
import { floorRangeText } from '../../shared/rules/buildings';
import { planUnits } from '../../shared/rules/unit-plan';
import { usccCheckChar } from '../../shared/uscc';
import { translate } from '../../renderer/i18n/catalog';
import { formatArea, formatFloor } from '../../renderer/lib/format';
import type { BrowserSession, WebApp } from './harness';
import { closeSample, gotoHash, ok, openSample, WAIT, type SampleApp } from './app-page';
import { mapReady } from './map-page';

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
});

afterAll(() => closeSample(s));

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

const goto = (hash: string) => gotoHash(page, hash);

async function pick(field: string, search: string, text = search): Promise<void> {
  await byTestId(`field-${field}`).click();
  await byTestId(`field-${field}`).fill(search);
  const option = page.locator(`[data-testid="options-${field}"] [data-testid="picker-option"]`, { hasText: text }).first();
  await option.waitFor(WAIT);
  await option.click();
  await expect.poll(() => byTestId(`field-${field}`).getAttribute('data-value'), WAIT).not.toBe('');
}

async function detail(title: string): Promise<string> {
  const d = page.locator('[data-testid="detail"]', { has: page.locator('[data-testid="detail-title"]', { hasText: title }) });
  await d.waitFor(WAIT);
  return (await d.getAttribute('data-id')) ?? '';
}

const unitsOf = async (buildingId: string) => (await ok(app.api('units:list', { buildingId, limit: 1 }))).total;

describe.each(LOCALES)('the daily work in fewer steps (%s)', (locale, tag) => {
  const name = { zh: `E2E 批量楼 ${tag}`, en: `E2E Bulk Building ${tag}` };
  const shown = locale === 'zh-CN' ? name.zh : name.en;
  let buildingId = '';

  it('a new building offers its floors and units: previewed, written as one step, one undo takes them all back', async () => {
    await byTestId('language-switch').selectOption(locale);
    const core = (await ok(app.api('zones:list', { kind: 'core' }))).rows[0];
    if (!core) throw new Error('no core zone');
    await goto('#/inventory/buildings/new');
    await byTestId('field-nameZh').fill(name.zh);
    await byTestId('field-nameEn').fill(name.en);
    await pick('zoneId', core.code, core.code);
    await byTestId('field-floorsAbove').fill('2');
    await byTestId('field-deliveryDate').fill('2024-06-30');
    await byTestId('save').click();
    await byTestId('generate-units').waitFor(WAIT);
    buildingId = (await byTestId('generate-units').getAttribute('data-building')) ?? '';

    await byTestId('gen-floorTo').fill('4');
    await byTestId('gen-perFloor').fill('3');
    await byTestId('gen-areas').fill('100, 80, 120');
    const plan = planUnits({
      floorFrom: 1,
      floorTo: 4,
      perFloor: 3,
      pattern: '{floor}{nn}',
      areas: [100, 80, 120],
      use: 'office',
      countsTowardTarget: true,
    });
    await expect.poll(() => byTestId('gen-preview').getAttribute('data-count'), WAIT).toBe(String(plan.length));
    expect(await byTestId('gen-floors-grow').innerText()).toContain(floorRangeText({ floorsAbove: 4, floorsBelow: 0 }));
    expect(await page.locator('[data-testid="gen-floor"][data-floor="4"]').innerText()).toContain('401');
    await browser.screenshot(`generate-units-${tag}`);
    await byTestId('gen-save').click();
    await detail(shown);
    expect(await unitsOf(buildingId)).toBe(12);
    const areas = (await ok(app.api('units:list', { buildingId, limit: 50, sortBy: 'label' }))).rows.map((u) => [
      u.floor,
      u.label,
      u.areaM2,
    ]);
    expect(areas).toEqual(plan.map((u) => [u.floor, u.label, u.areaM2]).sort((a, b) => String(a[1]).localeCompare(String(b[1]))));
    expect((await ok(app.api('buildings:get', { id: buildingId }))).floorsAbove).toBe(4);

    await byTestId('undo').click();
    await expect.poll(() => unitsOf(buildingId), WAIT).toBe(0);
    expect((await ok(app.api('buildings:get', { id: buildingId }))).floorsAbove).toBe(2);
    // The toast names what it undid.
    await expect.poll(() => byTestId('notice').innerText(), WAIT).toContain(shown);
    await byTestId('redo').click();
    await expect.poll(() => unitsOf(buildingId), WAIT).toBe(12);
  });

  it('save and add another keeps the building and floor; the list beside shows that building’s units', async () => {
    await goto(`#/inventory/buildings/${buildingId}`);
    await detail(shown);
    await byTestId('add-unit').click();
    await byTestId('filter-building').waitFor(WAIT);
    await expect.poll(async () => Number(await byTestId('list-total').getAttribute('data-total')), WAIT).toBe(12);
    await byTestId('field-floor').fill('2');
    await byTestId('field-label').fill('X-1');
    await byTestId('field-areaM2').fill('55');
    await byTestId('save-and-new').click();
    await expect.poll(async () => Number(await byTestId('list-total').getAttribute('data-total')), WAIT).toBe(13);
    await expect.poll(() => byTestId('field-label').inputValue(), WAIT).toBe('');
    expect(await byTestId('field-buildingId').getAttribute('data-value')).toBe(buildingId);
    expect(await byTestId('field-floor').inputValue()).toBe('2');
    expect(await unitsOf(buildingId)).toBe(13);
    await browser.screenshot(`unit-save-and-add-another-${tag}`);
  });

  it('a floor outside the building is stated plainly', async () => {
    await byTestId('field-floor').fill('9');
    await byTestId('field-label').fill('X-9');
    await byTestId('field-areaM2').fill('40');
    await byTestId('save').click();
    const expected = fieldMessage(
      { field: 'floor', code: 'floor_out_of_range', params: { range: floorRangeText({ floorsAbove: 4, floorsBelow: 0 }) } },
      locale,
    );
    await expect.poll(() => byTestId('error-floor').innerText(), WAIT).toBe(expected);
    expect(await unitsOf(buildingId)).toBe(13);
  });

  it('a save names every problem at once, and a corrected field’s message goes', async () => {
    const body = '91110102E2E00004' + (tag === 'zh' ? '2' : '3');
    const wrong = body + (usccCheckChar(body) === '0' ? '1' : '0');
    await goto('#/inventory/tenants/new');
    await byTestId('field-uscc').fill(wrong);
    await byTestId('field-enteredDistrictOn').fill('soon');
    await byTestId('save').click();
    await byTestId('error-nameZh').waitFor(WAIT);
    expect(await byTestId('error-uscc').innerText()).toBe(fieldMessage({ field: 'uscc', code: 'uscc_checksum' }, locale));
    expect(await byTestId('error-enteredDistrictOn').count()).toBe(1);
    await browser.screenshot(`form-all-problems-${tag}`);
    await byTestId('field-nameZh').fill('E2E 一次校验');
    expect(await byTestId('error-nameZh').count()).toBe(0);
    expect(await byTestId('error-uscc').count()).toBe(1);
    await byTestId('field-enteredDistrictOn').fill('2024-01-01');
    await byTestId('field-uscc').fill(body + usccCheckChar(body));
    await byTestId('save').click();
    await detail('E2E 一次校验');
  });

  it('the lease form’s unit picker shows what is let at the start and what is free; picking fills the free area', async () => {
    const today = todayIso();
    const units = (await ok(app.api('units:list', { asOf: today, limit: 500, sortBy: 'areaM2', sortDir: 'desc' }))).rows;
    // A partly let unit whose label few others share, so the picker lists it among its first matches.
    let partly: (typeof units)[number] | undefined;
    for (const u of units.filter((x) => x.heldM2 > 0 && x.heldM2 < x.areaM2 - 1)) {
      if ((await ok(app.api('units:list', { search: u.label, limit: 1 }))).total <= 10) {
        partly = u;
        break;
      }
    }
    if (!partly) throw new Error('no partly let unit in the sample');
    const optionText = `${locale === 'zh-CN' ? partly.buildingName.zh : partly.buildingName.en} · ${formatFloor(partly.floor, locale)} ${partly.label}`;
    await goto('#/inventory/leases/new');
    await byTestId('field-startDate').fill(today);
    await pick('unitId', partly.label, optionText);
    const free = freeAreaM2(partly.areaM2, partly.heldM2, 0);
    await expect.poll(() => byTestId('field-areaM2').inputValue(), WAIT).toBe(String(Math.round(free * 100) / 100));
    // The option's second line, as shown before picking.
    await byTestId('field-startDate').click();
    await byTestId('field-unitId').click();
    await byTestId('field-unitId').fill(partly.label);
    const option = page.locator('[data-testid="picker-option"]', { hasText: optionText }).first();
    await option.waitFor(WAIT);
    expect(await option.locator('[data-testid="picker-detail"]').first().innerText()).toBe(
      translate(locale, 'lease.unitPick', {
        area: formatArea(partly.areaM2, locale),
        date: today,
        held: formatArea(partly.heldM2, locale),
        free: formatArea(free, locale),
      }),
    );
    await browser.screenshot(`lease-unit-picker-${tag}`);
    await byTestId('field-unitId').press('Escape');
    await byTestId('cancel').click();
  });

  it('history reads in the form’s words', async () => {
    const b = await ok(app.api('buildings:get', { id: buildingId }));
    await ok(
      app.api('buildings:update', {
        id: buildingId,
        version: b.version,
        changes: { isThemeBuilding: !b.isThemeBuilding, status: 'renovating' },
      }),
    );
    await goto(`#/inventory/buildings/${buildingId}`);
    await detail(shown);
    await byTestId('history-toggle').click();
    const changes = page.locator('[data-testid="history-change"]');
    await changes.first().waitFor(WAIT);
    const text = (await changes.allInnerTexts()).join('\n');
    const yes = translate(locale, 'common.yes');
    const no = translate(locale, 'common.no');
    expect(text).toContain(
      `${translate(locale, 'field.isThemeBuilding')}: ${b.isThemeBuilding ? yes : no} → ${b.isThemeBuilding ? no : yes}`,
    );
    expect(text).toContain(
      `${translate(locale, 'field.status')}: ${translate(locale, 'enum.operational')} → ${translate(locale, 'enum.renovating')}`,
    );
    expect(text).not.toContain('true');
    await browser.screenshot(`history-words-${tag}`);
  });

  it('a building without an outline is named as such on the map, and its record places it', async () => {
    await byTestId('open-on-map').click(); // "place on map": no outline yet
    await mapReady(page);
    await byTestId('map-draw-panel').waitFor(WAIT);
    expect(await byTestId('map-draw-panel').innerText()).toContain(shown);
    await byTestId('map-draw-cancel').click();
    await byTestId('map-draw-panel').waitFor({ state: 'detached', ...WAIT });
    await byTestId('map-search').fill(shown);
    await byTestId('map-search').press('Enter');
    await expect.poll(() => byTestId('map-panel').getAttribute('data-id'), WAIT).toBe(buildingId);
    expect(await byTestId('map-no-outline').innerText()).toContain(translate(locale, 'map.noOutline'));
    await page.waitForTimeout(1200); // the fit animation
    await mapReady(page);
    await browser.screenshot(`map-no-outline-${tag}`);
    await byTestId('map-draw-outline').click();
    await byTestId('map-draw-panel').waitFor(WAIT);
    await byTestId('map-draw-cancel').click();
    await byTestId('map-draw-panel').waitFor({ state: 'detached', ...WAIT });
  });
});
