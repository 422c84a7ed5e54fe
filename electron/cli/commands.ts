// sample, check and backup (rollup is in ./rollup.ts). Each returns what to print (text lines in the user's
// language, a JSON object) and an exit status; bad input is thrown as UsageError or AppError and reported by
// main.ts in one line.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../shared/enums';
import { AppError, FIELD_CODES, type FieldCode } from '../../shared/errors';
import { countsText, fieldMessage } from '../../shared/messages';
import { openDatabase, type Db } from '../main/db/connection';
import { schemaVersionOf } from '../main/db/migrate';
import { SCHEMA_VERSION } from '../main/db/migrations';
import { backupDatabase } from '../main/services/backup';
import { canonicalPath } from '../main/services/same-file';
import { requireWriteLock } from '../main/db/write-lock';
import { checkDatabase, type Problem } from '../main/services/check';
import { writeSampleFile } from '../main/services/sample/file';
import { UsageError } from './args';
import { say } from './messages';

export interface Outcome {
  lines: string[];
  json: Record<string, unknown>;
  exitCode: number;
}

export interface Context {
  locale: Locale;
  /** Where progress goes (a terminal's stderr), or null for none. */
  progress: ((line: string) => void) | null;
}

const seconds = (startMs: number) => Math.round(performance.now() - startMs) / 1000;

/** `npm run cli` runs in the project folder; relative paths mean the folder the user typed the command in. */
export function resolvePath(file: string): string {
  const base = process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  return canonicalPath(path.resolve(base, file));
}

export function existingFile(file: string): string {
  const resolved = resolvePath(file);
  if (!existsSync(resolved)) throw new UsageError('file_missing', { path: resolved });
  if (statSync(resolved).isDirectory()) throw new UsageError('is_folder', { path: resolved });
  return resolved;
}

export function newFile(file: string, force: boolean): string {
  const resolved = resolvePath(file);
  if (!existsSync(path.dirname(resolved)) || !statSync(path.dirname(resolved)).isDirectory()) {
    throw new UsageError('no_folder', { path: path.dirname(resolved) });
  }
  if (existsSync(resolved)) {
    if (statSync(resolved).isDirectory()) throw new UsageError('is_folder', { path: resolved });
    if (!force) throw new UsageError('file_exists', { path: resolved });
  }
  return resolved;
}

export function runSample(cmd: { db: string; large: boolean; force: boolean }, ctx: Context): Outcome {
  const target = newFile(cmd.db, cmd.force);
  const size = cmd.large ? 'large' : 'standard';
  const started = performance.now();
  let lastPercent = -1;
  const counts = writeSampleFile(target, {
    size,
    onProgress: (done, total) => {
      const percent = Math.floor((done / Math.max(total, 1)) * 100);
      if (ctx.progress && percent !== lastPercent) ctx.progress(say('progress', ctx.locale, { percent }));
      lastPercent = percent;
    },
  });
  const secs = seconds(started);
  const list = countsText(counts, ctx.locale);
  return {
    lines: [
      say('sample_done', ctx.locale, {
        size: say(cmd.large ? 'size_large' : 'size_standard', ctx.locale),
        path: target,
        counts: list,
        seconds: secs,
      }),
    ],
    json: { command: 'sample', db: target, size, counts, seconds: secs },
    exitCode: 0,
  };
}

/** Opens a file read-only for checking or reading (check, rollup), refusing files that are not ours or not at this app's schema. */
export function openForCheck(file: string): Db {
  const db = openDatabase(file, { readonly: true });
  const version = schemaVersionOf(db);
  const refuse = (err: Error): never => {
    db.close();
    throw err;
  };
  if (version > SCHEMA_VERSION) {
    refuse(
      new AppError('database_newer', `Database schema ${version} is newer than this app (${SCHEMA_VERSION})`, {
        found: version,
        supported: SCHEMA_VERSION,
      }),
    );
  }
  if (version === 0) refuse(new UsageError('not_ours', { path: file }));
  if (version < SCHEMA_VERSION) refuse(new UsageError('schema_old', { found: String(version), supported: String(SCHEMA_VERSION) }));
  return db;
}

function problemLine(p: Problem, locale: Locale): string {
  const known = (FIELD_CODES as readonly string[]).includes(p.code);
  const message =
    known && locale !== 'en' ? fieldMessage({ field: p.field, code: p.code as FieldCode, params: p.params }, locale) : p.message;
  const where = [p.entity, p.id ?? '', p.field].filter(Boolean).join(' ');
  return `${where}: ${message} [${p.code}]`;
}

export function runCheck(cmd: { db: string }, ctx: Context): Outcome {
  const file = existingFile(cmd.db);
  const started = performance.now();
  const db = openForCheck(file);
  let problems: Problem[];
  try {
    problems = checkDatabase(db);
  } finally {
    db.close();
  }
  const secs = seconds(started);
  const summary = problems.length
    ? say('check_found', ctx.locale, { count: problems.length, path: file, seconds: secs })
    : say('check_clean', ctx.locale, { path: file, seconds: secs });
  return {
    lines: [...problems.map((p) => problemLine(p, ctx.locale)), summary],
    json: { command: 'check', db: file, ok: problems.length === 0, problemCount: problems.length, problems, seconds: secs },
    exitCode: problems.length ? 1 : 0,
  };
}

export async function runBackup(cmd: { db: string; out: string; force: boolean }, ctx: Context): Promise<Outcome> {
  const file = existingFile(cmd.db);
  const out = newFile(cmd.out, cmd.force);
  if (out === file) throw new UsageError('same_file');
  const started = performance.now();
  // An existing `out` is replaced only if no program is writing it (a running app's database is not written over).
  const lock = existsSync(out) ? requireWriteLock(out, 'cli') : null;
  // Read-only: a backup never migrates or otherwise changes the file it copies.
  let sizeBytes: number;
  try {
    const db = openDatabase(file, { readonly: true });
    try {
      if (schemaVersionOf(db) === 0) throw new UsageError('not_ours', { path: file });
      ({ sizeBytes } = await backupDatabase(db, out));
    } finally {
      db.close();
    }
  } finally {
    lock?.release();
  }
  const secs = seconds(started);
  return {
    lines: [say('backup_done', ctx.locale, { path: file, out, bytes: sizeBytes, seconds: secs })],
    json: { command: 'backup', db: file, out, sizeBytes, seconds: secs },
    exitCode: 0,
  };
}
