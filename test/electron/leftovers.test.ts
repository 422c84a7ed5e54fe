// Leftovers of interrupted restores, generations and backups are recognised when a file is opened: a missing
// database is put back from a complete leftover (never replaced by a new empty one), everything else removed.
// A restore that fails at any step leaves the session open on a complete file and writing.
import { copyFileSync, existsSync, readdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/main/services/backup';
import { restoreBackup } from '../../electron/main/services/backup-restore';
import { asideName, creatingName, isCompleteDatabase, partialName, restoreStagedName } from '../../electron/main/services/db-files';
import { STALE_PARTIAL_MS } from '../../electron/main/services/leftovers';
import { Session } from '../../electron/main/session';
import { createReadySession, type TempSession } from '../helpers/tempSession';

const temps: TempSession[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) t.cleanup();
});

const tenant = (name: string) => ({ nameZh: name, nameEn: '', uscc: '', category: 'fintech' as const, enteredDistrictOn: null });

async function withTenants(names: string[]): Promise<TempSession> {
  const t = await createReadySession({ setup: 'empty' });
  temps.push(t);
  for (const n of names) await t.call('tenants:create', tenant(n));
  return t;
}

async function tenantCount(t: TempSession): Promise<number> {
  return (await t.call('tenants:list', {})).total;
}

function reopen(t: TempSession): Session {
  return new Session({ dbPath: t.dbPath, backupDir: path.join(t.dir, 'backups'), transport: 'web', appVersion: '0.0.0-test', watchMs: 0 });
}

describe('leftovers on open', () => {
  it('puts back the database a crash between two renames left only under a temporary name', async () => {
    const t = await withTenants(['甲', '乙']);
    t.session.close();
    // The state the old two-rename restore left after a crash: no file at the path, the original set aside, the
    // verified backup copy staged.
    const staged = restoreStagedName(t.dbPath, 'ab12cd34');
    copyFileSync(t.dbPath, staged);
    renameSync(t.dbPath, asideName(staged));
    expect(existsSync(t.dbPath)).toBe(false);
    const s = reopen(t);
    const tenants = s.db.prepare('SELECT count(*) AS n FROM tenant').get() as { n: number };
    const setup = s.db.prepare("SELECT value FROM meta WHERE key = 'setup_done'").get() as { value: string } | undefined;
    s.close();
    expect(tenants.n).toBe(2);
    expect(setup?.value).toBe('1'); // not a new empty database asking the first-run question
    expect(readdirSync(t.dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('removes interrupted generations and staged copies, and stale partial backups, but not a fresh one', async () => {
    const t = await withTenants(['甲']);
    const backupDir = path.join(t.dir, 'backups');
    await createBackup(t.session, 'manual');
    t.session.close();
    const creating = creatingName(t.dbPath, '4242');
    writeFileSync(creating, 'half a database');
    writeFileSync(`${creating}-wal`, 'x');
    writeFileSync(restoreStagedName(t.dbPath, 'ffff0000'), 'a staged copy');
    const stale = partialName(path.join(backupDir, 'backup-2026-01-01T00-00-00-000Z-daily.sqlite'), 'dead');
    const fresh = partialName(path.join(backupDir, 'backup-2026-01-02T00-00-00-000Z-daily.sqlite'), 'live');
    writeFileSync(stale, 'x');
    writeFileSync(fresh, 'x');
    const old = (Date.now() - STALE_PARTIAL_MS - 60_000) / 1000;
    utimesSync(stale, old, old);
    const s = reopen(t);
    s.close();
    expect(readdirSync(t.dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(isCompleteDatabase(t.dbPath)).toBe(true);
  });
});

describe('a restore that fails at a step', () => {
  it.each(['copied', 'verified', 'safety-backup', 'closed', 'aside', 'renamed'])(
    'at "%s" keeps the original, open and writable, and leaves nothing behind',
    async (step) => {
      const t = await withTenants(['一', '二']);
      const backup = await createBackup(t.session, 'manual');
      await t.call('tenants:create', tenant('三'));
      const failing = (at: string) => {
        if (at === step) throw new Error(`injected at ${at}`);
      };
      await expect(restoreBackup(t.session, backup.file, { fault: failing })).rejects.toThrow(`injected at ${step}`);
      expect(await tenantCount(t)).toBe(3);
      await t.call('tenants:create', tenant('四'));
      expect(await tenantCount(t)).toBe(4);
      expect(readdirSync(t.dir).filter((n) => n.startsWith('.'))).toEqual([]);
      expect(t.session.access.mode).toBe('write');
    },
  );

  it('after the reopen, a failure still leaves the restored file open', async () => {
    const t = await withTenants(['一', '二']);
    const backup = await createBackup(t.session, 'manual');
    await t.call('tenants:create', tenant('三'));
    const failing = (at: string) => {
      if (at === 'reopened') throw new Error('injected');
    };
    await expect(restoreBackup(t.session, backup.file, { fault: failing })).rejects.toThrow('injected');
    expect(await tenantCount(t)).toBe(2);
    expect(readdirSync(t.dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
