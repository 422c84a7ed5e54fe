// What the renderer needs to know about the app and the open database.
import type { AppInfo } from '../../../shared/contract';
import { getMeta } from '../db/repos/meta';
import type { Session } from '../session';

export function appInfo(session: Session): AppInfo {
  return {
    version: session.appVersion,
    dbPath: session.dbPath,
    schemaVersion: session.schemaVersion,
    needsSetup: getMeta(session.db, 'setup_done') !== '1',
    isSample: getMeta(session.db, 'is_sample') === '1',
    transport: session.transport,
    access: session.access,
    mode: session.kind,
  };
}
