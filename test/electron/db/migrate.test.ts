import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../../electron/main/db/connection';
import { migrate, schemaVersionOf } from '../../../electron/main/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/main/db/migrations';
import { AppError } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-mig-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const file = (name = 'db.sqlite') => path.join(dir, name);

function openError(target: string): AppError {
  try {
    openDatabase(target).close();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the open to fail');
}

describe('migrations', () => {
  it('a new file gets every migration, WAL, foreign keys and the application id', () => {
    const db = openDatabase(file());
    expect(schemaVersionOf(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1 ORDER BY name").all();
    expect(strict.map((r) => (r as { name: string }).name)).toEqual(
      expect.arrayContaining(['building', 'change_log', 'lease', 'park', 'target', 'tenant', 'unit', 'zone']),
    );
    db.close();
  });

  it.each(MIGRATIONS.map((_sql, i) => i + 1))('migration %i applies on a database at the version before it', (version) => {
    const raw = new Database(file());
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(raw, {}, version - 1);
    const calls: [number, number][] = [];
    migrate(raw, { beforeMigrate: (_db, from, to) => calls.push([from, to]) }, version);
    expect(schemaVersionOf(raw)).toBe(version);
    expect(calls).toEqual(version - 1 > 0 ? [[version - 1, version]] : []);
    raw.close();
  });

  it('re-opening a current file applies nothing and keeps data', () => {
    const db = openDatabase(file());
    db.prepare("INSERT INTO meta (key, value) VALUES ('x', 'y')").run();
    db.close();
    const again = openDatabase(file(), {
      beforeMigrate: () => {
        throw new Error('must not migrate');
      },
    });
    expect(again.prepare("SELECT value FROM meta WHERE key = 'x'").get()).toEqual({ value: 'y' });
    again.close();
  });

  it('refuses a database written by a newer version, with both versions in the details', () => {
    const db = openDatabase(file());
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    const err = openError(file());
    expect(err.code).toBe('database_newer');
    expect(err.details).toMatchObject({ found: SCHEMA_VERSION + 5, supported: SCHEMA_VERSION });
  });

  it('refuses a SQLite file that is not ours, and a file that is not SQLite, without changing them', () => {
    const other = new Database(file('other.sqlite'));
    other.exec('CREATE TABLE notes (x TEXT)');
    other.close();
    expect(openError(file('other.sqlite')).code).toBe('database_invalid');
    const check = new Database(file('other.sqlite'));
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    check.close();
  });

  it('a failing migration leaves the file at its previous version', () => {
    const raw = new Database(file());
    raw.exec('CREATE TABLE zone (id TEXT)'); // collides with migration 1
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    expect(() => migrate(raw)).toThrow();
    expect(schemaVersionOf(raw)).toBe(0);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'building'").get()).toEqual({ n: 0 });
    raw.close();
  });

  it.each([
    ['-1', -1],
    ['0 on a file with tables', 0],
    ['1 on a file already at the newest schema', 1],
  ])('a damaged schema version (%s) is refused by name, before any backup, and the file is unchanged', (_label, version) => {
    const target = file();
    openDatabase(target).close();
    const raw = new Database(target);
    raw.pragma(`user_version = ${version}`);
    raw.close();
    const before = readFileSync(target);
    const backups: number[] = [];
    let err: AppError | null = null;
    try {
      openDatabase(target, { beforeMigrate: (_db, from) => backups.push(from) }).close();
    } catch (e) {
      err = e as AppError;
    }
    expect(err?.code).toBe('database_damaged');
    expect(err?.details).toMatchObject({ found: version, supported: SCHEMA_VERSION });
    expect(errorMessage(err!.toShape(), 'zh-CN')).toContain(`结构版本 ${version}`);
    expect(errorMessage(err!.toShape(), 'en')).not.toMatch(/already exists|SQLITE/);
    expect(backups.length).toBe(version > 0 ? 1 : 0);
    expect(readFileSync(target).equals(before)).toBe(true);
  });
});
