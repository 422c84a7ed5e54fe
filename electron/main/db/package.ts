// A survey package (`.parksurvey`) as a database connection: a SQLite file marked "PSDS" whose inventory tables
// follow this app's schema (PRAGMA user_version, brought up to date by the same migrations) and whose survey
// tables follow the package's own schema (survey_meta.package_schema). Every open checks, before anything reads a
// row: the file is there, is SQLite, is whole (its header's page count fits its size, quick_check), is a package,
// and is not from a newer app. A package keeps a rollback journal (not WAL), synchronous FULL: every committed
// entry is in the one file, so copying that file carries everything, and a crash or a closed lid loses nothing.
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { PACKAGE_SCHEMA } from '../../../shared/survey/model';
import type { SurveyReason } from '../../../shared/survey/messages';
import type { Db } from './connection';
import { migrate } from './migrate';
import { SCHEMA_VERSION } from './migrations';
import { PACKAGE_TABLES } from './package-schema';

/** "PSDS" — marks a file as a Park Space Desk survey package. */
export const PACKAGE_APPLICATION_ID = 0x50534453;

export function invalidPackage(
  file: string,
  reason: SurveyReason,
  message: string,
  details: Record<string, string | number> = {},
): AppError {
  return new AppError('survey_invalid', `${path.basename(file)}: ${message}`, { reason, file, ...details });
}

const MAGIC = 'SQLite format 3\0';

/** The header's promise about the file's size: a file shorter than its pages was cut short. */
export function checkPackageHeader(file: string): void {
  if (!existsSync(file)) throw invalidPackage(file, 'missing_file', 'no such file');
  const st = statSync(file);
  if (st.isDirectory()) throw invalidPackage(file, 'not_sqlite', 'a folder, not a file');
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let n: number;
  try {
    n = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (n < 16 || header.toString('latin1', 0, 16) !== MAGIC) throw invalidPackage(file, 'not_sqlite', 'not a SQLite file');
  if (n < 100) throw invalidPackage(file, 'corrupt', 'header cut short');
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  const counterValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw invalidPackage(file, 'corrupt', `page size ${pageSize}`);
  if (counterValid && pages > 0 && st.size < pages * pageSize)
    throw invalidPackage(file, 'corrupt', `${st.size} bytes, header says ${pages * pageSize}`);
  if (st.size % pageSize !== 0) throw invalidPackage(file, 'corrupt', `${st.size} bytes is not a whole number of ${pageSize}-byte pages`);
}

export interface PackageOpenOptions {
  readonly?: boolean;
  nativeBinding?: string;
  /** Run quick_check (default true): a damaged package is refused before anything reads it. */
  verify?: boolean;
}

export function packageSchemaOf(db: Db): number {
  const row = db.prepare("SELECT value FROM survey_meta WHERE key = 'package_schema'").get() as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

/** Opens and checks a package; a package from an older app has its inventory tables migrated (when writable). */
export function openPackage(file: string, opts: PackageOpenOptions = {}): Db {
  checkPackageHeader(file);
  let db: Db;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: true, nativeBinding: opts.nativeBinding });
  } catch (err) {
    throw invalidPackage(file, 'corrupt', (err as Error).message);
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== PACKAGE_APPLICATION_ID) throw invalidPackage(file, 'not_package', `application_id ${appId}`);
    if (opts.verify ?? true) {
      const check = db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw invalidPackage(file, 'corrupt', check);
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'survey_meta'").get();
    if (!hasMeta) throw invalidPackage(file, 'not_package', 'no survey_meta table');
    const schema = packageSchemaOf(db);
    if (schema > PACKAGE_SCHEMA || version > SCHEMA_VERSION) {
      throw invalidPackage(file, 'newer_schema', `package schema ${schema}/${version}`, {
        found: `${schema}.${version}`,
        supported: `${PACKAGE_SCHEMA}.${SCHEMA_VERSION}`,
      });
    }
    if (schema < 1 || version < 1)
      throw invalidPackage(file, 'bad_content', `package schema ${schema}/${version}`, { detail: `schema ${schema}.${version}` });
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) {
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = FULL');
      if (version < SCHEMA_VERSION) migrate(db);
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    const code = String((err as { code?: unknown }).code ?? '');
    throw invalidPackage(file, code === 'SQLITE_NOTADB' ? 'not_sqlite' : 'corrupt', (err as Error).message);
  }
}

/** Creates an empty package at `file` (which must not exist): this app's inventory schema plus the survey tables. */
export function createPackageFile(file: string, meta: Record<string, string>, nativeBinding?: string): Db {
  const db = new Database(file, { nativeBinding });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`application_id = ${PACKAGE_APPLICATION_ID}`);
    migrate(db);
    db.transaction(() => {
      db.exec(PACKAGE_TABLES);
      const put = db.prepare('INSERT INTO survey_meta (key, value) VALUES (?, ?)');
      put.run('package_schema', String(PACKAGE_SCHEMA));
      for (const [k, v] of Object.entries(meta)) put.run(k, v);
    })();
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
