// Automatic backups while the app stays open: the daily backup also once the calendar day has changed (an app left
// open past midnight), and another after EDIT_HOURS since the last backup when the user has edited meanwhile — so
// edits made after start-up are always in some automatic backup within a few hours.
import type { BackupInfo } from '../../../shared/contract';
import { lastEditAt } from '../db/repos/edits';
import type { Session } from '../session';
import { backupOwner, createBackup, ensureDailyBackup, listBackups } from './backup';

export const SCHEDULE_EVERY_MS = 10 * 60 * 1000;
export const EDIT_HOURS = 4;

/** One look at the clock: returns the backup it took, or null when none was due. Only a writing office session backs up. */
export async function scheduledBackup(session: Session, now: Date = new Date()): Promise<BackupInfo | null> {
  if (session.access.mode !== 'write' || session.kind === 'survey') return null;
  const daily = await ensureDailyBackup(session, now);
  if (daily) return daily;
  const newest = listBackups(session.backupDir, backupOwner(session.db)).at(-1);
  if (!newest) return null;
  const last = Date.parse(newest.createdAt);
  if (now.getTime() - last < EDIT_HOURS * 3_600_000) return null;
  const edited = lastEditAt(session.db);
  if (edited === null || Date.parse(edited) <= last) return null;
  return createBackup(session, 'daily', { now });
}

/** Runs scheduledBackup every SCHEDULE_EVERY_MS (and once now); returns the function that stops it. */
export function startBackupSchedule(session: Session, onError: (err: unknown) => void, everyMs = SCHEDULE_EVERY_MS): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    scheduledBackup(session)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
