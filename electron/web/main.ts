// Web mode entry (`npm run web -- [--db PATH] [--port N] [--sample|--empty]`): the real handlers and the built
// renderer served on 127.0.0.1. Prints exactly one line on stdout (the address to open); diagnostics go to stderr.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../../shared/messages';
import { AppError } from '../../shared/errors';
import { createDispatcher } from '../main/ipc/dispatch';
import { lockedError } from '../main/db/write-lock';
import { handlers } from '../main/ipc/handlers';
import { migrationBackupHook } from '../main/services/backup';
import { chromiumPrinter } from '../main/services/report/chromium';
import { setReportPrinter } from '../main/services/report/printer';
import { startBackupSchedule } from '../main/services/backup-schedule';
import { Session } from '../main/session';
import { offloadTo, warmOnStart } from '../main/workers/offload';
import { ReadPool } from '../main/workers/read-pool';
import { SOURCE_WORKER_SCRIPT } from '../main/workers/source-script';
import { ArgsError, USAGE, parseWebArgs, type WebArgs } from './args';
import { prepareDatabase } from './setup';
import { createToken, startWebServer, type WebServer } from './server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fail = (line: string, code = 1): never => {
  process.stderr.write(`web mode: ${line}\n`);
  process.exit(code);
};

async function main(): Promise<void> {
  let args: WebArgs;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof ArgsError) fail(`${err.message}\n${USAGE}`, 2);
    throw err;
  }
  const staticDir = path.join(root, 'dist', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    fail('dist/renderer/index.html is missing; build the interface first with `npm run build:renderer` (`npm run web` does this).');
  }
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

  let session: Session;
  try {
    // Another program holding the file's write lock (the desktop app, another web mode, the CLI generating it):
    // open it read-only and say so, here and in the window.
    session = new Session({
      dbPath: args.survey ?? args.dbPath,
      transport: 'web',
      appVersion: version,
      beforeMigrate: migrationBackupHook(),
      whenLocked: 'read-only',
      kind: args.survey ? 'survey' : 'office',
    });
  } catch (err) {
    const shape = err instanceof AppError ? err.toShape() : new AppError('internal', (err as Error).message).toShape();
    return fail(`cannot open ${args.survey ?? args.dbPath}: ${errorMessage(shape, 'en')}`);
  }
  const access = session.access;
  if (access.mode === 'read-only' && access.reason === 'locked') {
    const why = errorMessage(lockedError(session.dbPath, access.holder).toShape(), 'en');
    process.stderr.write(`web mode: ${why}. Serving it READ-ONLY.\n`);
  }
  // Heavy reads in a worker thread with its own read-only connection, as in the desktop app.
  const readPool = new ReadPool({ script: SOURCE_WORKER_SCRIPT });
  const dispatch = createDispatcher(session, handlers, offloadTo(readPool));
  const problem = access.mode === 'write' ? await prepareDatabase(dispatch, args.setup) : null;
  if (problem) {
    void readPool.close();
    session.close();
    fail(problem);
  }
  // Like the desktop app: the daily backup on start and while it stays open (a failure is reported, not fatal).
  const stopBackups = startBackupSchedule(session, (err: unknown) => {
    process.stderr.write(`web mode: automatic backup failed: ${(err as Error).message}\n`);
  });

  let server: WebServer;
  const token = createToken();
  try {
    server = await startWebServer({ session, dispatch, staticDir, token, port: args.port });
  } catch (err) {
    session.close();
    return fail(`cannot listen on 127.0.0.1:${args.port}: ${(err as Error).message}`);
  }
  // The report's PDF (issue 9): Debian's Chromium prints this server's own print route.
  const printer = chromiumPrinter({ origin: server.origin, token, ...(args.chromium ? { executablePath: args.chromium } : {}) });
  setReportPrinter(session, printer);
  void warmOnStart(readPool, session, (err) => process.stderr.write(`web mode: snapshot failed: ${(err as Error).message}\n`));
  process.stderr.write(
    args.survey
      ? `web mode: SURVEY MODE on package ${session.dbPath} (no office database is opened)\n`
      : `web mode: database ${session.dbPath}\n`,
  );
  process.stdout.write(`web mode ready: ${server.url}\n`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`web mode: ${signal} received, closing\n`);
    stopBackups();
    void printer
      .close()
      .then(() => server.close())
      .then(() => readPool.close())
      .finally(() => {
        session.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)));
