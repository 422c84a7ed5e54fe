// Restoring a backup over the open database. Order matters, so that no step can leave a half-restored file:
//   1. resolve the bare file name inside the backups folder (no traversal);
//   2. copy it to a temporary file beside the database and check that copy is a Park Space Desk database
//      this app can open (through ATTACH on the open connection, which already has the right native binding);
//   3. back up the current file (reason 'restore');
//   4. close the connection, drop stale -wal/-shm, rename the checked copy over the database (atomic), reopen.
import { copyFileSync, renameSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { APPLICATION_ID, type Db } from '../db/connection';
import { SCHEMA_VERSION } from '../db/migrations';
import type { Session } from '../session';
import { createBackupNow, removeCompanions, removeDbFiles } from './backup';
import { withFileLock } from './backup-lock';
import { resolveBackupFile } from './backup-files';

const STEPS = 4;

/** Checks that `file` is a sound Park Space Desk database no newer than this app, without opening a second connection. */
export function verifyDatabaseFile(db: Db, file: string): { schemaVersion: number } {
  const alias = `probe_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  try {
    db.prepare(`ATTACH DATABASE ? AS ${alias}`).run(file);
  } catch (err) {
    throw new AppError('database_invalid', `Cannot open ${path.basename(file)}: ${(err as Error).message}`);
  }
  try {
    const appId = db.pragma(`${alias}.application_id`, { simple: true }) as number;
    const schemaVersion = db.pragma(`${alias}.user_version`, { simple: true }) as number;
    if (appId !== APPLICATION_ID || schemaVersion < 1) {
      throw new AppError('database_invalid', `${path.basename(file)} is not a Park Space Desk database`);
    }
    if (schemaVersion > SCHEMA_VERSION) {
      throw new AppError('database_newer', `Backup schema ${schemaVersion} is newer than this app (${SCHEMA_VERSION})`, {
        found: schemaVersion,
        supported: SCHEMA_VERSION,
      });
    }
    const check = db.pragma(`${alias}.quick_check`, { simple: true });
    if (check !== 'ok') throw new AppError('database_invalid', `${path.basename(file)} is damaged: ${String(check)}`);
    return { schemaVersion };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('database_invalid', `Cannot read ${path.basename(file)}: ${(err as Error).message}`);
  } finally {
    db.exec(`DETACH DATABASE ${alias}`);
  }
}

/**
 * Replaces the session's database with the backup `file` (a bare name inside `session.backupDir`), after a
 * backup of the current state with reason 'restore'. Reports `progress` events (kind 'restore') and emits
 * `data-changed` (reason 'restore') when the restored file is open. Queued behind other file operations.
 */
export function restoreBackup(session: Session, file: string): Promise<void> {
  return withFileLock(session, () => restoreNow(session, file));
}

async function restoreNow(session: Session, file: string): Promise<void> {
  const source = resolveBackupFile(session.backupDir, file);
  const taskId = `restore-${randomUUID()}`;
  const report = (done: number, finished = false) =>
    session.emit('progress', { taskId, kind: 'restore', done, total: STEPS, finished });
  const dbPath = session.dbPath;
  const staged = path.join(path.dirname(dbPath), `.${path.basename(dbPath)}.restore-${randomUUID().slice(0, 8)}`);
  report(0);
  try {
    copyFileSync(source, staged);
    verifyDatabaseFile(session.db, staged);
    report(1);
    const safety = await createBackupNow(session, 'restore');
    report(2);
    swapIn(session, staged, dbPath, path.join(session.backupDir, safety.file));
    report(3);
  } finally {
    removeDbFiles(staged);
    report(STEPS, true);
  }
  session.emit('data-changed', { reason: 'restore' });
}

/**
 * Synchronous from close to reopen, so no request can reach the closed connection in between. The current file
 * is moved aside, not deleted, until the restored one has opened; if it does not open, the original goes back
 * exactly as it was (the pre-restore backup in `fallback` is the second line of defence).
 */
function swapIn(session: Session, staged: string, dbPath: string, fallback: string): void {
  const aside = `${staged}.previous`;
  session.db.close(); // the last connection closing checkpoints and removes the WAL
  removeCompanions(staged);
  removeCompanions(dbPath);
  renameSync(dbPath, aside);
  try {
    renameSync(staged, dbPath);
    session.switchTo(dbPath);
    removeDbFiles(aside);
  } catch (err) {
    removeDbFiles(dbPath);
    try {
      renameSync(aside, dbPath);
    } catch {
      copyFileSync(fallback, dbPath);
    }
    session.switchTo(dbPath);
    if (err instanceof AppError) throw err;
    throw new AppError('internal', `The backup could not replace the database file: ${(err as Error).message}`);
  }
}
