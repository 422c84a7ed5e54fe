// Dashboard load in Chromium through web mode on the --large sample: from navigating to #/dashboard until the
// headline figures show (the headline's data-ready marker), the first (cold: the server builds its inventory
// snapshot) apart from the warm median. Works on a copy, so the cached sample file is never modified.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBrowser, startWebApp } from '../test/e2e/harness';
import { round } from './measure';

const WARM_RUNS = 7;
const TIMEOUT = { timeout: 180_000 };
const TOKEN_KEY = 'park-space-desk.token';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function dashboardBench(file: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-bench-'));
  const copy = path.join(dir, 'large.sqlite');
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) copyFileSync(file + suffix, copy + suffix);
  const app = await startWebApp({ dbPath: copy, mode: 'none' });
  const browser = await openBrowser(app);
  try {
    const { page } = browser;
    // The token as the client keeps it after a first visit, so every load goes straight to the dashboard.
    await page.addInitScript(([key, token]) => {
      (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem(key, token);
    }, [TOKEN_KEY, app.token] as const);
    const load = async (run: number): Promise<{ headline: number; all: number }> => {
      const started = performance.now();
      await page.goto(`${app.origin}/?run=${run}#/dashboard`);
      await page.locator('[data-testid="headline"][data-ready="true"]').waitFor(TIMEOUT);
      const headline = performance.now() - started;
      for (const panel of ['trajectory', 'expiries', 'quality', 'vacancies']) {
        await page.locator(`[data-testid="${panel}"][data-ready="true"]`).waitFor(TIMEOUT);
      }
      return { headline, all: performance.now() - started };
    };
    const cold = await load(0);
    const warm: { headline: number; all: number }[] = [];
    for (let i = 1; i <= WARM_RUNS; i += 1) warm.push(await load(i));
    return {
      dashboard_load_cold_ms: round(cold.headline),
      dashboard_load_ms_median: round(median(warm.map((w) => w.headline))),
      dashboard_all_panels_ms_median: round(median(warm.map((w) => w.all))),
      dashboard_load_runs: warm.length,
    };
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
