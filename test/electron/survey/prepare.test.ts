// Preparing a package from a real sample database: exactly the chosen buildings with their units, the leases not
// yet over and their tenants (each set computed here with its own SQL), every row's base version, the office's
// identity; the office file is only read. Every database has its own identity, from creation or first migration.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../../shared/dates';
import { openDatabase } from '../../../electron/main/db/connection';
import { migrate } from '../../../electron/main/db/migrate';
import { databaseIdentity } from '../../../electron/main/db/repos/survey-office';
import { ArgsError, parseWebArgs } from '../../../electron/web/args';
import { createReadySession, createTempSession, makeTempDir, type TempSession } from '../../helpers/tempSession';
import { prepare, sampleOffice, smallPark } from './fixture';

let office: TempSession;
beforeAll(async () => {
  office = await sampleOffice();
});
afterAll(() => office.cleanup());

const ids = (db: Database.Database, sql: string, ...params: unknown[]) =>
  (db.prepare(sql).all(...params) as { id: string }[]).map((r) => r.id).sort();

describe('survey:prepare', () => {
  it('writes the park’s buildings, their units, current leases and their tenants, with base versions and the office identity', async () => {
    const park = smallPark(office);
    const result = await prepare(office, { kind: 'park', id: park }, 'park.parksurvey', 'Wang Fang');
    const pkg = new Database(result.file, { readonly: true });
    const db = office.session.db;
    const today = todayIso();
    const buildings = ids(db, 'SELECT id FROM building WHERE park_id = ?', park);
    const units = ids(db, 'SELECT u.id FROM unit u JOIN building b ON b.id = u.building_id WHERE b.park_id = ?', park);
    const leases = ids(
      db,
      `SELECT l.id FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id
      WHERE b.park_id = ? AND NOT (l.end_date IS NOT NULL AND l.end_date < ?) AND NOT (l.terminated_on IS NOT NULL AND l.terminated_on <= ?)`,
      park,
      today,
      today,
    );
    const tenants = ids(
      db,
      `SELECT DISTINCT t.id FROM tenant t JOIN lease l ON l.tenant_id = t.id WHERE l.id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(leases),
    );
    expect(buildings.length).toBeGreaterThan(0);
    expect(leases.length).toBeGreaterThan(0);
    expect(ids(pkg, 'SELECT id FROM building')).toEqual(buildings);
    expect(ids(pkg, 'SELECT id FROM unit')).toEqual(units);
    expect(ids(pkg, 'SELECT id FROM lease')).toEqual(leases);
    expect(ids(pkg, 'SELECT id FROM tenant')).toEqual(tenants);
    expect(ids(pkg, 'SELECT id FROM zone')).toEqual(ids(db, 'SELECT id FROM zone'));
    expect(result.counts).toMatchObject({ building: buildings.length, unit: units.length, lease: leases.length, tenant: tenants.length });
    // Base versions are the office's versions, row for row.
    const officeVersions = new Map(
      (db.prepare('SELECT id, version FROM unit').all() as { id: string; version: number }[]).map((r) => [r.id, r.version]),
    );
    const base = pkg.prepare("SELECT id, version, data FROM survey_base WHERE entity = 'unit'").all() as {
      id: string;
      version: number;
      data: string;
    }[];
    expect(base.length).toBe(units.length);
    for (const b of base) expect(b.version).toBe(officeVersions.get(b.id));
    const meta = Object.fromEntries(
      (pkg.prepare('SELECT key, value FROM survey_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
    );
    expect(meta).toMatchObject({
      surveyor: 'Wang Fang',
      office_id: databaseIdentity(db),
      package_schema: '1',
      package_id: result.packageId,
    });
    expect(JSON.parse(meta.scope ?? '')).toEqual({ kind: 'park', id: park });
    expect(pkg.pragma('application_id', { simple: true })).toBe(0x50534453);
    expect(pkg.pragma('integrity_check', { simple: true })).toBe('ok');
    pkg.close();
    // Nothing left beside it.
    expect(readdirSync(office.dir).filter((n) => n.includes('park.parksurvey'))).toEqual(['park.parksurvey']);
  });

  it('by zone and by a hand-picked list; refuses unknown ids, an empty scope and an existing file', async () => {
    const db = office.session.db;
    const zone = (db.prepare("SELECT id FROM zone WHERE code = 'CORE'").get() as { id: string }).id;
    const byZone = await prepare(office, { kind: 'zone', id: zone }, 'zone.parksurvey');
    expect(byZone.counts.building).toBe(ids(db, 'SELECT id FROM building WHERE zone_id = ?', zone).length);
    const two = ids(db, 'SELECT id FROM building ORDER BY id LIMIT 2');
    const picked = await prepare(office, { kind: 'buildings', ids: two }, 'two.parksurvey');
    expect(picked.counts.building).toBe(2);
    const bad = await office.dispatch('survey:prepare', {
      scope: { kind: 'buildings', ids: [...two, 'nope'] },
      surveyor: 'x',
      out: path.join(office.dir, 'bad.parksurvey'),
    });
    expect(bad.ok ? null : bad.error.details?.fields).toEqual([{ field: 'scope', code: 'reference_missing', params: { id: 'nope' } }]);
    const again = await office.dispatch('survey:prepare', { scope: { kind: 'buildings', ids: two }, surveyor: 'x', out: picked.file });
    expect(again.ok ? null : again.error.code).toBe('file_exists');
    expect(existsSync(path.join(office.dir, 'bad.parksurvey'))).toBe(false);
  });

  it('writes beside the database under surveys/ when no file is named', async () => {
    const r = await office.call('survey:prepare', { scope: { kind: 'park', id: smallPark(office) }, surveyor: '李 伟/测试' });
    expect(path.dirname(r.file)).toBe(path.join(office.dir, 'surveys'));
    expect(path.basename(r.file)).toMatch(/^\d{4}-\d{2}-\d{2}-李-伟-测试-[0-9a-f]{8}\.parksurvey$/);
  });

  it('reads the office database without writing to it, and works from a read-only window', async () => {
    const before = office.session.db.prepare('SELECT count(*) AS n FROM history_batch').get();
    const dataVersion = office.session.db.pragma('data_version', { simple: true });
    // A second window on the same file is read-only (the first holds the write lock) and may still prepare.
    const second = createTempSession({ dbPath: office.dbPath });
    expect(second.session.access.mode).toBe('read-only');
    await prepare(second, { kind: 'park', id: smallPark(office) }, 'ro.parksurvey');
    second.cleanup();
    expect(office.session.db.prepare('SELECT count(*) AS n FROM history_batch').get()).toEqual(before);
    expect(office.session.db.pragma('data_version', { simple: true })).toBe(dataVersion);
  });
});

describe('database identity', () => {
  it('is given at creation, differs between databases (the deterministic sample too) and survives a copy', async () => {
    const other = await createReadySession({ setup: 'sample' });
    const a = databaseIdentity(office.session.db);
    const b = databaseIdentity(other.session.db);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
    other.session.close();
    const copy = path.join(other.dir, 'copy.sqlite');
    copyFileSync(other.dbPath, copy);
    const reopened = openDatabase(copy);
    expect(databaseIdentity(reopened)).toBe(b);
    reopened.close();
    other.cleanup();
  });

  it('an existing database gets one when it is migrated', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'old.sqlite');
    const raw = new Database(file);
    raw.pragma('application_id = 1347634225');
    migrate(raw, {}, 2);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'database_identity'").get()).toEqual({ n: 0 });
    raw.close();
    const db = openDatabase(file);
    expect(databaseIdentity(db)).toMatch(/^[0-9a-f-]{36}$/);
    db.close();
  });
});

describe('web mode --survey', () => {
  it('opens a package instead of a database and refuses mixing it with database options', () => {
    expect(parseWebArgs(['--survey', 'field/p.parksurvey', '--port', '9000'])).toMatchObject({
      survey: path.resolve('field/p.parksurvey'),
      port: 9000,
      setup: null,
    });
    for (const bad of [
      ['--survey', 'p.parksurvey', '--db', 'x.sqlite'],
      ['--survey', 'p.parksurvey', '--sample'],
      ['--survey', ' '],
    ]) {
      expect(() => parseWebArgs(bad)).toThrow(ArgsError);
    }
  });
});
