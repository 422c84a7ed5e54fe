// Smoke test of web mode as a new user meets it: a fresh sample database, the page loads in Debian's Chromium,
// the token survives route changes and a reload, the server refuses requests without the token or with a
// foreign Host, and the page never reaches outside its own origin.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../helpers/http';
import { openBrowser, startWebApp, type BrowserSession, type PageGlobals, type WebApp } from './harness';

let app: WebApp;
let browser: BrowserSession;
/** Status codes of the UI's own API calls (not the test's probes), by path. */
const apiStatuses: { path: string; status: number }[] = [];

beforeAll(async () => {
  app = await startWebApp({ mode: 'sample' });
  browser = await openBrowser(app);
  browser.page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.pathname.startsWith('/api/') && !res.request().headers()['x-test-probe'])
      apiStatuses.push({ path: url.pathname, status: res.status() });
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** An API call made inside the page with the token the client kept in sessionStorage (none in the URL). */
async function callFromPage(channel: string): Promise<{ status: number; body: unknown; tokenKept: boolean }> {
  return browser.page.evaluate(
    async ({ channel, token }) => {
      const w = globalThis as unknown as PageGlobals;
      let stored = '';
      for (let i = 0; i < w.sessionStorage.length; i += 1) {
        const key = w.sessionStorage.key(i);
        if (key !== null && w.sessionStorage.getItem(key) === token) stored = token;
      }
      const res = await w.fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-park-token': stored, 'x-test-probe': '1' },
        body: '{}',
      });
      return { status: res.status, body: (await res.json()) as unknown, tokenKept: stored !== '' };
    },
    { channel, token: app.token },
  );
}

async function waitForContent(): Promise<void> {
  await browser.page.waitForFunction(
    () => ((globalThis as unknown as PageGlobals).document.body?.innerText ?? '').trim().length > 0,
    undefined,
    { timeout: 60_000 },
  );
}

describe('web mode smoke', () => {
  it('serves the set-up sample database', async () => {
    const info = await app.api('app:info', {});
    expect(info).toMatchObject({ ok: true, value: { needsSetup: false, isSample: true, transport: 'web', dbPath: app.dbPath } });
  });

  it('loads the page and keeps the token across routes and a reload', async () => {
    const { page } = browser;
    await page.goto(app.url);
    await waitForContent();
    for (const route of ['dashboard', 'inventory', 'map']) {
      await page.evaluate((hash) => {
        (globalThis as unknown as PageGlobals).location.hash = hash;
      }, `#/${route}`);
      await page.waitForFunction((hash) => (globalThis as unknown as PageGlobals).location.hash.startsWith(hash), `#/${route}`);
      await waitForContent();
      const call = await callFromPage('app:info');
      expect(call.tokenKept, route).toBe(true);
      expect(call.status, route).toBe(200);
      expect(call.body, route).toMatchObject({ ok: true, value: { isSample: true } });
      await browser.screenshot(`smoke-${route}`);
    }
    apiStatuses.length = 0;
    await page.reload();
    await waitForContent();
    const after = await callFromPage('zones:list');
    expect(after.tokenKept).toBe(true);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ ok: true });
    // The UI's own client, reloaded without the token in the URL, still gets answers.
    await expect.poll(() => apiStatuses.filter((s) => s.status === 200).length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(apiStatuses.filter((s) => s.status !== 200)).toEqual([]);
    await browser.screenshot('smoke-after-reload');
  });

  it('has WebGL 2 in this Chromium (for the map)', async () => {
    const webgl2 = await browser.page.evaluate(
      () => (globalThis as unknown as PageGlobals).document.createElement('canvas').getContext('webgl2') !== null,
    );
    expect(webgl2).toBe(true);
  });

  it('refuses a request without the token', async () => {
    const status = await browser.page.evaluate(async () => {
      const res = await (globalThis as unknown as PageGlobals).fetch('/api/app:info', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-probe': '1' },
        body: '{}',
      });
      return res.status;
    });
    expect(status).toBe(403);
  });

  it('refuses a foreign Host header, on the page and the API', async () => {
    const port = Number(new URL(app.origin).port);
    const page = await rawRequest({ port, path: '/', headers: { host: `attacker.example:${port}` } });
    expect(page.status).toBe(403);
    const call = await rawRequest({
      port,
      path: '/api/app:info',
      method: 'POST',
      body: '{}',
      headers: { host: 'attacker.example', 'x-park-token': app.token, 'content-type': 'application/json' },
    });
    expect(call.status).toBe(403);
  });

  it('made no request outside its own origin', () => {
    expect(browser.foreignRequests).toEqual([]);
  });

  it('closes the database cleanly on SIGTERM', async () => {
    await app.stop();
    // The last connection to close checkpoints the WAL and removes it.
    expect(existsSync(`${app.dbPath}-wal`)).toBe(false);
    expect(existsSync(app.dbPath)).toBe(true);
  });
});
