// Small screens and zoom (issue 13): the main screens on a 1366 × 768 laptop and on the same screen at 200 % zoom
// (683 × 384 CSS pixels at 2 device pixels each), in both languages. Nothing may stick out at the side where no
// pane scrolls to it (the page itself never scrolls sideways), a dialog fits the window, the map's legend and
// panel stay on the map, and no text is smaller than 12 px; the pictures at 200 % (Chinese, as the window shows
// them) go to test/e2e/__screenshots__/zoom200-<screen>.png. With the system's reduced-motion setting the map's camera
// jumps instead of gliding.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleIds, type SampleIds } from './a11y/fixtures';
import { layoutProblems } from './a11y/layout';
import { hashFor, OFFICE_SCREENS, type Screen } from './a11y/screens';
import { openBrowser, SCREENSHOT_DIR, startWebApp, type BrowserSession, type WebApp } from './harness';
import { setTestFlag, type PageWin } from './map-page';

const WAIT = { timeout: 60_000 };
const SCREENS = [
  'dashboard',
  'stacking',
  'buildings-list',
  'buildings-detail-history',
  'units-list',
  'leases-new',
  'map-building',
  'map-filters',
  'backups',
  'sheets-export',
  'survey-prepare',
  'pipeline-board',
  'pipeline-deal',
  'returns-list',
];
const LOCALES = ['zh-CN', 'en'] as const;
const SIZES = [
  { name: '1366x768', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: 'zoom200', viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 },
];

let app: WebApp;
let ids: SampleIds;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  app = await startWebApp({ mode: 'sample' });
  ids = await sampleIds(app.api);
});

afterAll(async () => {
  await app?.stop();
});

for (const size of SIZES) {
  describe(`${size.name}`, () => {
    let browser: BrowserSession;
    beforeAll(async () => {
      browser = await openBrowser(app, { viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });
      await browser.page.goto(app.url);
      await browser.page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
    });
    afterAll(async () => {
      await browser?.close();
    });
    for (const [locale, screenName] of LOCALES.flatMap((l) => SCREENS.map((n) => [l, n] as const))) {
      it(`${locale} ${screenName}`, async () => {
        const screen = OFFICE_SCREENS.find((x) => x.name === screenName) as Screen;
        const page = browser.page;
        await page.evaluate(
          (l) =>
            (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(
              'park-space-desk.locale',
              l,
            ),
          locale,
        );
        await page.goto('about:blank');
        await page.goto(`${app.origin}/${hashFor(screen, ids)}`);
        await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
        for (const selector of [screen.ready].flat()) await page.locator(selector).first().waitFor(WAIT);
        await screen.setup?.({ page, by: (testId) => page.locator(`[data-testid="${testId}"]`), files: { import: '', survey: '' } });
        if (size.deviceScaleFactor === 2 && locale === 'zh-CN') {
          await page.screenshot({ path: path.join(SCREENSHOT_DIR, `zoom200-${screen.name}.png`) });
        }
        expect(await page.evaluate(layoutProblems)).toEqual([]);
      });
    }
  });
}

describe('reduced motion', () => {
  it('turns the map to 3D at once instead of gliding there', async () => {
    const browser = await openBrowser(app, { reducedMotion: 'reduce' });
    try {
      const page = browser.page;
      await setTestFlag(page);
      await page.goto(app.url);
      await page.goto(`${app.origin}/#/map`);
      await page.locator('[data-testid="map"][data-has-data="true"][data-idle="true"]').waitFor(WAIT);
      const pitch = () => page.evaluate(() => (globalThis as unknown as PageWin).__parkMap.getPitch());
      expect(await pitch()).toBe(0);
      await page.getByTestId('map-3d').click();
      // The first tilt the map shows is the whole of it (an animation would pass through smaller angles first).
      let first = 0;
      await expect.poll(async () => (first = await pitch()), WAIT).toBeGreaterThan(0);
      expect(first).toBeCloseTo(55, 6);
    } finally {
      await browser.close();
    }
  });
});
