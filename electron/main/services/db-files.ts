// Database files and their companions on disk: the names of temporary files beside a database (shared by the
// code that makes them and services/leftovers.ts, which cleans up after an interruption), removal of a file with
// its -wal/-shm/-journal, and the check that a file is a complete database this app can open.
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../db/connection';
import { SCHEMA_VERSION } from '../db/migrations';

const COMPANIONS = ['-wal', '-shm', '-journal'];

export const restoreStagedName = (dbPath: string, tag: string): string => path.join(path.dirname(dbPath), `.${path.basename(dbPath)}.restore-${tag}`);
export const asideName = (staged: string): string => `${staged}.previous`;
export const creatingName = (dbPath: string, tag: string): string => path.join(path.dirname(dbPath), `.${path.basename(dbPath)}.${tag}.creating`);
export const partialName = (target: string, tag: string): string => path.join(path.dirname(target), `.${path.basename(target)}.${tag}.partial`);

/** Removes the -wal / -shm / -journal files that belong to a database file. */
export function removeCompanions(file: string): void {
  for (const suffix of COMPANIONS) rmSync(file + suffix, { force: true });
}

/** Removes a database file and its companions. */
export function removeDbFiles(file: string): void {
  rmSync(file, { force: true });
  removeCompanions(file);
}

/** A complete Park Space Desk database this app can open: our application id, a known schema, quick_check ok. */
export function isCompleteDatabase(file: string, nativeBinding?: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID || version < 1 || version > SCHEMA_VERSION) return false;
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
