// Backups that survive (issue 12, defects 4, 9 and 10): failed upgrades do not rotate good backups away, the daily
// backup is also taken while the app stays open, OS errors reach the user as words, and `cli sample` never writes
// over a file another program holds.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runBackup, runSample } from '../../electron/cli/commands';
import { inBatch } from '../../electron/main/db/writer';
import {
  backupOwner,
  createBackup,
  ensureDailyBackup,
  listBackups,
  migrationBackupHook,
  saveCopyAs,
} from '../../electron/main/services/backup';
import { databaseIdentity } from '../../electron/main/db/repos/identity';
import { EDIT_HOURS, scheduledBackup } from '../../electron/main/services/backup-schedule';
import { Session } from '../../electron/main/session';
import { AppError } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';
import { startChild, type Child } from '../helpers/child';
import { createReadySession, makeTempDir, type TempSession } from '../helpers/tempSession';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function ready(): Promise<TempSession> {
  const t = await createReadySession({ setup: 'empty' });
  cleanups.push(() => t.cleanup());
  return t;
}

/** A user edit recorded at a chosen time (the batch timestamp is what the schedule reads). */
function editAt(db: Database.Database, iso: string): void {
  inBatch(db, { label: 'test edit', origin: 'user', now: () => iso }, (w) => {
    w.insert('tenant', { nameZh: `企业 ${iso}`, nameEn: '', uscc: '', category: 'other', enteredDistrictOn: null });
  });
}

describe('failed upgrades keep the other backups', () => {
  it('15 failed opens of a damaged file make one migration backup; manual and daily backups stay', async () => {
    const t = await ready();
    await t.call('tenants:create', { nameZh: '甲', nameEn: '', uscc: '', category: 'fintech', enteredDistrictOn: null });
    const manual = await createBackup(t.session, 'manual', { now: new Date('2026-01-01T08:00:00Z') });
    const daily = await createBackup(t.session, 'daily', { now: new Date('2026-01-02T08:00:00Z') });
    t.session.close();
    // Damage: the file says schema 1 but already holds what migration 2 creates.
    const raw = new Database(t.dbPath);
    raw.pragma('user_version = 1');
    raw.close();
    const codes = new Set<string>();
    for (let attempt = 0; attempt < 15; attempt += 1) {
      try {
        new Session({
          dbPath: t.dbPath,
          backupDir: t.session.backupDir,
          transport: 'web',
          appVersion: '0',
          beforeMigrate: migrationBackupHook(t.session.backupDir),
          watchMs: 0,
        }).close();
      } catch (err) {
        codes.add((err as AppError).code);
      }
    }
    expect([...codes]).toEqual(['database_damaged']);
    const backups = listBackups(t.session.backupDir);
    expect(backups.filter((b) => b.reason === 'migration')).toHaveLength(1);
    expect(backups.map((b) => b.file)).toEqual(expect.arrayContaining([manual.file, daily.file]));
  });
});

describe('the backup schedule', () => {
  it('takes the daily backup after midnight and another after EDIT_HOURS of edits, and none without edits', async () => {
    const t = await ready();
    const db = t.session.db;
    const day1 = new Date(2026, 2, 10, 9, 0); // local times: the daily backup follows the local calendar day
    editAt(db, new Date(2026, 2, 10, 8, 0).toISOString());
    expect((await scheduledBackup(t.session, day1))?.reason).toBe('daily');
    // One hour later, after an edit: too soon.
    editAt(db, new Date(2026, 2, 10, 9, 30).toISOString());
    expect(await scheduledBackup(t.session, new Date(2026, 2, 10, 10, 0))).toBeNull();
    // EDIT_HOURS after the last backup with an edit since: a second backup the same day.
    const later = new Date(day1.getTime() + EDIT_HOURS * 3_600_000 + 60_000);
    expect((await scheduledBackup(t.session, later))?.createdAt).toBe(later.toISOString());
    // Another EDIT_HOURS later without any edit: nothing.
    expect(await scheduledBackup(t.session, new Date(later.getTime() + EDIT_HOURS * 3_600_000 + 60_000))).toBeNull();
    // Past midnight, still open: the next day's daily backup.
    const day2 = new Date(2026, 2, 11, 0, 5);
    expect((await scheduledBackup(t.session, day2))?.createdAt).toBe(day2.toISOString());
    // Day 1's two backups are pruned to its newest once day 2 has begun (daily backups count by calendar day).
    expect(listBackups(t.session.backupDir).map((b) => b.createdAt)).toEqual([later.toISOString(), day2.toISOString()]);
  });

  it('a read-only window takes no automatic backup', async () => {
    const t = await ready();
    const second = new Session({
      dbPath: t.dbPath,
      backupDir: path.join(t.dir, 'other-backups'),
      transport: 'electron',
      appVersion: '0',
      watchMs: 0,
    });
    cleanups.push(() => second.close());
    expect(second.access.mode).toBe('read-only');
    expect(await scheduledBackup(second, new Date(2030, 0, 1))).toBeNull();
  });
});

describe('operating-system errors in words', () => {
  it('a backups "folder" that is a file gives file_system with the OS reason in both languages, not Node text', async () => {
    const dir = makeTempDir();
    const blocker = path.join(dir, 'backups');
    writeFileSync(blocker, 'not a folder');
    const session = new Session({
      dbPath: path.join(dir, 'park.sqlite'),
      backupDir: path.join(blocker, 'inner'),
      transport: 'web',
      appVersion: '0',
      watchMs: 0,
    });
    cleanups.push(() => session.close());
    const { createDispatcher } = await import('../../electron/main/ipc/dispatch');
    const { handlers } = await import('../../electron/main/ipc/handlers');
    const r = await createDispatcher(session, handlers)('backup:create', {});
    expect(r.ok ? 'ok' : r.error.code).toBe('file_system');
    if (r.ok) return;
    expect(r.error.details).toMatchObject({ os: 'ENOTDIR' });
    expect(errorMessage(r.error, 'zh-CN')).toBe(`无法使用文件 ${path.join(blocker, 'inner')}：路径中有一部分不是文件夹`);
    expect(errorMessage(r.error, 'en')).toBe(`Could not use ${path.join(blocker, 'inner')}: part of the path is not a folder`);
  });
});

describe('cli sample and the write lock', () => {
  it('refuses to replace a file another program holds, naming it, and leaves the file as it was', async () => {
    const t = await ready();
    t.session.close();
    const before = readFileSync(t.dbPath);
    const holder: Child = await startChild(['hold', t.dbPath, 'web']);
    cleanups.push(() => holder.kill());
    await holder.waitFor((l) => l === 'locked');
    let err: AppError | null = null;
    try {
      runSample({ db: t.dbPath, large: false, force: true }, { locale: 'en', progress: null });
    } catch (e) {
      err = e as AppError;
    }
    expect(err?.code).toBe('database_locked');
    expect(errorMessage(err!.toShape(), 'en')).toContain(`Park Space Desk web mode (process ${holder.process.pid}`);
    expect(errorMessage(err!.toShape(), 'zh-CN')).toContain('园区空间台账网页模式');
    expect(readFileSync(t.dbPath).equals(before)).toBe(true);
    // Nor may `cli backup --force` copy another database over it.
    const other = await ready();
    await expect(runBackup({ db: other.dbPath, out: t.dbPath, force: true }, { locale: 'en', progress: null })).rejects.toMatchObject({
      code: 'database_locked',
    });
    expect(readFileSync(t.dbPath).equals(before)).toBe(true);
  });
});

describe('databases sharing one backups folder', () => {
  it('keep their backups apart: listed, counted for the day, pruned and restored each for its own', async () => {
    const dir = makeTempDir();
    const backupDir = path.join(dir, 'backups');
    const open = (name: string) => {
      const s = new Session({ dbPath: path.join(dir, name), backupDir, transport: 'web', appVersion: '0', watchMs: 0 });
      cleanups.push(() => s.close());
      return s;
    };
    const a = open('a.sqlite');
    const b = open('b.sqlite');
    for (const s of [a, b]) editAt(s.db, '2026-03-10T08:00:00.000Z');
    // A's daily backup today does not stand in for B's.
    expect((await ensureDailyBackup(a, new Date(2026, 2, 10, 9)))?.reason).toBe('daily');
    expect((await ensureDailyBackup(b, new Date(2026, 2, 10, 9, 30)))?.reason).toBe('daily');
    // Twenty more days of A's daily backups prune none of B's.
    for (let day = 11; day <= 30; day += 1) await createBackup(a, 'daily', { now: new Date(2026, 2, day, 9) });
    const ownerA = backupOwner(a.db);
    const ownerB = backupOwner(b.db);
    expect(ownerA).not.toBe(ownerB);
    const listA = listBackups(backupDir, ownerA);
    const listB = listBackups(backupDir, ownerB);
    expect(listA).toHaveLength(14);
    expect(listB.map((x) => x.createdAt)).toEqual([new Date(2026, 2, 10, 9, 30).toISOString()]);
    // B cannot restore A's backup over itself.
    const { createDispatcher } = await import('../../electron/main/ipc/dispatch');
    const { handlers } = await import('../../electron/main/ipc/handlers');
    const r = await createDispatcher(b, handlers)('backup:restore', { file: listA[0]!.file });
    expect(r.ok ? 'ok' : r.error.code).toBe('backup_other_database');
    if (!r.ok) expect(errorMessage(r.error, 'en')).toContain('is a backup of another database in the same folder');
  });

  it('Save As gives the copy an identity of its own', async () => {
    const t = await ready();
    const copy = path.join(t.dir, 'copy.sqlite');
    await saveCopyAs(t.session.db, copy);
    const db = new Database(copy, { readonly: true });
    const ids = [databaseIdentity(t.session.db), databaseIdentity(db)];
    db.close();
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });
});
