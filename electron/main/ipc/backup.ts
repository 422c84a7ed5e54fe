// Backup handlers: list the backups folder, back up now, restore a backup by its bare file name.
// All file work is in services/backup*.ts (shared with the CLI and the File menu).
import { appInfo } from '../services/app-info';
import { backupOwner, createBackup, listBackups } from '../services/backup';
import { restoreBackup } from '../services/backup-restore';
import type { PartialHandlers } from './types';

export const backupHandlers: PartialHandlers<'backup:list' | 'backup:create' | 'backup:restore' | 'backup:folder' | 'backup:open-folder'> =
  {
    /** Newest first, as a list in the UI wants them. */
    'backup:list': (_input, session) => listBackups(session.backupDir, backupOwner(session.db)).reverse(),
    'backup:create': (_input, session) => createBackup(session, 'manual'),
    'backup:folder': (_input, session) => ({ path: session.backupDir }),
    /** A browser cannot open a folder on this computer: web mode says so; the desktop app opens it (ipc/register.ts). */
    'backup:open-folder': () => ({ opened: false }),
    'backup:restore': async ({ file }, session) => {
      await restoreBackup(session, file);
      return appInfo(session);
    },
  };
