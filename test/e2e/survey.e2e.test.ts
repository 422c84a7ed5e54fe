// Offline site survey end to end (issue 8), in Debian's Chromium through web mode: prepare a package for one park
// in the office, open it in survey mode (a second server, no office database), record two observations with a
// photo and a location clicked on the map, correct one unit's area that the office also changes, then merge in the office: one conflict
// shown with
// its three values side by side, resolved, the figures update, the photo shows on the unit, and undo takes the
// whole merge back. Nothing leaves the app's origin.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../shared/dates';
import { openBrowser, startWebApp, type BrowserSession, type WebApp } from './harness';

const WAIT = { timeout: 60_000 };
/** A 1 × 1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let office: WebApp;
let survey: WebApp | null = null;
let officeBrowser: BrowserSession;
let surveyBrowser: BrowserSession | null = null;
let page: Page;
const surveyForeign: string[] = [];

beforeAll(async () => {
  office = await startWebApp({ mode: 'sample' });
  officeBrowser = await openBrowser(office);
  page = officeBrowser.page;
});

afterAll(async () => {
  await surveyBrowser?.close();
  await officeBrowser?.close();
  await survey?.stop();
  await office?.stop();
});

const by = (p: Page, id: string) => p.locator(`[data-testid="${id}"]`);

async function must<T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const got = await r;
  if (!got.ok) throw new Error(got.error.message);
  return got.value;
}

describe('survey end to end', () => {
  let parkId = '';
  let file = '';
  let unitA = { id: '', areaM2: 0 };
  let unitB = { id: '', areaM2: 0 };

  it('prepares a package for one park from the office', async () => {
    // A park with a delivered building whose counted units are free (so an area change moves "provided").
    const parks = await must(office.api('parks:list', { limit: 100 }));
    const today = todayIso();
    for (const p of [...parks.rows].sort((a, b) => a.buildingCount - b.buildingCount)) {
      const units = await must(office.api('units:list', { parkId: p.id, limit: 200 }));
      const free = [];
      for (const u of units.rows.filter((x) => x.activeLeaseCount === 0 && x.countsTowardTarget && !x.outOfService)) {
        const b = await must(office.api('buildings:get', { id: u.buildingId }));
        if (b.deliveryDate && b.deliveryDate <= today && b.id === units.rows[0]?.buildingId) free.push(u);
      }
      if (free.length >= 2) {
        parkId = p.id;
        [unitA, unitB] = [free[0]!, free[1]!];
        break;
      }
    }
    expect(parkId).not.toBe('');
    const park = await must(office.api('parks:get', { id: parkId }));
    await page.goto(office.url);
    await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
    await by(page, 'language-switch').selectOption('en');
    await by(page, 'nav-survey').click();
    await by(page, 'prepare-kind').selectOption('park');
    await by(page, 'field-prepare-park').click();
    await by(page, 'field-prepare-park').fill(park.nameEn);
    await page.locator('[data-testid="options-prepare-park"] [data-testid="picker-option"]', { hasText: park.nameEn }).first().click();
    await by(page, 'prepare-surveyor').fill('Chen Jing');
    await by(page, 'prepare-run').click();
    await by(page, 'prepare-file').waitFor(WAIT);
    file = (await by(page, 'prepare-file').textContent()) ?? '';
    expect(file).toMatch(/\/surveys\/\d{4}-\d{2}-\d{2}-Chen-Jing-[0-9a-f]{8}\.parksurvey$/);
    await officeBrowser.screenshot('survey-prepared');
  });

  it('records two observations with a photo in survey mode, and corrects one unit’s area', async () => {
    survey = await startWebApp({ survey: file });
    surveyBrowser = await openBrowser(survey);
    const sp = surveyBrowser.page;
    await sp.goto(survey.url);
    await sp.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
    await by(sp, 'language-switch').selectOption('en');
    await by(sp, 'survey-banner').waitFor(WAIT);
    expect(await by(sp, 'survey-banner').textContent()).toContain('Chen Jing');
    const info = await must(survey.api('app:info', {}));
    expect(info.mode).toBe('survey');
    await by(sp, 'survey-open').click();
    await by(sp, 'survey-record').waitFor(WAIT);
    const building = (await must(survey.api('units:get', { id: unitA.id }))).buildingId;
    await by(sp, `survey-building-${building}`).click();
    await by(sp, `obs-status-${unitA.id}`).selectOption('vacant');
    await by(sp, `obs-tenantSeen-${unitA.id}`).fill('Nobody there');
    await by(sp, `obs-status-${unitB.id}`).selectOption('occupied');
    await by(sp, `obs-measuredAreaM2-${unitB.id}`).fill(String(Math.round(unitB.areaM2 * 1.5)));
    await sp.setInputFiles(`[data-testid="photo-input-${unitA.id}"]`, { name: 'door-A.png', mimeType: 'image/png', buffer: PNG });
    await sp.locator(`[data-testid="obs-${unitA.id}"] [data-testid="photo"] img`).waitFor(WAIT);
    await expect.poll(() => by(sp, `obs-state-${unitB.id}`).textContent(), WAIT).toBe('Saved');
    await expect.poll(() => by(sp, `obs-state-${unitA.id}`).textContent(), WAIT).toBe('Saved');
    await expect.poll(async () => (await must(survey!.api('survey:info', {}))).visited, WAIT).toBe(2);
    await surveyBrowser.screenshot('survey-recording');
    // Unit B's location from a click on the map.
    await by(sp, `obs-pick-${unitB.id}`).click();
    await by(sp, 'survey-pick').waitFor(WAIT);
    await sp.locator('[data-testid="map"][data-has-data="true"][data-idle="true"]').waitFor(WAIT);
    const box = await sp.locator('[data-testid="map"] canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    await sp.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await by(sp, 'survey-record').waitFor(WAIT);
    const placed = await must(survey.api('survey:building', { buildingId: building }));
    const obsB = placed.units.find((u) => u.id === unitB.id)?.observation;
    expect(obsB).toMatchObject({ locationSource: 'map', status: 'occupied' });
    expect(Math.abs(obsB?.lon ?? 0)).toBeGreaterThan(1);
    expect(Math.abs(obsB?.lat ?? 0)).toBeGreaterThan(1);
    // Correct unit A's area through the usual edit form, in the package.
    await by(sp, `survey-correct-${unitA.id}`).click();
    await by(sp, 'field-areaM2').fill(String(unitA.areaM2 + 12));
    await by(sp, 'save').click();
    await expect.poll(async () => (await must(survey!.api('units:get', { id: unitA.id }))).areaM2, WAIT).toBe(unitA.areaM2 + 12);
    // The surveyor closes the window, then the app.
    surveyForeign.push(...surveyBrowser.foreignRequests);
    await surveyBrowser.close();
    surveyBrowser = null;
    await survey.stop();
    survey = null;
  });

  it('merges in the office: one conflict side by side, resolved; figures update; the photo shows on the unit; undo', async () => {
    // Meanwhile the office changed the same field differently.
    const current = await must(office.api('units:get', { id: unitA.id }));
    await must(office.api('units:update', { id: unitA.id, version: current.version, changes: { areaM2: unitA.areaM2 + 5 } }));
    const providedBefore = (await must(office.api('accounting:rollup', { asOf: todayIso(), by: 'zone' }))).totals.providedM2;

    await page.goto(`${office.origin}/#/survey?file=${encodeURIComponent(file)}`);
    await by(page, 'merge-report').waitFor(WAIT);
    expect(await by(page, 'merge-report').getAttribute('data-unresolved')).toBe('1');
    const row = by(page, `conflict-${unitA.id}-areaM2`);
    await row.waitFor(WAIT);
    const cell = async (id: string) => ((await row.locator(`[data-testid="${id}"]`).textContent()) ?? '').replace(/[^\d.]/g, '');
    // Areas are shown in whole m².
    expect([await cell('conflict-base'), await cell('conflict-survey'), await cell('conflict-office')].map(Number)).toEqual(
      [unitA.areaM2, unitA.areaM2 + 12, unitA.areaM2 + 5].map(Math.round),
    );
    await by(page, 'discrepancy-area_differs').waitFor(WAIT);
    await by(page, 'discrepancy-occupied_without_lease').waitFor(WAIT);
    expect(await by(page, 'merge-apply').isDisabled()).toBe(true);
    await officeBrowser.screenshot('survey-conflict');

    await by(page, `choose-survey-${unitA.id}-areaM2`).check();
    await expect.poll(() => by(page, 'merge-report').getAttribute('data-unresolved'), WAIT).toBe('0');
    await by(page, 'merge-apply').click();
    await expect.poll(() => by(page, 'merge-report').getAttribute('data-state'), WAIT).toBe('merged');
    expect((await must(office.api('units:get', { id: unitA.id }))).areaM2).toBe(unitA.areaM2 + 12);

    // The figures follow: the dashboard's provided space grew by the 7 m² the survey added over the office value.
    await by(page, 'nav-dashboard').click();
    const fig = by(page, 'fig-providedM2');
    await expect.poll(async () => Number(await fig.getAttribute('data-value')), WAIT).toBeCloseTo(providedBefore + 7, 2);
    // The observations' discrepancies are in the data-quality panel.
    await expect
      .poll(async () => Number(await by(page, 'quality-surveyDiscrepancies').getAttribute('data-count')), WAIT)
      .toBeGreaterThanOrEqual(2);

    // The photo is on the unit's page, served from the office's photo store.
    await page.goto(`${office.origin}/#/inventory/units/${unitA.id}`);
    const img = page.locator('[data-testid="record-photos"] [data-testid="photo"] img');
    await img.waitFor(WAIT);
    await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth), WAIT).toBeGreaterThan(0);
    await officeBrowser.screenshot('survey-merged-photo');

    // Undo takes the whole merge back in one step.
    await by(page, 'undo').click();
    await expect.poll(async () => (await must(office.api('units:get', { id: unitA.id }))).areaM2, WAIT).toBe(unitA.areaM2 + 5);
    await expect.poll(() => page.locator('[data-testid="record-photos"]').count(), WAIT).toBe(0);
    const again = await must(office.api('survey:inspect', { file }));
    expect(again.state).toBe('new');
  });

  it('never reached outside its own origin', () => {
    expect([...officeBrowser.foreignRequests, ...surveyForeign]).toEqual([]);
  });
});
