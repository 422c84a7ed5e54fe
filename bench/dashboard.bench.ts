// Dashboard load in Chromium through web mode on the --large sample: from navigating to #/dashboard until the
// headline figures show (the headline's data-ready marker), and until every panel shows. The first load is cold
// (the server has just opened the file; its roll-up snapshot is not built); the warm median follows.
// main_block_max_ms: the longest stall of the server's event loop (perf_hooks.monitorEventLoopDelay) during the
// cold load, with the read workers; the reference is the same cold load with every read on the main thread.
// main_block_max_busy_ms (Linux): the main thread's own CPU time within its longest stalls (bench/stalls.ts).
// Each app works on its own copy, so the cached sample file is never modified.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser } from '../test/e2e/harness';
import { median, round } from './measure';
import { copyOf } from './session.bench';
import { watchMainThread, type StallReport } from './stalls';
import { startInProcessApp, type InProcessApp } from './web-app';

const WARM_RUNS = 7;
const TIMEOUT = { timeout: 180_000 };
const TOKEN_KEY = 'park-space-desk.token';
const PANELS = ['trajectory', 'expiries', 'quality', 'vacancies', 'plan-indicators', 'outlook'];

async function withApp<T>(file: string, worker: boolean, fn: (app: InProcessApp, page: Page) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-bench-'));
  const app = await startInProcessApp(copyOf(file, dir), { worker });
  const browser = await openBrowser(app);
  try {
    // The token as the client keeps it after a first visit, so every load goes straight to the dashboard.
    await browser.page.addInitScript(
      ([key, token]) => {
        (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem(key, token);
      },
      [TOKEN_KEY, app.token] as const,
    );
    await app.startWorker();
    return await fn(app, browser.page);
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function load(app: InProcessApp, page: Page, run: number): Promise<{ headline: number; all: number }> {
  const started = performance.now();
  await page.goto(`${app.origin}/?run=${run}#/dashboard`);
  await page.locator('[data-testid="headline"][data-ready="true"]').waitFor(TIMEOUT);
  const headline = performance.now() - started;
  for (const panel of PANELS) await page.locator(`[data-testid="${panel}"][data-ready="true"]`).waitFor(TIMEOUT);
  return { headline, all: performance.now() - started };
}

/** The cold load, and the longest event-loop stall of this (the server's) process meanwhile. */
async function coldLoad(app: InProcessApp, page: Page): Promise<{ headline: number; all: number } & StallReport> {
  const watch = watchMainThread();
  const cold = await load(app, page, 0);
  return { ...cold, ...watch.stop() };
}

export async function dashboardBench(file: string): Promise<Record<string, number>> {
  const inline = await withApp(file, false, (app, page) => coldLoad(app, page));
  return withApp(file, true, async (app, page) => {
    const cold = await coldLoad(app, page);
    const warm: { headline: number; all: number }[] = [];
    for (let i = 1; i <= WARM_RUNS; i += 1) warm.push(await load(app, page, i));
    return {
      dashboard_load_cold_ms: round(cold.headline),
      dashboard_all_panels_cold_ms: round(cold.all),
      dashboard_load_ms_median: median(warm.map((w) => w.headline)),
      dashboard_all_panels_ms_median: median(warm.map((w) => w.all)),
      dashboard_load_runs: warm.length,
      main_block_max_ms: cold.maxStallMs,
      main_block_max_inline_ms: inline.maxStallMs,
      ...(cold.maxBusyMs === null || inline.maxBusyMs === null
        ? {}
        : {
            main_block_max_busy_ms: cold.maxBusyMs,
            main_block_max_busy_inline_ms: inline.maxBusyMs,
          }),
      dashboard_all_panels_cold_inline_ms: round(inline.all),
    };
  });
}
