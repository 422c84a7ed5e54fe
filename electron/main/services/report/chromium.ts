// The report's PDF through Debian's Chromium (web mode and the CLI): playwright-core opens the print route of a
// running web-mode server (its token put in the page's session storage before any script runs), waits until the
// page says it is ready (figures, charts, map picture, fonts) and prints it with the page's own @page size and
// margins. One browser per printer, started on first use.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { AppError } from '../../../../shared/errors';
import type { ReportRequest } from './data';
import { reportHash, type ReportPrinter } from './printer';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The flags that let Chromium run headless here (no sandbox as root, no network of its own, software WebGL for the map). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Where the renderer keeps the web-mode token (renderer/api/client.ts). */
const TOKEN_KEY = 'park-space-desk.token';

export interface ChromiumPrinterOptions {
  /** The web-mode server's origin, e.g. http://127.0.0.1:43123, and its token. */
  origin: string;
  token: string;
  executablePath?: string;
  /** How long the page may take to become ready (ms). */
  timeoutMs?: number;
}

export interface ClosablePrinter extends ReportPrinter {
  close(): Promise<void>;
}

/** Refuses a browser path that does not exist, naming the option that sets it. */
export function requireChromium(executablePath: string): string {
  if (!existsSync(executablePath))
    throw new AppError('browser_missing', `No Chromium at ${executablePath}; install chromium or pass --chromium PATH`, {
      path: executablePath,
    });
  return executablePath;
}

export function chromiumPrinter(o: ChromiumPrinterOptions): ClosablePrinter {
  const executablePath = o.executablePath ?? DEFAULT_CHROMIUM;
  let browser: Promise<Browser> | null = null;
  return {
    async print(req: ReportRequest, file: string) {
      browser ??= chromium.launch({ executablePath: requireChromium(executablePath), headless: true, args: CHROMIUM_ARGS });
      const context = await (await browser).newContext({ viewport: { width: 1000, height: 1400 } });
      try {
        await context.addInitScript({ content: `sessionStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(o.token)});` });
        // Nothing but the app's own origin (the CSP already says so; this keeps a misconfigured basemap off the network too).
        await context.route('**/*', (route) =>
          new URL(route.request().url()).origin === o.origin ? route.continue() : route.abort('blockedbyclient'),
        );
        const page = await context.newPage();
        await page.goto(`${o.origin}/${reportHash(req)}`);
        await page.waitForSelector('[data-testid="report"][data-ready="true"], [data-testid="report-error"]', {
          timeout: o.timeoutMs ?? 120_000,
        });
        const problem = await page
          .locator('[data-testid="report-error"]')
          .textContent({ timeout: 1 })
          .catch(() => null);
        if (problem) throw new AppError('internal', `The report could not be made: ${problem}`);
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        return { sha256: (await page.locator('[data-testid="report-sha"]').textContent())?.trim() ?? null };
      } finally {
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      if (browser) await (await browser.catch(() => null))?.close();
      browser = null;
    },
  };
}
