// The floor-space spreadsheets in Debian's Chromium through web mode on a fresh sample database: the report is
// exported from the dashboard (the browser receives the file); a file with two errors shows both with row and
// column, and cancelling changes nothing; a good edit dropped on the window updates the figures and one undo
// takes it back.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, startWebApp, type BrowserSession, type WebApp } from './harness';

const WAIT = { timeout: 60_000 };
const ASOF = '2025-12-31';
let app: WebApp;
let browser: BrowserSession;
let page: Page;
let dir: string;
let report: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-e2e-sheets-'));
  app = await startWebApp({ mode: 'sample' });
  browser = await openBrowser(app);
  page = browser.page;
  await page.goto(app.url);
  await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
  await page.locator('[data-testid="language-switch"]').selectOption('en');
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/dashboard';
  });
  await page.locator('[data-testid="as-of-2025"]').click(WAIT);
  await page.locator(`[data-testid="headline"][data-ready="true"][data-as-of="${ASOF}"]`).waitFor(WAIT);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const provided = async () => Number(await byTestId('fig-providedM2').getAttribute('data-value'));

async function editUnits(name: string, edit: (ws: ExcelJS.Worksheet, col: (h: string) => number) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  const ws = wb.getWorksheet('Units');
  if (!ws) throw new Error('no Units sheet');
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((c, i) => headers.set(String(c.value), i));
  edit(ws, (h) => headers.get(h) ?? 0);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('spreadsheets in the browser', () => {
  it('exports the report from the dashboard', async () => {
    await byTestId('sheets-export').click();
    await byTestId('export-dialog').waitFor(WAIT);
    await byTestId('export-as-of').fill(ASOF);
    const download = page.waitForEvent('download', WAIT);
    await byTestId('export-run').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`floor-space-report-${ASOF}.xlsx`);
    report = path.join(dir, 'report.xlsx');
    await file.saveAs(report);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const units = await app.api('units:list', { limit: 1 });
    if (!units.ok) throw new Error(units.error.message);
    expect(wb.getWorksheet('Units')?.rowCount).toBe(units.value.total + 1);
    await browser.screenshot('sheets-exported');
  });

  it('lists two errors with row and column, and cancelling writes nothing', async () => {
    const bad = await editUnits('two-errors.xlsx', (ws, col) => {
      ws.getRow(2).getCell(col('Area (m²)')).value = -1;
      ws.getRow(3).getCell(col('Use')).value = 'Spaceport';
    });
    const before = await app.api('history:state', {});
    await byTestId('sheets-file').setInputFiles(bad);
    await byTestId('import-errors').waitFor(WAIT);
    const rows = byTestId('import-error');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').allInnerTexts()).toEqual(['Units', '2', 'H · Area (m²)', 'Must be greater than 0']);
    expect(await rows.nth(1).locator('td').allInnerTexts()).toEqual(['Units', '3', 'I · Use', 'Not one of the allowed values']);
    expect(await byTestId('import-apply').isDisabled()).toBe(true);
    await browser.screenshot('sheets-import-errors');
    await byTestId('import-close').click();
    await byTestId('import-dialog').waitFor({ state: 'detached', ...WAIT });
    expect(await app.api('history:state', {})).toEqual(before);
  });

  it('applies a good edit dropped on the window, updates the figures and undoes it', async () => {
    const start = await provided();
    const good = await editUnits('good.xlsx', (ws, col) => {
      // The first unit that counts toward the target in a delivered building and is free: its area adds to "provided".
      for (let r = 2; r <= ws.rowCount; r += 1) {
        if (ws.getRow(r).getCell(col('Status at date')).value !== 'Available') continue;
        const cell = ws.getRow(r).getCell(col('Area (m²)'));
        cell.value = Number(cell.value) + 100;
        return;
      }
      throw new Error('no available unit');
    });
    const bytes = readFileSync(good).toString('base64');
    // A real drop: a DataTransfer holding the file, dispatched on the window as the browser does.
    await page.evaluate(
      ({ b64 }) => {
        type Ctor<T> = new (...args: unknown[]) => T;
        const g = globalThis as unknown as {
          atob(s: string): string;
          DataTransfer: Ctor<{ items: { add(f: unknown): void } }>;
          File: Ctor<unknown>;
          DragEvent: Ctor<unknown>;
          dispatchEvent(e: unknown): boolean;
        };
        const data = Uint8Array.from(g.atob(b64), (c) => c.charCodeAt(0));
        const transfer = new g.DataTransfer();
        transfer.items.add(new g.File([data], 'good.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
        g.dispatchEvent(new g.DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
        g.dispatchEvent(new g.DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
      },
      { b64: bytes },
    );
    await byTestId('import-changes').waitFor(WAIT);
    expect(await byTestId('import-counts').innerText()).toMatch(/^0 to add · 1 to change · \d+ unchanged · 0 in error · 0 in conflict$/);
    expect(await byTestId('import-change').first().innerText()).toMatch(/Area \(m²\) [\d.]+ → [\d.]+/);
    await byTestId('import-apply').click();
    await byTestId('import-dialog').waitFor({ state: 'detached', ...WAIT });
    await page.locator(`[data-testid="fig-providedM2"][data-value="${Math.round((start + 100) * 100) / 100}"]`).waitFor(WAIT);
    await browser.screenshot('sheets-imported');
    await byTestId('undo').click();
    await page.locator(`[data-testid="fig-providedM2"][data-value="${start}"]`).waitFor(WAIT);
    expect(browser.foreignRequests).toEqual([]);
  });
});
