// Backup file names and the backups folder: `backup-<UTC timestamp>-<reason>[-n].<owner>.sqlite`, newest last when
// sorted. The timestamp is part of the name so the list survives copying the folder (file times do not); the owner
// (the first 8 hex digits of the database's identity) keeps apart the backups of databases that share one folder,
// so one database's backups are never listed, counted or pruned as another's. Names without an owner (made before
// identities, or of a file not yet migrated) are listed for every database in the folder and never pruned.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';

export type BackupReason = BackupInfo['reason'];
/**
 * How many backups of each automatic kind the folder keeps; older ones of that kind are deleted after each new
 * backup. Each kind is pruned apart, so a burst of one kind never rotates another away; manual backups are the
 * user's and are never deleted automatically.
 */
export const KEEP_BACKUPS: Record<Exclude<BackupReason, 'manual'>, number> = {
  daily: 14,
  migration: 10,
  restore: 10,
  import: 10,
  replaced: 10,
};

const NAME =
  /^backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|manual|migration|restore|import|replaced)(?:-(\d{1,3}))?(?:\.([0-9a-f]{8}))?\.sqlite$/;

/** A database's mark in its backups' names: the first 8 hex digits of its identity, or null without one. */
export function ownerOf(identity: string): string | null {
  const hex = identity.replace(/-/g, '').toLowerCase();
  return /^[0-9a-f]{8}/.test(hex) ? hex.slice(0, 8) : null;
}

/** The file name for a backup taken at `at` (UTC), with a counter when two land in the same millisecond. */
export function backupFileName(at: Date, reason: BackupReason, counter = 0, owner: string | null = null): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `backup-${stamp}-${reason}${counter > 0 ? `-${counter}` : ''}${owner ? `.${owner}` : ''}.sqlite`;
}

export function parseBackupName(file: string): { createdAt: string; reason: BackupReason; counter: number; owner: string | null } | null {
  const m = NAME.exec(file);
  if (!m) return null;
  const [, day, hh, mm, ss, ms, reason, counter, owner] = m;
  const createdAt = `${day}T${hh}:${mm}:${ss}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason as BackupReason, counter: counter ? Number(counter) : 0, owner: owner ?? null };
}

/** A backup file name in `dir` not taken yet (a counter is added when two land in the same millisecond). */
export function freshName(dir: string, at: Date, reason: BackupReason, owner: string | null = null): string {
  for (let counter = 0; counter < 1000; counter += 1) {
    const name = backupFileName(at, reason, counter, owner);
    if (!existsSync(path.join(dir, name))) return name;
  }
  throw new AppError('file_exists', 'Too many backups in the same millisecond');
}

type Listed = BackupInfo & { counter: number; owner: string | null };

/**
 * Backups in `dir`, oldest first. A missing folder has none. With `owner`, those of that database and those that
 * name no database (older backups); without it, all of them.
 */
export function listBackups(dir: string, owner?: string | null): BackupInfo[] {
  return listed(dir)
    .filter((b) => owner === undefined || b.owner === owner || b.owner === null)
    .map(({ counter: _counter, owner: _owner, ...info }) => info);
}

function listed(dir: string): Listed[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: Listed[] = [];
  for (const file of names) {
    const parsed = parseBackupName(file);
    if (!parsed) continue;
    try {
      const st = statSync(path.join(dir, file));
      if (st.isFile())
        found.push({
          file,
          createdAt: parsed.createdAt,
          reason: parsed.reason,
          sizeBytes: st.size,
          counter: parsed.counter,
          owner: parsed.owner,
        });
    } catch {
      // deleted meanwhile
    }
  }
  found.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.counter - b.counter);
  return found;
}

/**
 * Deletes all but the newest backups of each automatic kind (see KEEP_BACKUPS); returns the deleted file names.
 * Daily backups are counted by calendar day (local time): the newest of each of the last 14 days is kept, and every
 * one of the newest day, so a busy day's extra backups never push the earlier days out. With `owner`, only that
 * database's backups are considered (another database's, and those naming none, are left alone).
 */
export function pruneBackups(dir: string, keep = KEEP_BACKUPS, owner?: string | null): string[] {
  const all = listed(dir).filter((b) => owner === undefined || b.owner === owner);
  const doomed: BackupInfo[] = [];
  for (const [reason, count] of Object.entries(keep)) {
    const ofKind = all.filter((b) => b.reason === reason);
    if (reason !== 'daily') {
      doomed.push(...ofKind.slice(0, Math.max(0, ofKind.length - count)));
      continue;
    }
    const days = [...new Set(ofKind.map((b) => localDay(new Date(b.createdAt))))];
    const keptDays = new Set(days.slice(-count));
    const newestDay = days.at(-1);
    ofKind.forEach((b, i) => {
      const day = localDay(new Date(b.createdAt));
      const newestOfDay = i === ofKind.length - 1 || localDay(new Date((ofKind[i + 1] as BackupInfo).createdAt)) !== day;
      if (!keptDays.has(day) || (day !== newestDay && !newestOfDay)) doomed.push(b);
    });
  }
  for (const b of doomed) rmSync(path.join(dir, b.file), { force: true });
  return doomed.map((b) => b.file);
}

/**
 * Resolves a backup chosen by the renderer: a bare file name of an existing backup inside `dir`.
 * Anything else (separators, `..`, absolute paths, other files) is refused before the disk is touched.
 */
export function resolveBackupFile(dir: string, file: string): string {
  const bare = typeof file === 'string' && file.length <= 200 && path.basename(file) === file && !/[\\/]/.test(file);
  if (!bare || file === '.' || file === '..' || parseBackupName(file) === null) {
    throw new AppError('forbidden', 'A backup must be named by its bare file name in the backups folder', {
      file: String(file).slice(0, 200),
    });
  }
  const full = path.join(dir, file);
  if (path.dirname(full) !== path.resolve(dir)) {
    throw new AppError('forbidden', 'A backup must be inside the backups folder', { file });
  }
  try {
    if (!statSync(full).isFile()) throw new Error('not a file');
  } catch {
    throw new AppError('not_found', `No backup named ${file}`, { file });
  }
  return full;
}

/** The local calendar day (YYYY-MM-DD) of an instant, for "once a day". */
export function localDay(at: Date): string {
  const y = at.getFullYear();
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
