// File menu actions: new / open / save-as database, back up now, restore a backup. Each asks through a native
// dialog, works on the session, remembers the database for the next start, and reports failures in a dialog.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import type { Locale } from '../../../shared/enums';
import type { Session } from '../session';
import { AppError } from '../../../shared/errors';
import { createBackup, removeDbFiles, saveCopyAs, withFileLock } from '../services/backup';
import { restoreBackup } from '../services/backup-restore';
import {
  askOpenReadOnly,
  chooseBackupFile,
  chooseDatabaseToOpen,
  chooseNewDatabaseFile,
  chooseSaveAsFile,
  confirmRestore,
  showError,
  showInfo,
} from './dialogs';
import type { MenuActions } from './menu';
import { t } from './strings';
import { sameFile } from '../services/same-file';

export interface FileActionContext {
  session: Session;
  window(): BrowserWindow | null;
  locale(): Locale;
  /** Called with every database file the session switches to (remembered for the next start). */
  remember(dbPath: string): void;
}

/** The File menu's actions; each resolves when its dialogs and work are over (and never rejects). */
export type FileActions = {
  [K in keyof Pick<MenuActions, 'newDatabase' | 'openDatabase' | 'saveDatabaseAs' | 'backupNow' | 'restoreBackup'>]: () => Promise<void>;
};

const samePath = sameFile;

export function createFileActions(ctx: FileActionContext): FileActions {
  const { session } = ctx;
  let busy = false;

  /** One file action at a time; failures end in an error dialog, never an unhandled rejection. */
  const run = (work: () => Promise<void>) => async (): Promise<void> => {
    if (busy) return;
    busy = true;
    await work()
      .catch((err: unknown) => showError(ctx.window(), ctx.locale(), err))
      .catch((err: unknown) => console.error('[file-actions]', err))
      .finally(() => {
        busy = false;
      });
  };

  /** True (after telling the user) when `file` is the database that is open now. */
  const isCurrent = async (file: string) => {
    if (!samePath(file, session.dbPath)) return false;
    await showInfo(ctx.window(), ctx.locale(), t(ctx.locale(), 'sameFile'));
    return true;
  };

  /**
   * Queued behind any backup still copying from the connection that is about to close. `prepare` runs once the new
   * file's write lock is held (so nothing is removed or written over while another program uses that file).
   */
  const switchTo = (file: string, prepare?: () => Promise<unknown> | void) =>
    withFileLock(session, async () => {
      await session.switchTo(file, { whenLocked: 'fail', prepare });
      ctx.remember(session.dbPath);
    });

  return {
    newDatabase: run(async () => {
      // The save dialog has already asked before replacing an existing file.
      const file = await chooseNewDatabaseFile(ctx.window(), ctx.locale(), path.dirname(session.dbPath));
      if (!file) return;
      if (await isCurrent(file)) return;
      // A fresh file: the renderer's first-run question appears.
      await switchTo(file, () => {
        if (existsSync(file)) removeDbFiles(file);
      });
    }),

    openDatabase: run(async () => {
      const file = await chooseDatabaseToOpen(ctx.window(), ctx.locale(), path.dirname(session.dbPath));
      if (!file || samePath(file, session.dbPath)) return;
      try {
        await switchTo(file);
      } catch (err) {
        // Another program writes that file: offer to look at it read-only.
        if (!(err instanceof AppError && err.code === 'database_locked')) throw err;
        if (!(await askOpenReadOnly(ctx.window(), ctx.locale(), err))) return;
        await withFileLock(session, async () => {
          await session.switchTo(file, { whenLocked: 'read-only' });
          ctx.remember(session.dbPath);
        });
      }
    }),

    saveDatabaseAs: run(async () => {
      const file = await chooseSaveAsFile(ctx.window(), ctx.locale(), session.dbPath);
      if (!file) return;
      if (await isCurrent(file)) return;
      await switchTo(file, () => saveCopyAs(session.db, file, session.nativeBinding));
    }),

    backupNow: run(async () => {
      await createBackup(session, 'manual');
      session.emit('menu', { command: 'backup-done' });
    }),

    restoreBackup: run(async () => {
      const chosen = await chooseBackupFile(ctx.window(), ctx.locale(), session.backupDir);
      if (!chosen) return;
      if (!samePath(path.dirname(chosen), session.backupDir)) {
        await showInfo(ctx.window(), ctx.locale(), t(ctx.locale(), 'notInBackupDir'));
        return;
      }
      const file = path.basename(chosen);
      if (!(await confirmRestore(ctx.window(), ctx.locale(), file))) return;
      await restoreBackup(session, file);
    }),
  };
}
