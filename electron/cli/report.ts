// `report`: the monthly report to the district as a PDF (issue 9). The same print route as the app's, served by
// the same web-mode server and handlers on 127.0.0.1 over a read-only session of the file (no write lock: it only
// reads, as `rollup` does), printed by Debian's Chromium. The PDF is written to a partial file renamed at the end.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../main/ipc/dispatch';
import { handlers } from '../main/ipc/handlers';
import { chromiumPrinter, DEFAULT_CHROMIUM, requireChromium } from '../main/services/report/chromium';
import { Session } from '../main/session';
import { offloadTo } from '../main/workers/offload';
import { ReadPool } from '../main/workers/read-pool';
import { SOURCE_WORKER_SCRIPT } from '../main/workers/source-script';
import { createToken, startWebServer } from '../web/server';
import type { ReportCommand } from './args';
import { UsageError } from './args';
import { existingFile, newFile, openForCheck, resolvePath, type Context, type Outcome } from './commands';
import { say } from './messages';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const APP_VERSION = process.env.npm_package_version ?? '0.1.0';

/** Pages of a PDF, by its page objects (enough for the summary line; the tests read it back with poppler). */
function pageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export async function runReport(cmd: ReportCommand, ctx: Context): Promise<Outcome> {
  const file = existingFile(cmd.db);
  openForCheck(file).close(); // ours, at this app's schema
  const out = newFile(cmd.out, cmd.force);
  const executablePath = requireChromium(cmd.chromium === null ? DEFAULT_CHROMIUM : resolvePath(cmd.chromium));
  const staticDir = path.join(ROOT, 'dist', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new UsageError('no_renderer', { path: path.join(staticDir, 'index.html') });
  const started = performance.now();
  ctx.progress?.(say('report_progress', ctx.locale));
  const session = new Session({ dbPath: file, transport: 'web', appVersion: APP_VERSION, readOnly: true, watchMs: 0 });
  let sha256: string | null = null;
  const partial = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.partial`);
  // Heavy reads (the stamp over every exported row) in worker threads, as in the app, beside the page's requests.
  const readPool = new ReadPool({ script: SOURCE_WORKER_SCRIPT });
  try {
    const token = createToken();
    const server = await startWebServer({
      session,
      dispatch: createDispatcher(session, handlers, offloadTo(readPool)),
      staticDir,
      token,
      port: 0,
    });
    const printer = chromiumPrinter({ origin: server.origin, token, executablePath });
    const req = { asOf: cmd.asOf, period: cmd.period, lang: cmd.lang, ...(cmd.zone ? { zoneCode: cmd.zone } : {}) };
    try {
      ({ sha256 } = await printer.print(req, partial));
    } finally {
      await printer.close();
      await server.close();
    }
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
    await readPool.close();
    session.close();
  }
  const pages = pageCount(readFileSync(out));
  const seconds = Math.round(performance.now() - started) / 1000;
  return {
    lines: [
      say('report_done', ctx.locale, {
        period: say(`period_${cmd.period}`, ctx.locale),
        date: cmd.asOf,
        path: out,
        pages,
        sha: sha256 ?? '?',
        seconds,
      }),
    ],
    json: { command: 'report', db: file, out, asOf: cmd.asOf, period: cmd.period, lang: cmd.lang, zone: cmd.zone, pages, sha256, seconds },
    exitCode: 0,
  };
}
