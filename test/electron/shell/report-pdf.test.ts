// The desktop app's report printer (issue 9) with `electron` replaced by the recording fake: a hidden window with
// the main window's locked-down preferences opens the print route, is polled until the page says it is ready,
// printed with the page's own @page size, and always destroyed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronReportPrinter } from '../../../electron/main/platform/report-pdf';
import { APP_START_URL } from '../../../electron/main/window';
import * as fake from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-report-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const req = { asOf: '2026-06-30', period: 'month' as const, lang: 'en' as const, zoneCode: 'CORE' };

describe('electron report printer', () => {
  let polls = 0;
  beforeEach(() => {
    polls = 0;
    fake.FakeWebContents.answer = (code) => {
      if (code.includes('report-error')) return null;
      if (code.includes('report-sha')) return ' abc123 ';
      polls += 1;
      return polls < 3 ? 'false' : 'true';
    };
  });

  it('prints the print route from a hidden, locked-down window once it is ready, then destroys it', async () => {
    const printer = electronReportPrinter({ preload: '/app/preload.cjs', title: 'Park Space Desk', pollMs: 1 });
    const file = path.join(dir, 'r.pdf');
    const result = await printer.print(req, file);
    const win = fake.BrowserWindow.instances.at(-1)!;
    expect(win.options).toMatchObject({ show: false });
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(win.loadURL).toHaveBeenCalledWith(`${APP_START_URL}#/report?asOf=2026-06-30&period=month&lang=en&zone=CORE`);
    expect(win.show).not.toHaveBeenCalled();
    expect(polls).toBe(3);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true });
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 printed by the fake\n');
    expect(result).toEqual({ sha256: 'abc123' });
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('refuses a page that shows an error, and still destroys the window', async () => {
    fake.FakeWebContents.answer = (code) => (code.includes('report-error') ? 'No zone with code X' : 'false');
    const printer = electronReportPrinter({ preload: '/app/preload.cjs', title: 'Park Space Desk', pollMs: 1 });
    await expect(printer.print(req, path.join(dir, 'x.pdf'))).rejects.toThrow('No zone with code X');
    const win = fake.BrowserWindow.instances.at(-1)!;
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });
});
