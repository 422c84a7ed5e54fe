// What the issue-10 end-to-end files share: the sample district in web mode with Chromium on it, going to a route,
// reading an API result, and the database file as a plain reading of the rules sees it.
import type { Page } from 'playwright-core';
import { openDatabase } from '../../electron/main/db/connection';
import { readInventory } from '../electron/accounting/reference';
import { openBrowser, startWebApp, type BrowserSession, type WebApp } from './harness';
import { setTestFlag } from './map-page';

export const WAIT = { timeout: 60_000 };

export interface SampleApp {
  app: WebApp;
  browser: BrowserSession;
  page: Page;
}

/** The sample district served in web mode, open in Chromium (the map exposed for tests) and ready. */
export async function openSample(): Promise<SampleApp> {
  const app = await startWebApp({ mode: 'sample' });
  const browser = await openBrowser(app);
  const page = browser.page;
  await setTestFlag(page);
  await page.goto(app.url);
  await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
  return { app, browser, page };
}

export async function closeSample(s: SampleApp | undefined): Promise<void> {
  await s?.browser.close();
  await s?.app.stop();
}

export async function gotoHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = h;
  }, hash);
}

export async function ok<T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const res = await r;
  if (!res.ok) throw new Error(res.error.message);
  return res.value;
}

/** The web app's database file as plain records, read apart from the app. */
export function inventoryOnFile(app: WebApp): ReturnType<typeof readInventory> {
  const db = openDatabase(app.dbPath, { readonly: true });
  try {
    return readInventory(db);
  } finally {
    db.close();
  }
}
