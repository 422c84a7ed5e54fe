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

export function migrate(db: Database.Database, hooks: MigrationHooks = {}, target = SCHEMA_VERSION): number {
  const from = schemaVersionOf(db);
  if (from > SCHEMA_VERSION) {
    throw new AppError('database_newer', `Database schema ${from} is newer than this app (${SCHEMA_VERSION})`, {
      found: from,
      supported: SCHEMA_VERSION,
    });
  }
  if (from >= target) return from;
  if (from > 0) hooks.beforeMigrate?.(db, from, target);
  for (let v = from; v < target; v += 1) {
    const sql = MIGRATIONS[v];
    if (sql === undefined) break;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return schemaVersionOf(db);
}
