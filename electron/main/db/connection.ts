// Opens a database file with the project's pragmas and brings its schema up to date.
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { migrate, type MigrationHooks } from './migrate';

export type Db = Database.Database;

/** "PSD1" — marks a file as a Park Space Desk database. */
export const APPLICATION_ID = 0x50534431;

export interface OpenOptions extends MigrationHooks {
  /** Path of a better_sqlite3.node built for another runtime (Electron in development). */
  nativeBinding?: string;
  readonly?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false });
  } catch (err) {
    throw new AppError('database_invalid', `Cannot open ${file}: ${(err as Error).message}`);
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (appId !== APPLICATION_ID && tables.n > 0) {
      throw new AppError('database_invalid', `${file} is not a Park Space Desk database`);
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      if (appId !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db, options);
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    throw new AppError('database_invalid', `Cannot open ${file}: ${(err as Error).message}`);
  }
}
