// A backup taken synchronously through an open connection (before a migration, or of what a window still holds
// when its file was replaced under it). Imports no session, so the session itself can call it.
import { renameSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Db } from '../db/connection';
import { vacuumInto } from '../db/inspect';
import { databaseIdentity } from '../db/repos/identity';
import { freshName, KEEP_BACKUPS, ownerOf, pruneBackups, type BackupReason } from './backup-files';
import { partialName, removeDbFiles } from './db-files';
import { ensureFolder } from './fs-errors';

/**
 * A backup of what `db` sees, written synchronously with VACUUM INTO (a consistent copy, WAL included, even while
 * another connection holds an older read snapshot; and still readable through a connection whose file was moved),
 * then pruned. Returns the backup's file name.
 */
export function copyOfConnection(db: Db, dir: string, reason: BackupReason, at: Date = new Date()): string {
  ensureFolder(dir);
  const owner = ownerOf(databaseIdentity(db));
  const name = freshName(dir, at, reason, owner);
  const target = path.join(dir, name);
  const partial = partialName(target, randomUUID().slice(0, 8));
  try {
    vacuumInto(db, partial);
    renameSync(partial, target);
  } catch (err) {
    removeDbFiles(partial);
    throw err;
  }
  pruneBackups(dir, KEEP_BACKUPS, owner);
  return name;
}
