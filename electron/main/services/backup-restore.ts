// Restoring a backup over the open database. Order matters, so that at every instant the database path holds
// either the old or the new complete database (an interruption at any step, kill -9 included, loses nothing):
//   1. resolve the bare file name inside the backups folder (no traversal);
//   2. copy it to a staged file beside the database and check that copy is a Park Space Desk database this app
//      can open (through ATTACH on the open connection, which already has the right native binding);
//   3. back up the current file (reason 'restore');
//   4. checkpoint and close the connection; keep the current file reachable under a second name (a hard link);
//   5. rename the staged copy over the database path (one atomic rename), reopen; if it does not open, rename the
//      original back. Leftovers of an interruption are resolved on the next start (services/leftovers.ts).
import { copyFileSync, linkSync, renameSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { APPLICATION_ID, type Db } from '../db/connection';
import { SCHEMA_VERSION } from '../db/migrations';
import { databaseIdentity } from '../db/repos/identity';
import { attachedFacts, checkpointTruncate, type FileFacts } from '../db/inspect';
import type { Session } from '../session';
import { createBackupNow } from './backup';
import { withFileLock } from './backup-lock';
import { resolveBackupFile } from './backup-files';
import { onFile } from './fs-errors';
import { asideName, removeCompanions, removeDbFiles, restoreStagedName } from './db-files';

const STEPS = 4;

/** Checks that `file` is a sound Park Space Desk database no newer than this app, without opening a second connection. */
export function verifyDatabaseFile(db: Db, file: string): { schemaVersion: number } {
  let facts: FileFacts;
  try {
    facts = attachedFacts(db, file);
  } catch (err) {
    throw new AppError('database_invalid', `Cannot open ${path.basename(file)}: ${(err as Error).message}`);
  }
  const { appId, schemaVersion, identity, check } = facts;
  if (appId !== APPLICATION_ID || schemaVersion < 1) {
    throw new AppError('database_invalid', `${path.basename(file)} is not a Park Space Desk database`);
  }
  if (schemaVersion > SCHEMA_VERSION) {
    throw new AppError('database_newer', `Backup schema ${schemaVersion} is newer than this app (${SCHEMA_VERSION})`, {
      found: schemaVersion,
      supported: SCHEMA_VERSION,
    });
  }
  // A backup of another database that shares this backups folder is not this database's past.
  const ours = databaseIdentity(db);
  if (identity && ours && identity !== ours) {
    throw new AppError('backup_other_database', `${path.basename(file)} is a backup of another database`, { file: path.basename(file) });
  }
  if (check !== 'ok') throw new AppError('database_invalid', `${path.basename(file)} is damaged: ${check}`);
  return { schemaVersion };
}

/** Named points of a restore, for fault injection in tests (a hook that throws or kills the process there). */
export type RestoreStep = 'copied' | 'verified' | 'safety-backup' | 'closed' | 'aside' | 'renamed' | 'reopened';
export type FaultHook = (step: string) => void;

/**
 * Replaces the session's database with the backup `file` (a bare name inside `session.backupDir`), after a
 * backup of the current state with reason 'restore'. Reports `progress` events (kind 'restore') and emits
 * `data-changed` (reason 'restore') when the restored file is open. Queued behind other file operations.
 */
export function restoreBackup(session: Session, file: string, opts: { fault?: FaultHook } = {}): Promise<void> {
  return withFileLock(session, () => restoreNow(session, file, opts.fault ?? (() => undefined)));
}

async function restoreNow(session: Session, file: string, fault: FaultHook): Promise<void> {
  session.assertWritable();
  const source = resolveBackupFile(session.backupDir, file);
  const taskId = `restore-${randomUUID()}`;
  const report = (done: number, finished = false) => session.emit('progress', { taskId, kind: 'restore', done, total: STEPS, finished });
  const staged = restoreStagedName(session.dbPath, randomUUID().replace(/-/g, '').slice(0, 8));
  report(0);
  try {
    onFile(staged, () => copyFileSync(source, staged));
    fault('copied');
    verifyDatabaseFile(session.db, staged);
    fault('verified');
    report(1);
    await createBackupNow(session, 'restore');
    fault('safety-backup');
    report(2);
    swapIn(session, staged, fault);
    report(3);
  } finally {
    // The set-aside original is swapIn's to remove: only once the path holds an open, complete database.
    removeDbFiles(staged);
    report(STEPS, true);
  }
  session.emit('data-changed', { reason: 'restore' });
}

/** A second name for `file` (a hard link: instant, no space), or a copy where links are not supported (FAT). */
function keepReachable(file: string, as: string): void {
  try {
    linkSync(file, as);
  } catch {
    onFile(as, () => copyFileSync(file, as));
  }
}

/**
 * Synchronous from close to reopen, so no request can reach the closed connection in between. The rename of the
 * staged copy over the database path is the one step that changes what the path holds, and it is atomic.
 */
function swapIn(session: Session, staged: string, fault: FaultHook): void {
  const dbPath = session.dbPath;
  const aside = asideName(staged);
  checkpointFully(session.db);
  session.db.close();
  try {
    fault('closed');
    removeDbFiles(aside);
    keepReachable(dbPath, aside);
    fault('aside');
    removeCompanions(staged);
    removeCompanions(dbPath);
    onFile(dbPath, () => renameSync(staged, dbPath));
  } catch (err) {
    removeDbFiles(aside); // only a second name of the original, which is still at its path
    session.reopen();
    throw err;
  }
  try {
    fault('renamed');
    session.reopen();
  } catch (err) {
    // The restored file did not open: the original goes back under its name, exactly as it was. If even that
    // fails, the set-aside original stays where it is (and the 'restore' backup holds it too).
    removeCompanions(dbPath);
    renameSync(aside, dbPath);
    session.reopen();
    if (err instanceof AppError) throw err;
    throw new AppError('internal', `The backup could not replace the database file: ${(err as Error).message}`);
  }
  removeDbFiles(aside);
  fault('reopened');
}

/** Moves every committed page from the WAL into the file, so the set-aside original is complete on its own. */
function checkpointFully(db: Db): void {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (checkpointTruncate(db)) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  throw new AppError('file_system', `${db.name} is being read by another program; try the restore again`, { os: 'EBUSY', file: db.name });
}
