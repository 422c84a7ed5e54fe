// Backups of the database file: online copies through SQLite's backup API (consistent while the app keeps
// writing), kept beside the database in `backups/`, pruned per kind (backup-files.ts). No Electron here: the CLI
// and web mode use the same functions. Restore lives in ./backup-restore.ts, the schedule in ./backup-schedule.ts.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { openDatabase, type Db } from '../db/connection';
import type { MigrationHooks } from '../db/migrate';
import type { Session } from '../session';
import { freshName, KEEP_BACKUPS, listBackups, localDay, ownerOf, pruneBackups, type BackupReason } from './backup-files';
import { databaseIdentity, renewIdentity } from '../db/repos/identity';
import { firstTableWithRows } from '../db/repos/counts';
import { contentFingerprint } from '../db/inspect';
import { copyOfConnection } from './backup-copy';
import { withFileLock } from './backup-lock';
import { partialName, removeCompanions, removeDbFiles } from './db-files';
import { ensureFolder, fileSystemError, onFile } from './fs-errors';
import { sameFile } from './same-file';

export { listBackups, pruneBackups, KEEP_BACKUPS, type BackupReason } from './backup-files';
export { removeCompanions, removeDbFiles } from './db-files';
export { copyOfConnection } from './backup-copy';
export { withFileLock } from './backup-lock';

export interface BackupOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Pages copied per step: small enough to keep the event loop (and the UI) responsive on big files. */
const PAGES_PER_STEP = 256;

/**
 * Copies the open database to `outFile` with SQLite's online backup API. The copy is written to a temporary
 * file beside `outFile` and renamed into place when complete, so `outFile` is never half written.
 * Aborting through `signal` stops the copy, removes the partial file and throws AppError('cancelled').
 */
export async function backupDatabase(db: Db, outFile: string, opts: BackupOptions = {}): Promise<{ sizeBytes: number }> {
  const target = path.resolve(outFile);
  if (db.name && sameFile(db.name, target)) {
    throw new AppError('file_exists', 'A database cannot be backed up onto itself', { file: target });
  }
  const cancelled = () => new AppError('cancelled', 'Backup cancelled');
  if (opts.signal?.aborted) throw cancelled();
  const partial = partialName(target, randomUUID().slice(0, 8));
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (opts.signal?.aborted) throw cancelled();
        opts.onProgress?.(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
    if (opts.signal?.aborted) throw cancelled();
    removeCompanions(target); // a stale -wal beside the target would be replayed into the new copy
    renameSync(partial, target);
  } catch (err) {
    removeDbFiles(partial);
    if (err instanceof AppError) throw err;
    if (typeof (err as { code?: unknown }).code === 'string' && /^E[A-Z]+$/.test((err as { code: string }).code))
      throw fileSystemError(err, target);
    throw new AppError('internal', `Backup to ${target} failed: ${(err as Error).message}`);
  }
  const sizeBytes = statSync(target).size;
  opts.onProgress?.(1, 1);
  return { sizeBytes };
}

export type CreateBackupOptions = BackupOptions & { now?: Date };

/**
 * A new backup of the session's database in `session.backupDir`, reported through `progress` events
 * (kind 'backup'), then pruned to the newest 14. Queued behind other file operations on the session.
 */
export function createBackup(session: Session, reason: BackupReason, opts: CreateBackupOptions = {}): Promise<BackupInfo> {
  return withFileLock(session, () => createBackupNow(session, reason, opts));
}

/** createBackup without queueing, for code that already holds the session's file lock. */
export async function createBackupNow(session: Session, reason: BackupReason, opts: CreateBackupOptions = {}): Promise<BackupInfo> {
  const taskId = `backup-${randomUUID()}`;
  const report = (done: number, total: number, finished: boolean) => {
    session.emit('progress', { taskId, kind: 'backup', done, total, finished });
  };
  report(0, 1, false);
  try {
    return await backupInto(session.db, session.backupDir, reason, {
      ...opts,
      onProgress: (done, total) => {
        report(done, total, false);
        opts.onProgress?.(done, total);
      },
    });
  } finally {
    report(1, 1, true);
  }
}

/** A backup of `db` into the backups folder `dir`, named and pruned as the app does (also without a session: the CLI). */
export async function backupInto(db: Db, dir: string, reason: BackupReason, opts: CreateBackupOptions = {}): Promise<BackupInfo> {
  ensureFolder(dir);
  const at = opts.now ?? new Date();
  const owner = backupOwner(db);
  const file = freshName(dir, at, reason, owner);
  const { sizeBytes } = await backupDatabase(db, path.join(dir, file), { signal: opts.signal, onProgress: opts.onProgress });
  pruneBackups(dir, KEEP_BACKUPS, owner);
  return { file, createdAt: at.toISOString(), sizeBytes, reason };
}

/**
 * Save As: a consistent copy of `db` at `file` that is a database of its own — it gets a new identity, so its backups,
 * survey packages and restores are never taken for the original's.
 */
export async function saveCopyAs(db: Db, file: string, nativeBinding?: string): Promise<void> {
  await backupDatabase(db, file);
  const copy = openDatabase(file, { nativeBinding });
  try {
    if (databaseIdentity(copy)) renewIdentity(copy, randomUUID(), new Date().toISOString());
  } finally {
    copy.close();
  }
}

/** The mark of this database in its backups' names (see backup-files.ts), or null for a file without an identity. */
export function backupOwner(db: Db): string | null {
  return ownerOf(databaseIdentity(db));
}

/** True when any inventory table has a row (an untouched, just-created database is not worth a backup). */
export function hasData(db: Db): boolean {
  return firstTableWithRows(db) !== null;
}

/**
 * The daily backup, run on start and by the schedule: only when the database has data and no backup (of any reason)
 * was taken today (local calendar day). Returns the new backup, or null when none was needed.
 */
export function ensureDailyBackup(session: Session, now: Date = new Date()): Promise<BackupInfo | null> {
  return withFileLock(session, () => {
    if (!hasData(session.db)) return null;
    const today = localDay(now);
    if (listBackups(session.backupDir, backupOwner(session.db)).some((b) => localDay(new Date(b.createdAt)) === today)) return null;
    return createBackupNow(session, 'daily', { now });
  });
}

const MIGRATED_SOURCES = 'migration-sources.json';

/** Fingerprints of files already backed up before a migration → the backup's file name. */
function readMigratedSources(dir: string): Record<string, string> {
  try {
    const raw = JSON.parse(readFileSync(path.join(dir, MIGRATED_SOURCES), 'utf8')) as unknown;
    return typeof raw === 'object' && raw !== null ? (raw as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * The `beforeMigrate` hook for Session / openDatabase: before migrations touch an existing database, copy the
 * file (synchronously, after checkpointing the WAL into it) into the backups folder with reason 'migration'.
 * `backupDir` defaults to `backups/` beside the database file, as in Session.
 */
export function migrationBackupHook(backupDir?: string, now: () => Date = () => new Date()): NonNullable<MigrationHooks['beforeMigrate']> {
  return (db) => {
    const file = db.name;
    if (!file || db.memory) return;
    const dir = backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups');
    ensureFolder(dir);
    // The same file is backed up once: a migration that fails and is tried again must not fill the folder.
    const source = contentFingerprint(db);
    const known = readMigratedSources(dir);
    if (known[source] && existsSync(path.join(dir, known[source]))) return;
    let name: string;
    try {
      name = copyOfConnection(db, dir, 'migration', now());
    } catch (err) {
      const reason = fileSystemError(err, dir);
      throw new AppError(
        reason.code === 'file_system' ? 'file_system' : 'internal',
        `Could not back up ${file} before upgrading it: ${(err as Error).message}`,
        reason.details,
      );
    }
    onFile(path.join(dir, MIGRATED_SOURCES), () =>
      writeFileSync(path.join(dir, MIGRATED_SOURCES), `${JSON.stringify({ ...known, [source]: name }, null, 1)}\n`),
    );
  };
}
