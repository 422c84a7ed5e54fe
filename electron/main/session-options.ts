// What a session is opened with, and the listener its events go to (session.ts).
import type { EventMap, EventName } from '../../shared/contract';
import type { SessionKind } from '../../shared/survey/contract';
import type { OpenOptions } from './db/connection';

export type Listener = <E extends EventName>(event: E, payload: EventMap[E]) => void;

export type WhenLocked = 'read-only' | 'fail';

export interface SessionOptions {
  dbPath: string;
  /** Folder for automatic and manual backups; default: `backups/` beside the database file. */
  backupDir?: string;
  transport: 'electron' | 'web';
  appVersion: string;
  nativeBinding?: string;
  /** Called before a migration changes an existing file (the backup service hooks in here). */
  beforeMigrate?: OpenOptions['beforeMigrate'];
  /** When another program holds the file's write lock: open it read-only (default) or throw `database_locked`. */
  whenLocked?: WhenLocked;
  /** Open the file read-only without trying its write lock (the CLI's report only reads, as `rollup` does). */
  readOnly?: boolean;
  /** How often (ms) to look for outside changes: the file replaced, writes by the lock holder. 0 = never. */
  watchMs?: number;
  /** 'survey': `dbPath` is a survey package, opened instead of the office database (default 'office'). */
  kind?: SessionKind;
}
