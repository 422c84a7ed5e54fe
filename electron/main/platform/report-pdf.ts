// The desktop app's report printer (issue 9): the print route in a hidden window with the main window's locked-down
// preferences, printed by Chromium's own printToPDF once the page says it is ready (figures, charts, map, fonts).
import { writeFileSync } from 'node:fs';
import type { BrowserWindow } from 'electron';
import { AppError } from '../../../shared/errors';
import type { ReportRequest } from '../services/report/data';
import { reportHash, type ReportPrinter } from '../services/report/printer';
import { createMainWindow } from '../window';

const READY = `(() => { const r = document.querySelector('[data-testid="report"]'); return r ? r.getAttribute('data-ready') : null; })()`;
const ERROR = `(() => document.querySelector('[data-testid="report-error"]')?.textContent ?? null)()`;
const SHA = `(() => document.querySelector('[data-testid="report-sha"]')?.textContent ?? null)()`;

async function waitUntilReady(win: BrowserWindow, timeoutMs: number, pollMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (win.isDestroyed()) throw new AppError('cancelled', 'The report window was closed');
    const problem = (await win.webContents.executeJavaScript(ERROR)) as string | null;
    if (problem) throw new AppError('internal', `The report could not be made: ${problem}`);
    if ((await win.webContents.executeJavaScript(READY)) === 'true') return;
    if (Date.now() > until) throw new AppError('internal', 'The report page did not become ready in time');
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export function electronReportPrinter(options: { preload: string; title: string; timeoutMs?: number; pollMs?: number }): ReportPrinter {
  return {
    async print(req: ReportRequest, file: string) {
      const win = createMainWindow({ preload: options.preload, title: options.title, hidden: { hash: reportHash(req) } });
      try {
        await waitUntilReady(win, options.timeoutMs ?? 120_000, options.pollMs ?? 200);
        const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
        writeFileSync(file, pdf);
        const sha = (await win.webContents.executeJavaScript(SHA)) as string | null;
        return { sha256: sha?.trim() ?? null };
      } finally {
        if (!win.isDestroyed()) win.destroy();
      }
    },
  };
}
