// One writer per database file: a second session (in this process or another) opens read-only and names the
// holder; writes are refused before any handler runs; the lock goes with its process, also on kill -9; a file
// replaced under a writer stops it writing; a read-only window follows the holder's writes.
import { copyFileSync, existsSync, lstatSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/main/ipc/dispatch';
import { handlers } from '../../../electron/main/ipc/handlers';
import { Session } from '../../../electron/main/session';
import type { EventMap } from '../../../shared/contract';
import { startChild, type Child } from '../../helpers/child';
import { createReadySession, makeTempDir, type TempSession } from '../../helpers/tempSession';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const tenant = (name: string) => ({ nameZh: name, nameEn: name, uscc: '', category: 'fintech' as const, enteredDistrictOn: null });

async function writer(): Promise<TempSession> {
  const t = await createReadySession({ setup: 'empty' });
  cleanups.push(() => t.cleanup());
  return t;
}

function second(dbPath: string, opts: Partial<ConstructorParameters<typeof Session>[0]> = {}) {
  const session = new Session({ dbPath, transport: 'electron', appVersion: '0.0.0-test', watchMs: 0, ...opts });
  cleanups.push(() => session.close());
  return { session, dispatch: createDispatcher(session, handlers) };
}

const tenantNames = (file: string): string[] => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT name_zh AS n FROM tenant ORDER BY n').all() as { n: string }[]).map((r) => r.n);
  } finally {
    db.close();
  }
};

describe('one writer per file', () => {
  it('a second session opens read-only, names the holder, reads, and refuses every write before it runs', async () => {
    const a = await writer();
    await a.call('tenants:create', tenant('甲'));
    const b = second(a.dbPath);
    const access = b.session.access;
    expect(access).toMatchObject({ mode: 'read-only', reason: 'locked', holder: { program: 'web', pid: process.pid } });
    const info = await b.dispatch('app:info', {});
    expect(info.ok && (info.value as { access: unknown }).access).toEqual(access);
    const list = await b.dispatch('tenants:list', {});
    expect(list.ok && (list.value as { total: number }).total).toBe(1);
    for (const [channel, input] of [
      ['tenants:create', tenant('乙')],
      ['history:undo', {}],
      ['app:setup', { mode: 'sample' }],
      ['settings:basemap-set', { kind: 'none', source: '' }],
    ] as const) {
      const r = await b.dispatch(channel, input);
      expect(r.ok ? 'ok' : r.error.code, channel).toBe('read_only');
      if (!r.ok) expect(r.error.details).toMatchObject({ program: 'web', pid: process.pid });
    }
    // The writer's undo still has its one step: the read-only window neither undid it nor discarded it.
    expect(tenantNames(a.dbPath)).toEqual(['甲']);
    const undone = await a.dispatch('history:undo', {});
    expect(undone.ok).toBe(true);
    expect(tenantNames(a.dbPath)).toEqual([]);
  });

  it('whenLocked "fail" refuses with database_locked naming the holder', async () => {
    const a = await writer();
    expect(() => second(a.dbPath, { whenLocked: 'fail' })).toThrow(expect.objectContaining({ code: 'database_locked' }));
  });

  it('"try again" takes the lock once the holder has closed, and writes then land', async () => {
    const a = await writer();
    const b = second(a.dbPath);
    expect((await b.dispatch('app:retry-write', {})).ok && b.session.access.mode).toBe('read-only');
    a.session.close();
    const r = await b.dispatch('app:retry-write', {});
    expect(r.ok && (r.value as { access: { mode: string } }).access.mode).toBe('write');
    expect((await b.dispatch('tenants:create', tenant('丙'))).ok).toBe(true);
    expect(tenantNames(a.dbPath)).toEqual(['丙']);
  });

  it('a lock held by another process is released when that process is killed with SIGKILL', async () => {
    const dir = makeTempDir();
    const dbPath = path.join(dir, 'held.sqlite');
    const holder: Child = await startChild(['hold', dbPath, 'desktop']);
    cleanups.push(() => holder.kill());
    await holder.waitFor((l) => l === 'locked');
    // The file does not exist yet and another process holds its lock: nothing can be opened or created.
    expect(() => second(dbPath)).toThrow(expect.objectContaining({ code: 'database_invalid' }));
    expect(() => second(dbPath, { whenLocked: 'fail' })).toThrow(
      expect.objectContaining({
        code: 'database_locked',
        details: expect.objectContaining({ program: 'desktop', pid: holder.process.pid }),
      }),
    );
    expect(existsSync(dbPath)).toBe(false);
    await holder.kill();
    const b = second(dbPath, { whenLocked: 'fail' });
    expect(b.session.access.mode).toBe('write');
  });

  it('a read-only session sees the holder’s writes (data-changed "external")', async () => {
    const a = await writer();
    const b = second(a.dbPath, { watchMs: 20 });
    const seen = new Promise<EventMap['data-changed']>((resolve) => {
      b.session.onEvent((name, payload) => {
        if (name === 'data-changed') resolve(payload as EventMap['data-changed']);
      });
    });
    await new Promise((r) => setTimeout(r, 60));
    await a.call('tenants:create', tenant('丁'));
    expect(await seen).toEqual({ reason: 'external' });
    const list = await b.dispatch('tenants:list', {});
    expect(list.ok && (list.value as { total: number }).total).toBe(1);
  });
});

describe('one lock per file, however its path is spelled', () => {
  it('a session through a symbolic link and one on the real path do not both write', async () => {
    const a = await writer();
    const link = path.join(a.dir, 'link.sqlite');
    symlinkSync(a.dbPath, link);
    const b = second(link);
    expect(b.session.access).toMatchObject({ mode: 'read-only', reason: 'locked' });
    expect(b.session.dbPath).toBe(realpathSync(a.dbPath));
    const c = second(path.join(a.dir, '..', path.basename(a.dir), 'test.sqlite'));
    expect(c.session.access.mode).toBe('read-only');
  });

  it('a restore through a link replaces the real file and leaves the link a link', async () => {
    const dir = makeTempDir();
    const real = path.join(dir, 'real.sqlite');
    const link = path.join(dir, 'link.sqlite');
    const first = await createReadySession({ setup: 'empty', dbPath: real });
    first.session.close();
    symlinkSync(real, link);
    const { session, dispatch } = second(link, { backupDir: path.join(dir, 'backups') });
    const add = (n: string) => dispatch('tenants:create', tenant(n));
    await add('一');
    const backup = await dispatch('backup:create', {});
    await add('二');
    expect(backup.ok && (await dispatch('backup:restore', { file: (backup.value as { file: string }).file })).ok).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(tenantNames(real)).toEqual(['一']);
    expect(session.dbPath).toBe(realpathSync(real));
  });
});

describe('a file replaced under a writer', () => {
  it('stops writing (no write lands in either file), says so, and reopens the new file on request', async () => {
    const a = await writer();
    await a.call('tenants:create', tenant('原有'));
    // Another program puts a different database at the path the way `cli sample --force` used to: it removes the
    // -wal/-shm beside the path and renames its own complete file over it.
    const other = path.join(a.dir, 'other.sqlite');
    const copy = new Database(a.dbPath, { readonly: true });
    copy.prepare('VACUUM INTO ?').run(other);
    copy.close();
    const otherDb = new Database(other);
    otherDb.prepare("UPDATE tenant SET name_zh = '替换后'").run();
    otherDb.close();
    const events: string[] = [];
    a.session.onEvent((name, p) => {
      if (name === 'data-changed') events.push((p as EventMap['data-changed']).reason);
    });
    for (const suffix of ['-wal', '-shm']) rmSync(a.dbPath + suffix, { force: true });
    renameSync(other, a.dbPath);
    const refused = await a.dispatch('tenants:create', tenant('丢失?'));
    expect(refused.ok ? 'ok' : refused.error.code).toBe('database_replaced');
    expect(events).toContain('access');
    expect(a.session.access).toEqual({ mode: 'read-only', reason: 'replaced' });
    expect(tenantNames(a.dbPath)).toEqual(['替换后']);
    const reopened = await a.dispatch('app:retry-write', {});
    expect(reopened.ok && (reopened.value as { access: { mode: string } }).access.mode).toBe('write');
    expect((await a.dispatch('tenants:create', tenant('新写入'))).ok).toBe(true);
    expect(tenantNames(a.dbPath)).toEqual(['新写入', '替换后']);
  });

  it('a replacement that leaves the old -wal beside the path is not mixed with it; the writer’s data is kept aside', async () => {
    const a = await writer();
    for (const n of ['A0', 'A1', 'A2']) await a.call('tenants:create', tenant(n));
    // The replacement is made elsewhere and renamed over the path; the writer's -wal and -shm stay where they are.
    const other = path.join(a.dir, 'other.sqlite');
    const fresh = await createReadySession({ setup: 'empty', dbPath: other });
    await fresh.call('tenants:create', tenant('OTHER'));
    fresh.session.close();
    renameSync(other, a.dbPath);
    expect(existsSync(`${a.dbPath}-wal`)).toBe(true);
    const refused = await a.dispatch('tenants:create', tenant('lost?'));
    expect(refused.ok ? 'ok' : refused.error.code).toBe('database_replaced');
    // Whoever opens the path now sees the replacement, intact, without the writer's pages.
    const reader = new Database(a.dbPath, { readonly: true });
    expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
    reader.close();
    expect(tenantNames(a.dbPath)).toEqual(['OTHER']);
    // What the writer held is in a backup of its own kind.
    const saved = (await a.call('backup:list', {})).filter((b) => b.reason === 'replaced');
    expect(saved).toHaveLength(1);
    expect(tenantNames(path.join(a.session.backupDir, saved[0]!.file))).toEqual(['A0', 'A1', 'A2']);
    // Reopening shows the file that is there now, and writing goes on in it.
    expect((await a.dispatch('app:retry-write', {})).ok).toBe(true);
    expect((await a.call('tenants:list', {})).rows.map((r) => r.nameZh)).toEqual(['OTHER']);
    expect((await a.dispatch('tenants:create', tenant('B0'))).ok).toBe(true);
    expect(tenantNames(a.dbPath)).toEqual(['B0', 'OTHER']);
  });

  it('a read-only session follows a file replaced at its path', async () => {
    const a = await writer();
    await a.call('tenants:create', tenant('旧'));
    const b = second(a.dbPath, { watchMs: 20 });
    const backupFile = path.join(a.dir, 'copy.sqlite');
    copyFileSync(a.dbPath, backupFile);
    const reopened = new Promise<void>((resolve) => {
      b.session.onEvent((name, p) => {
        if (name === 'data-changed' && (p as EventMap['data-changed']).reason === 'open') resolve();
      });
    });
    await a.call('tenants:create', tenant('新'));
    const all = await a.call('backup:create', {});
    await a.call('backup:restore', { file: all.file });
    await reopened;
    const list = await b.dispatch('tenants:list', {});
    expect(list.ok && (list.value as { total: number }).total).toBe(2);
  });
});
