// A session's open file (its connection, write lock, access and identity on disk) and how a file is opened: with
// its write lock when it can be had, else read-only or not at all.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { AccessState, LockProgram } from '../../shared/access';
import type { SessionKind } from '../../shared/survey/contract';
import { openDatabase, type Db } from './db/connection';
import { checkPackageHeader, openPackage } from './db/package';
import { schemaVersionOf } from './db/migrate';
import { SCHEMA_VERSION } from './db/migrations';
import { lockedError, tryWriteLock, type LockAttempt, type WriteLock } from './db/write-lock';
import { ensureFolder } from './services/fs-errors';
import { resolveLeftovers } from './services/leftovers';
import type { SessionOptions, WhenLocked } from './session-options';

export interface FileIdentity {
  dev: number;
  ino: number;
}

export interface Slot {
  kind: SessionKind;
  db: Db;
  lock: WriteLock | null;
  access: AccessState;
  identity: FileIdentity | null;
}

export function identityOf(file: string): FileIdentity | null {
  try {
    const st = statSync(file);
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/**
 * Opens `file`: with its write lock when it can be had (`heldLock`: the lock the session already holds for it),
 * else read-only or not at all. Leftovers of interrupted restores and generations are resolved first, by the
 * lock holder only.
 */
export function openSlot(
  options: SessionOptions,
  program: LockProgram,
  file: string,
  whenLocked: WhenLocked,
  heldLock: WriteLock | null,
  resolve: boolean,
  kind: SessionKind,
): Slot {
  ensureFolder(path.dirname(file));
  const nativeBinding = options.nativeBinding;
  // A package is checked before its lock is taken (nothing is created beside a file that is not one).
  if (kind === 'survey') checkPackageHeader(file);
  // `readOnly` (the report's printer): never takes the lock, so it can run beside the window that holds it.
  const attempt: LockAttempt = heldLock
    ? { ok: true, lock: heldLock }
    : options.readOnly
      ? { ok: false, holder: null }
      : tryWriteLock(file, program, { nativeBinding });
  if (attempt.ok) {
    try {
      if (resolve && kind === 'office') resolveLeftovers(file, backupDirFor(options, file), { nativeBinding });
      const db =
        kind === 'survey'
          ? openPackage(file, { nativeBinding })
          : openDatabase(file, { nativeBinding, beforeMigrate: options.beforeMigrate });
      return { kind, db, lock: attempt.lock, access: { mode: 'write' }, identity: identityOf(file) };
    } catch (err) {
      if (!heldLock) attempt.lock.release();
      throw err;
    }
  }
  if (whenLocked === 'fail') throw lockedError(file, attempt.holder);
  const db =
    kind === 'survey' ? openPackage(file, { nativeBinding, readonly: true }) : openDatabase(file, { nativeBinding, readonly: true });
  const version = schemaVersionOf(db);
  if (kind === 'office' && version !== SCHEMA_VERSION) {
    // The holder has not brought the file to this app's schema (an older or newer app holds it).
    db.close();
    throw lockedError(file, attempt.holder);
  }
  return { kind, db, lock: null, access: { mode: 'read-only', reason: 'locked', holder: attempt.holder }, identity: identityOf(file) };
}

function backupDirFor(options: SessionOptions, file: string): string {
  return options.backupDir ?? path.join(path.dirname(file), 'backups');
}
