// End-to-end harness: the real web-mode server (a child process on a real SQLite file) and Debian's Chromium
// driven by playwright-core. Requests leaving the app's origin are recorded and aborted.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import type { Channel, InputOf, ResultOf } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../../electron/main/services/report/chromium';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test', 'e2e', '__screenshots__');
const READY = /^web mode ready: (http:\/\/127\.0\.0\.1:(\d+))\/#token=([A-Za-z0-9_-]+)$/;
const START_TIMEOUT_MS = 240_000;

export interface WebApp {
  /** Full address to open, with `#token=`. */
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  api<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<ResultOf<C>>>;
  /** SIGTERM, then wait for the server to close its database and exit. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Database file; default: a new file in a fresh temp folder (removed when the test process exits). */
  dbPath?: string;
  /** Answer the first-run question in advance (`--sample` / `--empty`), or leave it to the UI ('none'). Default 'sample'. */
  mode?: 'sample' | 'empty' | 'none';
  /** Port to listen on; default 0 (a free one). A fixed port lets a test restart the server under an open page. */
  port?: number;
  /** Survey mode on this package (`--survey FILE`) instead of a database. */
  survey?: string;
}

const tempDirs: string[] = [];
const running = new Set<ChildProcess>();
process.once('exit', () => {
  // A test that failed before stop() must not leave a server behind.
  for (const child of running) child.kill('SIGTERM');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder and a database path inside it (the file itself does not exist yet). */
export function tempDbPath(name = 'e2e.sqlite'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-e2e-'));
  tempDirs.push(dir);
  return path.join(dir, name);
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startWebApp(opts: StartOptions = {}): Promise<WebApp> {
  const dbPath = opts.dbPath ?? tempDbPath();
  const mode = opts.mode ?? 'sample';
  const args = [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'electron/web/main.ts', '--port', String(opts.port ?? 0)];
  if (opts.survey) args.push('--survey', opts.survey);
  else args.push('--db', dbPath);
  if (mode !== 'none' && !opts.survey) args.push(`--${mode}`);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
    process.stderr.write(chunk.replace(/^(?=.)/gm, '[web] '));
  });

  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`web mode did not become ready within ${START_TIMEOUT_MS / 1000} s\n${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
      for (const line of stdout.split('\n')) {
        const match = READY.exec(line.trim());
        if (match) {
          clearTimeout(timer);
          resolve(match);
        }
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited before it was ready (code ${code}, signal ${signal})\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });

  const origin = ready[1] as string;
  const token = ready[3] as string;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    dbPath,
    async api(channel, input) {
      const res = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-park-token': token },
        body: JSON.stringify(input),
      });
      if (res.status !== 200 && res.status !== 400) throw new Error(`${channel}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as Result<ResultOf<typeof channel>>;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = waitForExit(child);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface BrowserSession {
  page: Page;
  /** URLs the page tried to load from any other origin: aborted by the route, or `csp-blocked <url>` when the CSP stopped them first. */
  foreignRequests: string[];
  /** Full-page PNG in test/e2e/__screenshots__/<name>.png. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

// The same flags as the report's printer (no sandbox as root, no network of its own, software WebGL).
export { CHROMIUM_ARGS };

export interface BrowserOptions {
  /** CSS pixels; default 1400 × 900. */
  viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel: 2 on a 1366 × 768 viewport of 683 × 384 is that screen at 200 % zoom. */
  deviceScaleFactor?: number;
  reducedMotion?: 'reduce' | 'no-preference';
}

export async function openBrowser(app: WebApp, opts: BrowserOptions = {}): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    ...(opts.deviceScaleFactor ? { deviceScaleFactor: opts.deviceScaleFactor } : {}),
    ...(opts.reducedMotion ? { reducedMotion: opts.reducedMotion } : {}),
  });
  const foreignRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      origin = 'null';
    }
    if (origin === app.origin) {
      await route.continue();
    } else {
      foreignRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => process.stderr.write(`[page error] ${err.message}\n`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    process.stderr.write(`[page console] ${text}\n`);
    // The CSP stops most foreign loads before they reach the network (and the route above); count the attempt.
    const blocked = /violates the following Content Security Policy/.test(text) ? /'((?:https?|wss?|ftp):\/\/[^']+)'/.exec(text) : null;
    if (blocked?.[1] && new URL(blocked[1]).origin !== app.origin) foreignRequests.push(`csp-blocked ${blocked[1]}`);
  });
  return {
    page,
    foreignRequests,
    async screenshot(name) {
      if (!/^[\w.-]{1,100}$/.test(name)) throw new Error(`bad screenshot name ${name}`);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}

/**
 * Load `url` as a new document. On a page already showing the app, going to its `#token=` address changes only the
 * hash: Playwright returns at once while the app reloads itself, and the next step races that reload.
 */
export async function loadFresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/**
 * The few browser globals the tests touch inside `page.evaluate`, typed without pulling the DOM library into
 * the Node tsconfig. Use as `const w = globalThis as unknown as PageGlobals;` inside the evaluated function.
 */
export interface PageGlobals {
  sessionStorage: { length: number; key(index: number): string | null; getItem(key: string): string | null };
  location: { hash: string; href: string };
  document: {
    body: { innerText: string } | null;
    createElement(tag: 'canvas'): { getContext(kind: 'webgl2'): object | null };
  };
  fetch: typeof fetch;
}
