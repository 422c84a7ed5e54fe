// What a database file is, read through SQLite: its application id, schema version, identity and a quick check,
// of an attached file (a backup about to be restored) or of a file opened on its own (a leftover after a crash);
// and the file-level operations the backup and restore services need (a full checkpoint, a copy by VACUUM INTO, a
// content fingerprint). Services decide; the SQL lives here.
import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { APPLICATION_ID, type Db } from './connection';
import { SCHEMA_VERSION } from './migrations';
import { attachedIdentity } from './repos/identity';

export interface FileFacts {
  appId: number;
  schemaVersion: number;
  /** '' when the file has no identity (made before identities existed). */
  identity: string;
  /** 'ok', or SQLite's first complaint. */
  check: string;
}

/** Reads `file` through the open connection (ATTACH), so no second native binding or connection is needed. */
export function attachedFacts(db: Db, file: string): FileFacts {
  const alias = `probe_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  db.prepare(`ATTACH DATABASE ? AS ${alias}`).run(file);
  try {
    const appId = db.pragma(`${alias}.application_id`, { simple: true }) as number;
    const schemaVersion = db.pragma(`${alias}.user_version`, { simple: true }) as number;
    const ours = appId === APPLICATION_ID && schemaVersion >= 1;
    return {
      appId,
      schemaVersion,
      identity: ours ? attachedIdentity(db, alias) : '',
      check: ours ? String(db.pragma(`${alias}.quick_check`, { simple: true })) : 'not ours',
    };
  } finally {
    db.exec(`DETACH DATABASE ${alias}`);
  }
}

/** A complete Park Space Desk database this app can open: our application id, a known schema, quick_check ok. */
export function isCompleteDatabase(file: string, nativeBinding?: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID || version < 1 || version > SCHEMA_VERSION) return false;
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Moves every committed page from the WAL into the file; true when done, false while a reader holds a snapshot. */
export function checkpointTruncate(db: Db): boolean {
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return !row || row.busy === 0;
}

/** A consistent copy of what this connection sees (WAL included) at `target`, even while others read or write. */
export function vacuumInto(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

/**
 * What a database holds, as SQLite sees it through this connection (schema version, size in pages, rows per table,
 * the last change_log entry): the same content gives the same fingerprint. Read through SQL, never by opening the
 * file with fs, which would drop the connection's POSIX locks on it.
 */
export function contentFingerprint(db: Db): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([db.pragma('user_version', { simple: true }), db.pragma('page_count', { simple: true })]));
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    hash.update(`${name}:${(db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n};`);
  }
  if (tables.some((t) => t.name === 'change_log'))
    hash.update(JSON.stringify(db.prepare('SELECT * FROM change_log ORDER BY seq DESC LIMIT 1').get() ?? null));
  return hash.digest('hex').slice(0, 32);
}
