// One truth on every screen (issue 10, items 1–4), in Debian's Chromium through web mode on the sample district, in
// Chinese and in English: the stacking plan draws a partly let unit partly filled and its legend holds the dashboard's
// roll-up for the building (and a plain reading of the rules over the file); a target past its due date is stated at
// its due date first, and the trajectory marks that date; at a past as-of date the map's cards describe that date;
// and the dashboard, the stacking plan and the map name each figure with the glossary's word. Screenshots are saved.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIT_STATUSES } from '../../shared/accounting/figures';
import type { Locale } from '../../shared/enums';
import { FIGURE_TERMS, GLOSSARY, STATUS_TERMS } from '../../shared/glossary';
import type { MapBuilding } from '../../shared/map-views';
import { translate } from '../../renderer/i18n/catalog';
import { formatArea } from '../../renderer/lib/format';
import { todayIso } from '../../shared/dates';
import { referenceTotals, unitAt } from '../electron/accounting/reference';
import type { BrowserSession, WebApp } from './harness';
import { closeSample, gotoHash, inventoryOnFile, ok, openSample, WAIT, type SampleApp } from './app-page';
import { canvasBox, centreOf, mapReady, projectPoint } from './map-page';

const LOCALES: [Locale, string][] = [
  ['zh-CN', 'zh'],
  ['en', 'en'],
];
const PAST = '2023-06-30';

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

/** A counted, in-service unit of a delivered building, partly let at D (a lease on part of it, no reservation). */
function partlyLetUnit(d: string): { unitId: string; buildingId: string; areaM2: number; leased: number } {
  const inv = inventoryOnFile(app);
  for (const u of inv.units) {
    const b = inv.buildings.find((x) => x.id === u.buildingId);
    if (!b?.deliveryDate || b.deliveryDate > d || !u.countsTowardTarget || u.outOfService) continue;
    const at = unitAt(inv, u.id, d);
    if (at.leased > 0 && at.reserved === 0 && at.free >= 1) return { unitId: u.id, buildingId: b.id, areaM2: u.areaM2, leased: at.leased };
  }
  throw new Error('no partly let unit in the sample');
}

describe.each(LOCALES)('one truth on every screen (%s)', (locale, tag) => {
  it('stacking plan: a partly let unit is partly filled and the legend is the dashboard’s roll-up for the building', async () => {
    await byTestId('language-switch').selectOption(locale);
    await goto('#/dashboard');
    const today = await byTestId('as-of').inputValue();
    const unit = partlyLetUnit(today);
    await goto(`#/dashboard/stacking/${unit.buildingId}`);
    await page.locator(`[data-testid="stacking"][data-building="${unit.buildingId}"][data-ready="true"]`).waitFor(WAIT);

    const parts = page.locator(`[data-testid="stack-block"][data-id="${unit.unitId}"] [data-testid="block-part"]`);
    expect(await parts.count()).toBe(2);
    expect(await parts.nth(0).getAttribute('data-status')).toBe('leased');
    expect(Number(await parts.nth(0).getAttribute('data-pct'))).toBeCloseTo((unit.leased / unit.areaM2) * 100, 1);
    expect(await parts.nth(1).getAttribute('data-status')).toBe('available');

    const row = (await ok(app.api('accounting:rollup', { asOf: today, by: 'building', withinId: unit.buildingId }))).rows.find(
      (r) => r.id === unit.buildingId,
    );
    const own = referenceTotals(inventoryOnFile(app), today, null, (id) => id === unit.buildingId);
    const expected = {
      leased: own.leasedM2,
      reserved: own.reservedM2,
      available: own.availableM2,
      out_of_service: own.outOfServiceM2,
      pipeline: own.pipelineM2,
    };
    for (const [status, value] of Object.entries(expected)) {
      const shown = Number(await byTestId(`stacking-total-${status}`).getAttribute('data-value'));
      expect(shown, status).toBeCloseTo(value, 1);
      const key = (
        {
          leased: 'leasedM2',
          reserved: 'reservedM2',
          available: 'availableM2',
          out_of_service: 'outOfServiceM2',
          pipeline: 'pipelineM2',
        } as const
      )[status as 'leased'];
      expect(shown, `${status} = the dashboard's figure`).toBe(row?.[key]);
    }
    // The legend names each status with the glossary's word.
    for (const s of UNIT_STATUSES) expect(await byTestId(`stacking-total-${s}`).innerText()).toContain(GLOSSARY[STATUS_TERMS[s]][locale]);
    expect(await page.locator('.stack-title').innerText()).not.toBe('');
    await browser.screenshot(`stacking-partly-let-${tag}`);
  });

  it('headline: a target past its due date is stated at the due date first, and the trajectory marks that date', async () => {
    await goto('#/dashboard');
    const today = await byTestId('as-of').inputValue();
    await page.locator(`[data-testid="headline"][data-ready="true"][data-as-of="${today}"]`).waitFor(WAIT);
    const view = await ok(app.api('accounting:rollup', { asOf: today, by: 'zone' }));
    const space = view.targets.space;
    if (!space || space.dueDate >= today) throw new Error('the sample’s space target is not past due today');
    // At the due date, from the file: provided space then, and the gap to the target's value.
    const atDue = referenceTotals(inventoryOnFile(app), space.dueDate, null).providedM2;
    const result = byTestId('fig-due-result');
    expect(Number(await result.getAttribute('data-value'))).toBeCloseTo(atDue - space.value, 1);
    const text = await result.innerText();
    expect(text).toContain(space.dueDate);
    const due = view.atDue.space;
    expect(due?.reached).toBeCloseTo(atDue, 1);
    expect(text).toBe(
      translate(locale, atDue < space.value ? 'fig.dueMissed' : 'fig.dueMet', {
        target: formatArea(space.value, locale),
        date: space.dueDate,
        reached: formatArea(due?.reached, locale),
        gap: formatArea(Math.abs(due?.gap ?? 0), locale),
      }),
    );
    if (atDue < space.value) expect(await result.getAttribute('class')).toContain('short');
    // Today's figure comes second and no longer says "above target" in green.
    const card = await byTestId('fig-providedM2').innerText();
    expect(card.indexOf(space.dueDate)).toBeLessThan(card.indexOf(await byTestId('fig-after-due').innerText()));
    expect(await byTestId('fig-gap').count()).toBe(0);
    await page.locator('[data-testid="trajectory"][data-ready="true"]').waitFor(WAIT);
    expect(await byTestId('trajectory-due').getAttribute('data-date')).toBe(space.dueDate);
    expect(await byTestId('trajectory-due').textContent()).toContain(space.dueDate);
    // Every headline figure and break-down column is named with the glossary's word.
    for (const key of [
      'providedM2',
      'leasedM2',
      'reservedM2',
      'availableM2',
      'outOfServiceM2',
      'pipelineM2',
      'occupancy',
      'newFirms',
    ] as const) {
      expect((await byTestId(`fig-${key}`).locator('.fig-label').innerText()).split('\n')[0]?.trim(), key).toBe(
        GLOSSARY[FIGURE_TERMS[key]][locale],
      );
    }
    for (const key of ['providedM2', 'leasedM2', 'pipelineM2', 'preLetM2'] as const) {
      expect(await byTestId(`bd-sort-${key}`).innerText(), key).toContain(GLOSSARY[FIGURE_TERMS[key]][locale]);
    }
    await page.setViewportSize({ width: 1400, height: 1300 });
    await browser.screenshot(`dashboard-target-past-due-${tag}`);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('map: at a past as-of date the cards describe that date, with the glossary’s words', async () => {
    const later = (await ok(app.api('map:features', { asOf: PAST }))).buildings.find(
      (b: MapBuilding) => b.footprint && b.deliveryDate !== null && b.deliveryDate > PAST && b.status === 'operational',
    );
    if (!later) throw new Error('no building delivered after the past date in the sample');
    await goto('#/map');
    await mapReady(page);
    await byTestId('map-as-of').fill(PAST);
    await mapReady(page, PAST);
    const name = locale === 'zh-CN' ? later.name.zh : later.name.en;
    await byTestId('map-search').fill(name);
    await byTestId('map-search').press('Enter');
    await page.waitForTimeout(1200); // the fit animation
    await mapReady(page);
    await expect.poll(() => byTestId('map-panel').getAttribute('data-id'), WAIT).toBe(later.id);
    const panel = await byTestId('map-panel').innerText();
    expect(panel).toContain(GLOSSARY.pipeline[locale]);
    expect(panel).toContain(translate(locale, 'map.toBeDelivered', { date: later.deliveryDate ?? '' }));
    expect(panel).not.toContain(translate(locale, 'map.status.operational'));
    for (const term of ['provided', 'leased', 'reserved', 'available', 'pipeline', 'occupancy'] as const)
      expect(panel).toContain(GLOSSARY[term][locale]);
    expect(await byTestId('map-panel-stacking').innerText()).toBe(GLOSSARY.stackingPlan[locale]);
    await browser.screenshot(`map-past-date-panel-${tag}`);

    await byTestId('map-panel-close').click();
    const at = await projectPoint(page, centreOf(later.footprint));
    const box = await canvasBox(page);
    await page.mouse.move(box.x + at[0], box.y + at[1]);
    await expect.poll(() => byTestId('map-hover').innerText(), WAIT).toContain(name);
    expect(await byTestId('map-hover-state').innerText()).toBe(
      `${GLOSSARY.pipeline[locale]} · ${translate(locale, 'map.toBeDelivered', { date: later.deliveryDate ?? '' })}`,
    );
    await browser.screenshot(`map-past-date-hover-${tag}`);
    await byTestId('map-as-of').fill(todayIso());
  });
});
