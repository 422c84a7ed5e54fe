// What the renderer needs to know about the app and the open database.
import type { AppInfo } from '../../../shared/contract';
import type { Session } from '../session';

export function metaValue(session: Session, key: string): string | null {
  const row = session.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function appInfo(session: Session): AppInfo {
  return {
    version: session.appVersion,
    dbPath: session.dbPath,
    schemaVersion: session.schemaVersion,
    needsSetup: metaValue(session, 'setup_done') !== '1',
    isSample: metaValue(session, 'is_sample') === '1',
    transport: session.transport,
    access: session.access,
  };
}
