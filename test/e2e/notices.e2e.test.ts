// What the user is told when something outside the page goes wrong, in web mode in Chromium:
// - the server is stopped under an open page: a "reconnecting" notice; it comes back on the same address with a new
//   token (a restart): the page's token is refused, the page says so with what to do, and stops asking;
// - the basemap configured for the database cannot be drawn (its file is gone; its tiles cannot be loaded): the map
//   says which and why, instead of silently drawing without it.
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFresh, openBrowser, startWebApp, type BrowserSession, type WebApp } from './harness';

const WAIT = { timeout: 60_000 };
/** Longer than the client's longest pause between reconnection attempts (10 s in renderer/lib/sse.ts). */
const LONGER_THAN_ANY_RETRY_MS = 12_000;

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

async function openApp(page: Page, app: WebApp, locale: 'zh-CN' | 'en', hash = ''): Promise<void> {
  await loadFresh(page, app.url);
  await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
  await byTestId(page, 'language-switch').selectOption(locale);
  if (hash) {
    await page.evaluate((h) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = h;
    }, hash);
  }
}

describe('a restarted server', () => {
  let first: WebApp;
  let second: WebApp | null = null;
  let browser: BrowserSession;

  beforeAll(async () => {
    first = await startWebApp({ mode: 'sample' });
    browser = await openBrowser(first);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await first?.stop();
    await second?.stop();
  });

  it('is reported while away, then its refusal of the old token is shown in both languages and ends the retries', async () => {
    const { page } = browser;
    const eventRequests: Request[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/events') eventRequests.push(r);
    });
    await openApp(page, first, 'en');
    await expect.poll(() => eventRequests.length, WAIT).toBeGreaterThan(0);
    expect(await byTestId(page, 'connection-refused').count()).toBe(0);

    await first.stop();
    await byTestId(page, 'connection-retrying').waitFor(WAIT);
    expect(await byTestId(page, 'connection-retrying').innerText()).toContain('connection to the server was lost');

    // Same address, same database, a new token: what `npm run web` does when it is started again.
    second = await startWebApp({ dbPath: first.dbPath, mode: 'none', port: Number(new URL(first.origin).port) });
    expect(second.token).not.toBe(first.token);
    const refused = byTestId(page, 'connection-refused');
    await refused.waitFor(WAIT);
    expect(await byTestId(page, 'connection-retrying').count()).toBe(0);
    const english = await refused.innerText();
    expect(english).toContain('does not accept this page’s session token');
    expect(english).toContain('npm run web');

    await byTestId(page, 'language-switch').selectOption('zh-CN');
    const chinese = await refused.innerText();
    expect(chinese).toContain('会话令牌');
    expect(chinese).toContain('npm run web 输出的完整地址');

    // Given up for good: no further attempt, even after the longest pause between attempts.
    const attempts = eventRequests.length;
    await page.waitForTimeout(LONGER_THAN_ANY_RETRY_MS);
    expect(eventRequests.length).toBe(attempts);

    // The new address works as before.
    await loadFresh(page, second.url);
    await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
    expect(await byTestId(page, 'connection-refused').count()).toBe(0);
  });
});

describe('a basemap that cannot be drawn', () => {
  let app: WebApp;
  let browser: BrowserSession;

  beforeAll(async () => {
    app = await startWebApp({ mode: 'sample' });
    browser = await openBrowser(app);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('names the configured PMTiles file that is gone, in both languages, until dismissed', async () => {
    const { page } = browser;
    const missing = path.join(path.dirname(app.dbPath), 'moved-away.pmtiles');
    expect(await app.api('settings:basemap-set', { kind: 'pmtiles', source: missing })).toMatchObject({ ok: true });
    await openApp(page, app, 'en', '#/map');
    const notice = page.locator('[data-testid="map-basemap-problem"][data-kind="file"]');
    await notice.waitFor(WAIT);
    expect(await notice.innerText()).toContain('The basemap file moved-away.pmtiles could not be opened');
    await byTestId(page, 'language-switch').selectOption('zh-CN');
    expect(await notice.innerText()).toContain('无法打开底图文件 moved-away.pmtiles');
    await notice.locator('button').click();
    await notice.waitFor({ state: 'detached', ...WAIT });
  });

  it('says so when the online basemap’s tiles cannot be loaded', async () => {
    const { page } = browser;
    // The harness aborts every request that leaves the app's origin, as an offline machine would fail it.
    const template = 'https://tiles.example.org/{z}/{x}/{y}.png';
    expect(await app.api('settings:basemap-set', { kind: 'raster-url', source: template })).toMatchObject({ ok: true });
    await openApp(page, app, 'en', '#/map');
    const notice = page.locator('[data-testid="map-basemap-problem"][data-kind="tiles"]');
    await notice.waitFor(WAIT);
    expect(await notice.innerText()).toContain('Basemap tiles could not be loaded');
    expect(browser.foreignRequests.some((u) => u.includes('tiles.example.org'))).toBe(true);
    await app.api('settings:basemap-set', { kind: 'none', source: '' });
  });
});
