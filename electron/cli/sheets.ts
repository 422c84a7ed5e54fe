// export, import and template: the floor-space spreadsheets from the command line, through the same services
// as the app. Import is a writer: it takes the file's write lock (program 'cli') for its whole run.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../shared/enums';
import type { ImportOutcome } from '../../shared/sheets/results';
import { conflictMessage, issueLine, issueMessage, noteMessage } from '../../shared/sheets/messages';
import { openDatabase } from '../main/db/connection';
import { requireWriteLock } from '../main/db/write-lock';
import { backupInto } from '../main/services/backup';
import { exportReport } from '../main/services/sheets/export';
import { parseImport, runImport as runRows } from '../main/services/sheets/import';
import { writeTemplate } from '../main/services/sheets/template';
import type { ExportCommand } from './args';
import { UsageError } from './args';
import { existingFile, newFile, openForCheck, resolvePath, type Context, type Outcome } from './commands';
import { say } from './messages';

const seconds = (startMs: number) => Math.round(performance.now() - startMs) / 1000;
const APP_VERSION = process.env.npm_package_version ?? '0.1.0';

function folder(dir: string): string {
  const resolved = resolvePath(dir);
  if (!existsSync(resolved)) throw new UsageError('no_folder', { path: resolved });
  if (!statSync(resolved).isDirectory()) throw new UsageError('not_a_folder', { path: resolved });
  return resolved;
}

/** A progress line on the terminal, at most once per percent. */
function percentReporter(ctx: Context, key: 'export_progress' | 'import_progress'): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    const percent = Math.floor((done / Math.max(total, 1)) * 100);
    if (ctx.progress && percent !== last) ctx.progress(say(key, ctx.locale, { percent }));
    last = percent;
  };
}

const withoutTimings = <T extends { sheetMs: unknown }>({ sheetMs: _ms, ...rest }: T) => rest;

export async function runExport(cmd: ExportCommand, ctx: Context): Promise<Outcome> {
  const file = existingFile(cmd.db);
  openForCheck(file).close(); // ours, at this app's schema
  const xlsx = cmd.out === null ? undefined : newFile(cmd.out, cmd.force);
  const csvDir = cmd.csv === null ? undefined : folder(cmd.csv);
  const scope =
    cmd.zone !== null
      ? { kind: 'zone' as const, code: cmd.zone }
      : cmd.park !== null
        ? { kind: 'park' as const, id: cmd.park }
        : { kind: 'district' as const };
  const started = performance.now();
  const result = await exportReport(
    { asOf: cmd.asOf, scope, locale: cmd.lang },
    { xlsx, csvDir },
    {
      dbPath: file,
      appVersion: APP_VERSION,
      onProgress: percentReporter(ctx, 'export_progress'),
    },
  );
  const secs = seconds(started);
  const files = xlsx ? [xlsx, ...(csvDir ? [path.join(csvDir, '*.csv')] : [])] : [path.join(csvDir ?? '', '*.csv')];
  return {
    lines: [
      say('export_done', ctx.locale, {
        scope: result.scope,
        date: result.asOf,
        files: files.join(', '),
        sha: result.sha256,
        seconds: secs,
      }),
    ],
    json: { command: 'export', db: file, ...withoutTimings(result), seconds: secs },
    exitCode: 0,
  };
}

export async function runTemplate(cmd: { out: string; lang: 'zh-CN' | 'en'; force: boolean }, ctx: Context): Promise<Outcome> {
  const out = newFile(cmd.out, cmd.force);
  await writeTemplate(out, cmd.lang);
  return { lines: [say('template_done', ctx.locale, { path: out })], json: { command: 'template', out, lang: cmd.lang }, exitCode: 0 };
}

/** Lines shown in text mode before "… and N more". */
const MAX_LINES = 50;

function importLines(o: ImportOutcome, locale: Locale): string[] {
  const lines = [
    say('import_counts', locale, {
      insert: o.insert,
      update: o.update,
      unchanged: o.unchanged,
      errors: o.errorRows,
      conflicts: o.conflicts.length,
    }),
  ];
  const problems = [
    ...o.errors.map((e) => issueLine(e, locale)),
    ...o.conflicts.map((c) => `${c.sheet}!${c.row}: ${conflictMessage(c, locale)}`),
  ];
  lines.push(...problems.slice(0, MAX_LINES));
  if (problems.length > MAX_LINES) lines.push(`… ${problems.length - MAX_LINES}`);
  lines.push(...o.notes.map((n) => noteMessage(n, locale)));
  return lines;
}

function importJson(o: ImportOutcome): Record<string, unknown> {
  return {
    insert: o.insert,
    update: o.update,
    unchanged: o.unchanged,
    applied: o.applied,
    errors: o.errors.map((e) => ({
      sheet: e.sheet,
      row: e.row,
      column: e.column,
      header: e.header,
      code: e.code,
      message: issueMessage(e, 'en'),
    })),
    conflicts: o.conflicts.map((c) => ({ ...c, message: conflictMessage(c, 'en') })),
    notes: o.notes.map((n) => ({ ...n, message: noteMessage(n, 'en') })),
  };
}

export async function runImport(cmd: { db: string; file: string; dryRun: boolean }, ctx: Context): Promise<Outcome> {
  const dbFile = existingFile(cmd.db);
  const source = existingFile(cmd.file);
  openForCheck(dbFile).close(); // ours, at this app's schema: nothing to migrate
  const lock = requireWriteLock(dbFile, 'cli');
  try {
    const started = performance.now();
    const parsed = await parseImport(source, path.basename(source), { onProgress: percentReporter(ctx, 'import_progress') });
    const db = openDatabase(dbFile);
    try {
      let { outcome } = runRows(db, parsed, 'dry-run');
      const clean = outcome.errors.length === 0 && outcome.conflicts.length === 0;
      let backup: string | null = null;
      if (clean && !cmd.dryRun && outcome.insert + outcome.update > 0) {
        const dir = path.join(path.dirname(dbFile), 'backups');
        backup = path.join(dir, (await backupInto(db, dir, 'import')).file);
        ({ outcome } = runRows(db, parsed, 'apply'));
      }
      const status = outcome.applied
        ? say('import_applied', ctx.locale, { file: source })
        : clean
          ? say('import_dry_run', ctx.locale)
          : say('import_refused', ctx.locale);
      return {
        lines: [...importLines(outcome, ctx.locale), status],
        json: {
          command: 'import',
          db: dbFile,
          file: source,
          dryRun: cmd.dryRun,
          ...importJson(outcome),
          backup,
          seconds: seconds(started),
        },
        exitCode: outcome.errors.length || outcome.conflicts.length ? 1 : 0,
      };
    } finally {
      db.close();
    }
  } finally {
    lock.release();
  }
}
