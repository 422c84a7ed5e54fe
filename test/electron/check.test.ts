// The whole-file checker: every kind of problem planted with raw SQL into a copy of the clean sample
// (constraints or foreign keys switched off where SQLite would refuse the row) is found, and named exactly.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { checkDatabase, type Problem } from '../../electron/main/services/check';
import { seedSample } from '../../electron/main/services/sample';

type Raw = Database.Database;
let dir: string;
let base: string;
let n = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-check-'));
  base = path.join(dir, 'base.sqlite');
  const db = openDatabase(base);
  seedSample(db, { size: 'standard' });
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Copies the clean sample, lets `fn` break it with raw SQL, and checks the result read-only. */
function plant<T>(fn: (db: Raw) => T): { problems: Problem[]; planted: T } {
  const file = path.join(dir, `p${(n += 1)}.sqlite`);
  copyFileSync(base, file);
  const raw = new Database(file);
  const planted = fn(raw);
  raw.close();
  const db = openDatabase(file, { readonly: true });
  try {
    return { problems: checkDatabase(db), planted };
  } finally {
    db.close();
  }
}

const key = (p: Problem) => `${p.entity}|${p.id ?? ''}|${p.field}|${p.code}`;
const one = <T>(db: Raw, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;

describe('checkDatabase finds each planted problem', () => {
  it('a unit on floor 0 and one above the top floor', () => {
    const { problems, planted } = plant((db) => {
      const u1 = one<{ id: string; above: number; below: number }>(
        db,
        'SELECT u.id, b.floors_above AS above, b.floors_below AS below FROM unit u JOIN building b ON b.id = u.building_id WHERE b.floors_below > 0 ORDER BY u.id LIMIT 1',
      );
      const u2 = one<{ id: string; above: number; below: number }>(
        db,
        'SELECT u.id, b.floors_above AS above, b.floors_below AS below FROM unit u JOIN building b ON b.id = u.building_id WHERE b.floors_below = 0 ORDER BY u.id LIMIT 1',
      );
      db.prepare('UPDATE unit SET floor = 0 WHERE id = ?').run(u1.id);
      db.prepare('UPDATE unit SET floor = ? WHERE id = ?').run(u2.above + 1, u2.id);
      return { u1, u2 };
    });
    const { u1, u2 } = planted;
    expect(problems.map(key).sort()).toEqual([`unit|${u1.id}|floor|floor_out_of_range`, `unit|${u2.id}|floor|floor_out_of_range`].sort());
    // The building's floors as people write them (issue 10, item 9): basements B…–B1, then 1–top.
    const b1 = u1.below === 1 ? 'B1' : `B${u1.below}–B1`;
    expect(problems.find((p) => p.id === u1.id)?.params).toEqual({ range: `${b1}, 1–${u1.above}` });
    expect(problems.find((p) => p.id === u2.id)?.params).toEqual({ range: `1–${u2.above}` });
    expect(problems.find((p) => p.id === u2.id)?.message).toBe(`This building has no such floor (its floors: 1–${u2.above})`);
  });

  it('a building whose park lies in another zone, and one without floors above ground', () => {
    const { problems, planted } = plant((db) => {
      const b = one<{ id: string; zone: string }>(
        db,
        'SELECT id, zone_id AS zone FROM building WHERE park_id IS NOT NULL ORDER BY id LIMIT 1',
      );
      const other = one<{ id: string }>(db, 'SELECT id FROM zone WHERE id <> ? LIMIT 1', b.zone);
      db.prepare('UPDATE building SET zone_id = ? WHERE id = ?').run(other.id, b.id);
      const empty = one<{ id: string }>(
        db,
        'SELECT id FROM building b WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE u.building_id = b.id AND u.floor > 0) ORDER BY id LIMIT 1',
      );
      db.prepare('UPDATE building SET floors_above = 0 WHERE id = ?').run(empty.id);
      return { mismatched: b.id, flat: empty.id };
    });
    expect(problems.map(key).sort()).toEqual(
      [`building|${planted.mismatched}|parkId|park_zone_mismatch`, `building|${planted.flat}|floorsAbove|floors_invalid`].sort(),
    );
  });

  it('a lease larger than its unit', () => {
    const { problems, planted } = plant((db) => {
      const l = one<{ id: string; area: number }>(
        db,
        'SELECT l.id, u.area_m2 AS area FROM lease l JOIN unit u ON u.id = l.unit_id ORDER BY l.id LIMIT 1',
      );
      db.prepare('UPDATE lease SET area_m2 = ? WHERE id = ?').run(l.area + 50, l.id);
      return l;
    });
    expect(problems.map(key)).toEqual([`lease|${planted.id}|areaM2|area_exceeds_unit`]);
    expect(problems[0]?.params).toEqual({ max: planted.area });
  });

  it('an over-lease: a second full-area lease over an existing one, naming the lease it collides with', () => {
    const { problems, planted } = plant((db) => {
      const l = one<{ id: string; unit: string; start: string; end: string | null; area: number; tenant: string; tenantName: string }>(
        db,
        `SELECT l.id, l.unit_id AS unit, l.start_date AS start, l.end_date AS end, u.area_m2 AS area, l.tenant_id AS tenant, t.name_en AS tenantName
         FROM lease l JOIN unit u ON u.id = l.unit_id JOIN tenant t ON t.id = l.tenant_id
         WHERE l.area_m2 = u.area_m2 AND l.terminated_on IS NULL ORDER BY l.id LIMIT 1`,
      );
      const id = 'ffffffff-ffff-7fff-bfff-ffffffffffff';
      db.prepare(
        `INSERT INTO lease (id, created_at, updated_at, version, unit_id, tenant_id, kind, start_date, end_date, area_m2, rent_cny_per_m2_day, terminated_on)
         VALUES (?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1, ?, ?, 'lease', ?, ?, ?, NULL, NULL)`,
      ).run(id, l.unit, l.tenant, l.start, l.end, l.area);
      return { ...l, planted: id };
    });
    expect(problems.map(key)).toEqual([`lease|${planted.planted}|areaM2|over_lease`]);
    expect(problems[0]?.params).toEqual({
      date: planted.start,
      lease: planted.id,
      tenant: planted.tenantName,
      total: Math.round(planted.area * 2 * 100) / 100,
      max: planted.area,
    });
  });

  it('lease dates out of order and a target due before it starts', () => {
    const { problems, planted } = plant((db) => {
      const [a, b] = db.prepare('SELECT id FROM lease ORDER BY id LIMIT 2').all() as { id: string }[];
      const t = one<{ id: string }>(db, 'SELECT id FROM target ORDER BY id LIMIT 1');
      db.pragma('ignore_check_constraints = ON');
      db.prepare("UPDATE lease SET end_date = date(start_date, '-1 day'), terminated_on = NULL WHERE id = ?").run(a?.id);
      db.prepare("UPDATE lease SET terminated_on = date(start_date, '-3 days') WHERE id = ?").run(b?.id);
      db.prepare("UPDATE target SET due_date = '2020-12-31' WHERE id = ?").run(t.id);
      return { a: a?.id, b: b?.id, t: t.id };
    });
    expect(problems.map(key).sort()).toEqual(
      [
        `lease|${planted.a}|endDate|end_before_start`,
        `lease|${planted.b}|terminatedOn|terminated_before_start`,
        `target|${planted.t}|dueDate|end_before_start`,
      ].sort(),
    );
  });

  it('credit codes: a bad check character, a bad format and a duplicate', () => {
    const { problems, planted } = plant((db) => {
      const [a, b, c, d] = db.prepare('SELECT id, uscc, name_en AS name FROM tenant ORDER BY id LIMIT 4').all() as {
        id: string;
        uscc: string;
        name: string;
      }[];
      if (!a || !b || !c || !d) throw new Error('sample too small');
      const last = a.uscc.charAt(17) === '0' ? '1' : '0';
      db.prepare('UPDATE tenant SET uscc = ? WHERE id = ?').run(a.uscc.slice(0, 17) + last, a.id);
      db.prepare("UPDATE tenant SET uscc = 'ABC' WHERE id = ?").run(b.id);
      db.exec('DROP INDEX tenant_uscc');
      db.prepare('UPDATE tenant SET uscc = ? WHERE id = ?').run(c.uscc, d.id);
      return { a: a.id, b: b.id, c, d: d.id };
    });
    expect(problems.map(key).sort()).toEqual(
      [`tenant|${planted.a}|uscc|uscc_checksum`, `tenant|${planted.b}|uscc|uscc_format`, `tenant|${planted.d}|uscc|uscc_duplicate`].sort(),
    );
    expect(problems.find((p) => p.code === 'uscc_duplicate')?.message).toBe(`This code already belongs to ${planted.c.name}`);
  });

  it('a reference to a missing record', () => {
    const { problems, planted } = plant((db) => {
      const l = one<{ id: string }>(db, 'SELECT id FROM lease ORDER BY id LIMIT 1');
      db.pragma('foreign_keys = OFF');
      db.prepare("UPDATE lease SET tenant_id = 'no-such-tenant' WHERE id = ?").run(l.id);
      return l.id;
    });
    expect(problems.map(key)).toEqual([`lease|${planted}|tenantId|reference_missing`]);
    expect(problems[0]?.message).toBe('The referenced record does not exist');
  });

  it('rows the entry schemas reject: a blank name, a point for a footprint, an impossible date', () => {
    const { problems, planted } = plant((db) => {
      const [b1, b2] = db.prepare('SELECT id FROM building ORDER BY id LIMIT 2').all() as { id: string }[];
      const l = one<{ id: string }>(
        db,
        "SELECT id FROM lease WHERE end_date > '2025-03-01' AND start_date < '2025-02-28' AND terminated_on IS NULL ORDER BY id LIMIT 1",
      );
      db.prepare("UPDATE building SET name_zh = '   ' WHERE id = ?").run(b1?.id);
      db.prepare(`UPDATE building SET footprint = '{"type":"Point","coordinates":[116.3,39.9]}' WHERE id = ?`).run(b2?.id);
      db.pragma('ignore_check_constraints = ON');
      db.prepare("UPDATE lease SET start_date = '2025-02-30' WHERE id = ?").run(l.id);
      return { b1: b1?.id, b2: b2?.id, l: l.id };
    });
    expect(problems.map(key).sort()).toEqual(
      [
        `building|${planted.b1}|nameZh|required`,
        `building|${planted.b2}|footprint|invalid_geometry`,
        `lease|${planted.l}|startDate|invalid_date`,
      ].sort(),
    );
  });

  it('a duplicate zone code and unit label in a file whose tables lost their UNIQUE constraints', () => {
    /** Rebuilds a table from its own CREATE statement with `edit` applied (foreign keys off), keeping its rows. */
    const rebuild = (db: Raw, table: string, edit: (sql: string) => string) => {
      const { sql } = one<{ sql: string }>(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table);
      db.pragma('foreign_keys = OFF');
      db.exec(edit(sql.replace(`CREATE TABLE ${table} (`, `CREATE TABLE ${table}_rebuilt (`)));
      db.exec(`INSERT INTO ${table}_rebuilt SELECT * FROM ${table}; DROP TABLE ${table}; ALTER TABLE ${table}_rebuilt RENAME TO ${table};`);
    };
    const { problems, planted } = plant((db) => {
      const [z1, z2] = db.prepare('SELECT id, code FROM zone ORDER BY created_at, id').all() as { id: string; code: string }[];
      const [u1, u2] = db
        .prepare(
          'SELECT id, label FROM unit WHERE building_id = (SELECT building_id FROM unit ORDER BY id LIMIT 1) ORDER BY created_at, id LIMIT 2',
        )
        .all() as { id: string; label: string }[];
      if (!z1 || !z2 || !u1 || !u2) throw new Error('sample too small');
      rebuild(db, 'zone', (sql) => sql.replace('code TEXT NOT NULL UNIQUE', 'code TEXT NOT NULL'));
      rebuild(db, 'unit', (sql) => sql.replace(/,\s*UNIQUE \(building_id, label\)/, ''));
      db.prepare('UPDATE zone SET code = ? WHERE id = ?').run(z1.code, z2.id);
      db.prepare('UPDATE unit SET label = ? WHERE id = ?').run(u1.label, u2.id);
      return { zone: z2.id, unit: u2.id };
    });
    expect(problems.map(key).sort()).toEqual([`unit|${planted.unit}|label|label_duplicate`, `zone|${planted.zone}|code|code_duplicate`]);
  });

  it('a damaged file: SQLite integrity check failures', () => {
    const { problems } = plant((db) => {
      db.unsafeMode(true);
      db.pragma('writable_schema = ON');
      db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX tenant_name ON tenant(name_en)' WHERE name = 'tenant_name'").run();
      return null;
    });
    // Every tenant row is missing from the redefined index; SQLite reports the first 100.
    expect(problems.map((p) => p.message)).toEqual(
      Array.from({ length: 100 }, (_, i) => `SQLite integrity check: row ${i + 1} missing from index tenant_name`),
    );
    expect(problems.every((p) => p.entity === 'database' && p.code === 'integrity')).toBe(true);
  });
});

describe('checkDatabase and the pipeline', () => {
  it('a deal whose stages are out of date order, one naming a missing unit, and a lost deal without its reason', () => {
    const { problems, planted } = plant((db) => {
      const [a, b, c] = db.prepare("SELECT id, stage_on AS on_ FROM deal WHERE stage NOT IN ('lost') ORDER BY id LIMIT 3").all() as {
        id: string;
        on_: string;
      }[];
      if (!a || !b || !c) throw new Error('the sample has deals');
      db.prepare(`UPDATE deal SET history = json_array(json_object('stage', 'contact', 'on', '2026-12-31')) WHERE id = ?`).run(a.id);
      db.prepare(`UPDATE deal SET unit_ids = json_array('no-such-unit') WHERE id = ?`).run(b.id);
      db.prepare(`UPDATE deal SET stage = 'lost', lost_reason = '' WHERE id = ?`).run(c.id);
      return { a: a.id, b: b.id, c: c.id };
    });
    expect(problems.map(key).sort()).toEqual(
      [
        `deal|${planted.a}|stageOn|stage_date_before`,
        `deal|${planted.b}|unitIds|unit_not_found`,
        `deal|${planted.c}|lostReason|required`,
      ].sort(),
    );
  });
});
