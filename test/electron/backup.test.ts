// Backup service against real temporary SQLite files: copies, pruning, daily rule, restore, cancellation,
// and the before-migration copy.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventMap } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import Database from 'better-sqlite3';
import { APPLICATION_ID, openDatabase, type Db } from '../../electron/main/db/connection';
import { SCHEMA_VERSION } from '../../electron/main/db/migrations';
import { migrate } from '../../electron/main/db/migrate';
import { Session } from '../../electron/main/session';
import {
  backupDatabase,
  createBackup,
  ensureDailyBackup,
  hasData,
  listBackups,
  migrationBackupHook,
} from '../../electron/main/services/backup';
import { backupFileName, parseBackupName } from '../../electron/main/services/backup-files';
import { restoreBackup } from '../../electron/main/services/backup-restore';

const cleanups: (() => void)[] = [];
function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function newSession(): { session: Session; dir: string } {
  const dir = makeTempDir('psd-backup-');
  const session = new Session({ dbPath: path.join(dir, 'park.sqlite'), transport: 'web', appVersion: '0.0.0-test' });
  cleanups.push(() => session.close());
  return { session, dir };
}

let seq = 0;
function addZone(db: Db, code: string): void {
  seq += 1;
  const now = '2026-01-01T00:00:00.000Z';
  db.prepare(
    `INSERT INTO zone (id, created_at, updated_at, version, code, name_zh, name_en, kind, boundary)
     VALUES (?, ?, ?, 1, ?, ?, ?, 'core', NULL)`,
  ).run(`00000000-0000-7000-8000-${String(seq).padStart(12, '0')}`, now, now, code, `区${code}`, `Zone ${code}`);
}

const zoneCodes = (db: Db) => (db.prepare('SELECT code FROM zone ORDER BY code').all() as { code: string }[]).map((r) => r.code);

function addRows(db: Db, n: number, prefix = 'Z'): void {
  db.transaction(() => {
    for (let i = 0; i < n; i += 1) addZone(db, `${prefix}${String(i).padStart(5, '0')}`);
  })();
}

describe('backupDatabase', () => {
  it('writes a consistent copy that opens with the same rows', async () => {
    const { session, dir } = newSession();
    addRows(session.db, 3);
    const out = path.join(dir, 'copy.sqlite');
    const progress: [number, number][] = [];
    const { sizeBytes } = await backupDatabase(session.db, out, { onProgress: (d, t) => progress.push([d, t]) });
    expect(sizeBytes).toBeGreaterThan(0);
    const copy = openDatabase(out);
    try {
      expect(zoneCodes(copy)).toEqual(zoneCodes(session.db));
    } finally {
      copy.close();
    }
    expect(progress.at(-1)).toEqual([1, 1]);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('refuses to write over the open database itself', async () => {
    const { session } = newSession();
    await expect(backupDatabase(session.db, session.dbPath)).rejects.toMatchObject({ code: 'file_exists' });
  });

  it('a cancelled backup throws cancelled and leaves no file', async () => {
    const { session, dir } = newSession();
    addRows(session.db, 3000); // several steps of 256 pages are not guaranteed, so abort on the first report
    const out = path.join(dir, 'cancelled.sqlite');
    const controller = new AbortController();
    const promise = backupDatabase(session.db, out, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(promise).rejects.toBeInstanceOf(AppError);
    await expect(promise).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(dir).filter((f) => f !== 'park.sqlite' && !f.startsWith('park.sqlite-'))).toEqual([]);
  });

  it('an already aborted signal copies nothing', async () => {
    const { session, dir } = newSession();
    const controller = new AbortController();
    controller.abort();
    await expect(backupDatabase(session.db, path.join(dir, 'x.sqlite'), { signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(existsSync(path.join(dir, 'x.sqlite'))).toBe(false);
  });
});

describe('backup names', () => {
  it('round-trip through parseBackupName and ignore other files', () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const name = backupFileName(at, 'manual', 2);
    expect(parseBackupName(name)).toEqual({ createdAt: at.toISOString(), reason: 'manual', counter: 2, owner: null });
    const owned = backupFileName(at, 'daily', 0, '0a1b2c3d');
    expect(owned).toBe('backup-2026-03-04T05-06-07-089Z-daily.0a1b2c3d.sqlite');
    expect(parseBackupName(owned)).toEqual({ createdAt: at.toISOString(), reason: 'daily', counter: 0, owner: '0a1b2c3d' });
    expect(parseBackupName('park.sqlite')).toBeNull();
    expect(parseBackupName('../backup-2026-03-04T05-06-07-089Z-manual.sqlite')).toBeNull();
  });
});

describe('createBackup and pruning', () => {
  it('names backups by time and reason, reports progress and keeps the daily backups of the newest 14 days', async () => {
    const { session } = newSession();
    addRows(session.db, 2);
    const events: EventMap['progress'][] = [];
    session.onEvent((name, payload) => {
      if (name === 'progress') events.push(payload as EventMap['progress']);
    });
    const made: string[] = [];
    for (let i = 0; i < 17; i += 1) {
      const info = await createBackup(session, 'daily', { now: new Date(2026, 4, 1 + i, 9, 0) });
      expect(info.reason).toBe('daily');
      expect(info.sizeBytes).toBeGreaterThan(0);
      made.push(info.file);
    }
    const listed = listBackups(session.backupDir);
    expect(listed).toHaveLength(14);
    expect(listed.map((b) => b.file)).toEqual(made.slice(3));
    expect(events.some((e) => e.kind === 'backup' && e.finished)).toBe(true);
    expect(events.every((e) => e.done <= e.total)).toBe(true);
  });

  it('prunes each kind apart and never prunes manual backups', async () => {
    const { session } = newSession();
    addRows(session.db, 1);
    const start = Date.parse('2026-05-01T08:00:00.000Z');
    let minute = 0;
    const at = () => new Date(start + (minute += 1) * 60_000);
    const manual = [];
    for (let i = 0; i < 3; i += 1) manual.push((await createBackup(session, 'manual', { now: at() })).file);
    // A burst of 25 restore-safety backups (a user trying backup after backup) and 20 daily ones.
    for (let i = 0; i < 25; i += 1) await createBackup(session, 'restore', { now: at() });
    for (let i = 0; i < 20; i += 1) await createBackup(session, 'daily', { now: at() });
    const byKind = (reason: string) => listBackups(session.backupDir).filter((b) => b.reason === reason);
    expect(byKind('manual').map((b) => b.file)).toEqual(manual);
    expect(byKind('restore')).toHaveLength(10);
    expect(byKind('daily')).toHaveLength(20); // all on the newest day: that day keeps every one
  });

  it('a busy day’s extra daily backups do not push earlier days out: one a day is kept for older days', async () => {
    const { session } = newSession();
    addRows(session.db, 1);
    const made: { day: number; file: string }[] = [];
    for (let day = 1; day <= 16; day += 1) {
      for (const hour of [9, 13, 17])
        made.push({ day, file: (await createBackup(session, 'daily', { now: new Date(2026, 5, day, hour) })).file });
    }
    const kept = listBackups(session.backupDir).map((b) => b.file);
    // Days 3–15 keep their newest (17:00) backup, day 16 (the newest) keeps all three, days 1–2 are gone.
    const expected = made.filter(
      (m) => (m.day >= 3 && m.day <= 15 && m.file.includes('T') && made.filter((x) => x.day === m.day).at(-1) === m) || m.day === 16,
    );
    expect(kept).toEqual(expected.map((m) => m.file));
    expect(kept).toHaveLength(13 + 3);
  });

  it('two backups in the same millisecond get distinct names', async () => {
    const { session } = newSession();
    const now = new Date('2026-05-01T08:00:00.000Z');
    const a = await createBackup(session, 'manual', { now });
    const b = await createBackup(session, 'manual', { now });
    expect(a.file).not.toBe(b.file);
    expect(listBackups(session.backupDir)).toHaveLength(2);
  });
});

describe('ensureDailyBackup', () => {
  it('skips an empty database', async () => {
    const { session } = newSession();
    expect(hasData(session.db)).toBe(false);
    expect(await ensureDailyBackup(session)).toBeNull();
    expect(listBackups(session.backupDir)).toEqual([]);
  });

  it('backs up once per day', async () => {
    const { session } = newSession();
    addRows(session.db, 1);
    const morning = new Date(2026, 4, 1, 9, 0, 0);
    const evening = new Date(2026, 4, 1, 18, 0, 0);
    const nextDay = new Date(2026, 4, 2, 9, 0, 0);
    expect((await ensureDailyBackup(session, morning))?.reason).toBe('daily');
    expect(await ensureDailyBackup(session, evening)).toBeNull();
    expect((await ensureDailyBackup(session, nextDay))?.reason).toBe('daily');
    expect(listBackups(session.backupDir).map((b) => b.reason)).toEqual(['daily', 'daily']);
  });
});

describe('restoreBackup', () => {
  it('refuses names that are not a bare backup name in the folder', async () => {
    const { session, dir } = newSession();
    addRows(session.db, 1);
    const made = await createBackup(session, 'manual');
    writeFileSync(path.join(dir, 'outside.sqlite'), 'x');
    const bad = [
      '../park.sqlite',
      `../backups/${made.file}`,
      `/etc/passwd`,
      path.join(session.backupDir, made.file),
      '..',
      '.',
      'outside.sqlite',
      `..\\${made.file}`,
      '',
      'backup-2026-01-01T00-00-00-000Z-manual.sqlite',
    ];
    for (const name of bad) {
      const err = await restoreBackup(session, name).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, name).toBeInstanceOf(AppError);
      expect(['forbidden', 'not_found'], name).toContain((err as AppError).code);
    }
    expect(zoneCodes(session.db)).toHaveLength(1);
  });

  it('replaces the data and keeps a pre-restore backup', async () => {
    const { session } = newSession();
    addRows(session.db, 2);
    const before = zoneCodes(session.db);
    const saved = await createBackup(session, 'manual', { now: new Date('2026-01-01T00:00:00.000Z') });
    addZone(session.db, 'LATER');
    const events: string[] = [];
    session.onEvent((name, payload) => events.push(`${name}:${JSON.stringify(payload)}`));

    await restoreBackup(session, saved.file);

    expect(zoneCodes(session.db)).toEqual(before);
    const restoreCopies = listBackups(session.backupDir).filter((b) => b.reason === 'restore');
    expect(restoreCopies).toHaveLength(1);
    const pre = openDatabase(path.join(session.backupDir, restoreCopies[0]!.file));
    try {
      expect(zoneCodes(pre)).toContain('LATER');
    } finally {
      pre.close();
    }
    expect(events.some((e) => e.startsWith('data-changed:') && e.includes('restore'))).toBe(true);
    expect(events.some((e) => e.startsWith('progress:') && e.includes('"kind":"restore"') && e.includes('"finished":true'))).toBe(true);
    expect(readdirSync(path.dirname(session.dbPath)).filter((f) => f.includes('restore-'))).toEqual([]);
    // The session keeps working on the restored file.
    addZone(session.db, 'AFTER');
    expect(zoneCodes(session.db)).toContain('AFTER');
  });

  it('a restore asked for while a backup is still copying waits for it instead of breaking it', async () => {
    const { session } = newSession();
    addRows(session.db, 5);
    const early = await createBackup(session, 'manual', { now: new Date('2026-01-01T00:00:00.000Z') });
    addRows(session.db, 4000, 'Y'); // more than one 256-page step, so the copy spans event-loop turns
    const running = createBackup(session, 'manual');
    const restoring = restoreBackup(session, early.file);
    const [copy] = await Promise.all([running, restoring]);
    const db = openDatabase(path.join(session.backupDir, copy.file), { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM zone').get() as { n: number }).n).toBe(4005);
    } finally {
      db.close();
    }
    expect(zoneCodes(session.db)).toHaveLength(5);
  });

  it('refuses a backup that is not a Park Space Desk database and leaves the data alone', async () => {
    const { session } = newSession();
    addRows(session.db, 1);
    const name = backupFileName(new Date('2026-02-02T00:00:00.000Z'), 'manual');
    await createBackup(session, 'manual'); // makes the folder
    writeFileSync(path.join(session.backupDir, name), 'this is not sqlite at all, just text'.repeat(50));
    await expect(restoreBackup(session, name)).rejects.toMatchObject({ code: 'database_invalid' });
    expect(zoneCodes(session.db)).toHaveLength(1);
    expect(listBackups(session.backupDir).filter((b) => b.reason === 'restore')).toEqual([]);
  });
});

describe('migrationBackupHook', () => {
  it('copies an existing database before a migration and the copy has the old data', () => {
    const dir = makeTempDir('psd-migrate-');
    const file = path.join(dir, 'old.sqlite');
    // A database at the current schema stands in for "an older schema": migrating it to the next version is
    // exactly the situation in which the hook runs (schema > 0 and < target).
    const db = openDatabase(file);
    cleanups.push(() => db.close());
    addRows(db, 5);
    const from = db.pragma('user_version', { simple: true }) as number;
    const calls: [number, number][] = [];
    const hook = migrationBackupHook(undefined, () => new Date('2026-06-01T00:00:00.000Z'));
    migrate(
      db,
      {
        beforeMigrate: (d, a, b) => {
          calls.push([a, b]);
          hook(d, a, b);
        },
      },
      from + 1,
    );
    expect(calls).toEqual([[from, from + 1]]);
    const backups = listBackups(path.join(dir, 'backups'));
    expect(backups.map((b) => b.reason)).toEqual(['migration']);
    const copy = openDatabase(path.join(dir, 'backups', backups[0]!.file), { readonly: true });
    try {
      expect(zoneCodes(copy)).toEqual(zoneCodes(db));
    } finally {
      copy.close();
    }
  });

  // A real file at the previous schema, opened by a Session.
  it('copies a file at the previous schema when a Session opens it', () => {
    const dir = makeTempDir('psd-migrate-');
    const file = path.join(dir, 'previous.sqlite');
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(raw, {}, SCHEMA_VERSION - 1);
    addZone(raw, 'OLD');
    raw.close();
    const session = new Session({ dbPath: file, transport: 'web', appVersion: '0.0.0-test', beforeMigrate: migrationBackupHook() });
    cleanups.push(() => session.close());
    expect(session.schemaVersion).toBe(SCHEMA_VERSION);
    const [copy] = listBackups(session.backupDir);
    expect(copy?.reason).toBe('migration');
    const old = new Database(path.join(session.backupDir, copy!.file), { readonly: true });
    try {
      expect(old.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION - 1);
      expect(zoneCodes(old)).toEqual(['OLD']);
    } finally {
      old.close();
    }
  });

  it('is wired through Session: a fresh database is not copied', () => {
    const dir = makeTempDir('psd-migrate-');
    const session = new Session({
      dbPath: path.join(dir, 'fresh.sqlite'),
      transport: 'web',
      appVersion: '0.0.0-test',
      beforeMigrate: migrationBackupHook(),
    });
    cleanups.push(() => session.close());
    expect(listBackups(session.backupDir)).toEqual([]);
  });
});
