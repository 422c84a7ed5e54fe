// Applies numbered migrations, each in one transaction, and records the result in PRAGMA user_version.
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export interface MigrationHooks {
  /** Called once before the first pending migration of a database that already has a schema. */
  beforeMigrate?: (db: Database.Database, fromVersion: number, toVersion: number) => void;
}

export function schemaVersionOf(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

const damaged = (found: number, why: string) =>
  new AppError('database_damaged', `Database schema version ${found} ${why}`, { found, supported: SCHEMA_VERSION });

/** SQLite result codes that mean the disk, not the schema, stopped a migration. */
const DISK_CODES = /^SQLITE_(FULL|IOERR|CANTOPEN|READONLY|PERM|BUSY)/;

export function migrate(db: Database.Database, hooks: MigrationHooks = {}, target = SCHEMA_VERSION): number {
  const from = schemaVersionOf(db);
  if (from > SCHEMA_VERSION) {
    throw new AppError('database_newer', `Database schema ${from} is newer than this app (${SCHEMA_VERSION})`, {
      found: from,
      supported: SCHEMA_VERSION,
    });
  }
  // Checked before any backup or change: a version no release ever wrote, or version 0 on a file that has tables.
  if (from < 0) throw damaged(from, 'is impossible');
  if (from === 0 && (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0) {
    throw damaged(from, 'says empty, but the file has tables');
  }
  if (from >= target) return from;
  if (from > 0) hooks.beforeMigrate?.(db, from, target);
  for (let v = from; v < target; v += 1) {
    const sql = MIGRATIONS[v];
    if (sql === undefined) break;
    try {
      db.transaction(() => {
        db.exec(sql);
        db.pragma(`user_version = ${v + 1}`);
      })();
    } catch (err) {
      const code = String((err as { code?: unknown }).code ?? '');
      if (DISK_CODES.test(code))
        throw new AppError('file_system', `Upgrading ${db.name} failed: ${(err as Error).message}`, {
          os: code.includes('FULL') ? 'ENOSPC' : 'OTHER',
          file: db.name,
        });
      // The file already holds what this migration creates (or lacks what it changes): its version does not match its contents.
      throw damaged(from, `does not match the file's contents (${(err as Error).message})`);
    }
  }
  return schemaVersionOf(db);
}
