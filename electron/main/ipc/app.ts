// App information and the first-run choice: the sample district or an empty inventory (zones and targets).
import { appInfo } from '../services/app-info';
import { withFileLock } from '../services/backup-lock';
import { seedBaseline, seedSample } from '../services/sample';
import type { PartialHandlers } from './types';

export const appHandlers: PartialHandlers<'app:info' | 'app:setup' | 'app:retry-write'> = {
  'app:info': (_input, s) => appInfo(s),
  // Queued behind backups and restores, which must not see their connection closed under them.
  'app:retry-write': (_input, s) =>
    withFileLock(s, () => {
      s.retryWrite();
      return appInfo(s);
    }),
  'app:setup': ({ mode }, s) => {
    if (!appInfo(s).needsSetup) return appInfo(s);
    if (mode === 'sample') {
      seedSample(s.db, {
        size: 'standard',
        onProgress: (done, total) => s.emit('progress', { taskId: 'setup', kind: 'sample', done, total, finished: done >= total }),
      });
    } else {
      seedBaseline(s.db);
    }
    s.emit('data-changed', { reason: 'open' });
    return appInfo(s);
  },
};
