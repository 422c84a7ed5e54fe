// The database's own identity: a random id given once when the file is created (migration 005), kept by backups
// and restores. Survey packages name the database they came from by it; backups name their database by it.
import type { Db } from '../connection';

/** The identity, or '' for a file from before identities existed (not yet migrated). */
export function databaseIdentity(db: Db): string {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'database_identity'").get();
  if (!table) return '';
  const row = db.prepare('SELECT id FROM database_identity WHERE only = 1').get() as { id: string } | undefined;
  return row?.id ?? '';
}

/** The identity of the database attached as `schema` (a backup being checked), or '' when it has none. */
export function attachedIdentity(db: Db, schema: string): string {
  const table = db.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE type = 'table' AND name = 'database_identity'`).get();
  if (!table) return '';
  const row = db.prepare(`SELECT id FROM ${schema}.database_identity WHERE only = 1`).get() as { id: string } | undefined;
  return row?.id ?? '';
}

/** Gives the database a new identity (a copy saved under another name is another database). */
export function renewIdentity(db: Db, id: string, at: string): void {
  db.prepare('UPDATE database_identity SET id = ?, created_at = ? WHERE only = 1').run(id, at);
}
