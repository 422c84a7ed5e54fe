// One writer per database file, across the desktop app, web mode and the CLI's writing commands.
//
// The lock is an OS-level file lock, not a marker file: SQLite's own lock on a companion file `<db>-lock`, taken
// in EXCLUSIVE locking mode and held for as long as the connection to it stays open. The operating system releases
// it when the process ends, however it ends (kill -9 included), so a crash never leaves a stale lock behind.
// Who holds it (program, process id, since when) is written beside it in `<db>-lock.json`, only for the message
// others show: the lock itself decides, the note never does. The lock file is never deleted (deleting a locked
// file would let a second process lock a new file of the same name).
import Database from 'better-sqlite3';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { LOCK_PROGRAMS, type LockHolder, type LockProgram } from '../../../shared/access';
import { fileSystemError } from '../services/fs-errors';
import { canonicalPath } from '../services/same-file';

/** The lock of the file itself, however its path is spelled (through a symbolic link, with `..`). */
export const lockFileOf = (dbPath: string): string => `${canonicalPath(dbPath)}-lock`;
export const holderFileOf = (dbPath: string): string => `${lockFileOf(dbPath)}.json`;

export interface WriteLock {
  readonly dbPath: string;
  readonly holder: LockHolder;
  release(): void;
}

export type LockAttempt = { ok: true; lock: WriteLock } | { ok: false; holder: LockHolder | null };

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** The note of whoever holds the lock, or null when it is missing or unreadable. */
export function readHolder(dbPath: string): LockHolder | null {
  try {
    const raw = JSON.parse(readFileSync(holderFileOf(dbPath), 'utf8')) as Record<string, unknown>;
    const { program, pid, since, host } = raw;
    if (typeof program !== 'string' || !(LOCK_PROGRAMS as readonly string[]).includes(program)) return null;
    if (typeof pid !== 'number' || typeof since !== 'string' || typeof host !== 'string') return null;
    return { program: program as LockProgram, pid, since, host };
  } catch {
    return null;
  }
}

/**
 * Takes the write lock of `dbPath` if no other connection (in this or another process) holds it. Never waits.
 * The folder must exist. `nativeBinding` is the better-sqlite3 build for this runtime (Electron in development).
 */
export function tryWriteLock(dbPath: string, program: LockProgram, opts: { nativeBinding?: string; now?: Date } = {}): LockAttempt {
  const file = lockFileOf(dbPath);
  let conn: Database.Database;
  try {
    conn = new Database(file, { nativeBinding: opts.nativeBinding, timeout: 0 });
  } catch (err) {
    throw fileSystemError(err, file);
  }
  try {
    conn.pragma('locking_mode = EXCLUSIVE');
    conn.pragma('journal_mode = MEMORY'); // no -journal file beside the lock (it holds no data)
    // An empty exclusive transaction: in EXCLUSIVE locking mode the lock it takes is kept until close.
    conn.exec('BEGIN EXCLUSIVE');
    conn.exec('COMMIT');
  } catch (err) {
    conn.close();
    if (isBusy(err)) return { ok: false, holder: readHolder(dbPath) };
    throw new AppError('internal', `Cannot lock ${file}: ${(err as Error).message}`);
  }
  const holder: LockHolder = { program, pid: process.pid, since: (opts.now ?? new Date()).toISOString(), host: os.hostname() };
  const note = holderFileOf(dbPath);
  try {
    writeFileSync(`${note}.${process.pid}.tmp`, `${JSON.stringify(holder)}\n`);
    renameSync(`${note}.${process.pid}.tmp`, note);
  } catch {
    // The note is informational; the lock is what counts.
  }
  let held = true;
  return {
    ok: true,
    lock: {
      dbPath: canonicalPath(dbPath),
      holder,
      release() {
        if (!held) return;
        held = false;
        // Remove our note first (only if it is still ours), then let go of the lock.
        if (readHolder(dbPath)?.pid === process.pid) rmSync(note, { force: true });
        conn.close();
      },
    },
  };
}

/** Takes the lock or throws `database_locked` naming the holder. */
export function requireWriteLock(dbPath: string, program: LockProgram, opts: { nativeBinding?: string } = {}): WriteLock {
  const attempt = tryWriteLock(dbPath, program, opts);
  if (attempt.ok) return attempt.lock;
  throw lockedError(dbPath, attempt.holder);
}

export function lockedError(dbPath: string, holder: LockHolder | null): AppError {
  const who = holder ? `${holder.program} (process ${holder.pid}, since ${holder.since})` : 'another program';
  return new AppError('database_locked', `${path.basename(dbPath)} is open for writing in ${who}`, {
    file: path.resolve(dbPath),
    program: holder?.program ?? 'unknown',
    pid: holder?.pid ?? 0,
    since: holder?.since ?? '',
  });
}
