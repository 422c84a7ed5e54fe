// The sample district: deterministic, inside the plan's counts and the domain's rules, just short of the
// 500,000 m² target at the end of 2025, clean under the file checker. Real temporary SQLite files.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../shared/enums';
import { AppError } from '../../shared/errors';
import { isRentableMismatch } from '../../shared/rules/buildings';
import { peakArea, type LeaseSpan } from '../../shared/rules/leases';
import { checkUscc } from '../../shared/uscc';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { rollupView } from '../../electron/main/services/accounting/rollup';
import { checkDatabase } from '../../electron/main/services/check';
import { seedBaseline, seedPlan, seedSample } from '../../electron/main/services/sample';
import { SAMPLE_PLANS } from '../../electron/main/services/sample/plan';

let dir: string;
let n = 0;
const fresh = (): Db => openDatabase(path.join(dir, `s${(n += 1)}.sqlite`));
const count = (db: Db, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
const meta = (db: Db) =>
  Object.fromEntries((db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));

/** Content hash of every inventory table, meta, and the change log without its (random) batch ids. */
function contentHash(db: Db): string {
  const hash = createHash('sha256');
  for (const t of ENTITIES) hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()));
  hash.update(JSON.stringify(db.prepare('SELECT * FROM meta ORDER BY key').all()));
  hash.update(JSON.stringify(db.prepare('SELECT entity, entity_id, action, before, after, at, origin FROM change_log ORDER BY seq').all()));
  return hash.digest('hex');
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-sample-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seedSample standard', () => {
  let db: Db;
  beforeAll(() => {
    db = fresh();
    seedSample(db, { size: 'standard' });
  });
  afterAll(() => db.close());

  it('is deterministic: a second run gives identical content', () => {
    const again = fresh();
    seedSample(again, { size: 'standard' });
    expect(contentHash(again)).toBe(contentHash(db));
    again.close();
  });

  it('has the planned counts and marks itself as sample', () => {
    expect(count(db, 'SELECT count(*) AS n FROM zone')).toBe(3);
    expect(count(db, 'SELECT count(*) AS n FROM park')).toBeGreaterThanOrEqual(6);
    expect(count(db, 'SELECT count(*) AS n FROM park')).toBeLessThanOrEqual(10);
    expect(count(db, 'SELECT count(*) AS n FROM building')).toBeGreaterThanOrEqual(35);
    expect(count(db, 'SELECT count(*) AS n FROM building')).toBeLessThanOrEqual(45);
    expect(count(db, 'SELECT count(*) AS n FROM unit')).toBeGreaterThanOrEqual(1400);
    expect(count(db, 'SELECT count(*) AS n FROM unit')).toBeLessThanOrEqual(1600);
    expect(count(db, 'SELECT count(*) AS n FROM tenant')).toBeGreaterThanOrEqual(270);
    expect(count(db, 'SELECT count(*) AS n FROM tenant')).toBeLessThanOrEqual(330);
    expect(count(db, 'SELECT count(*) AS n FROM lease')).toBeGreaterThanOrEqual(1100);
    expect(count(db, 'SELECT count(*) AS n FROM lease')).toBeLessThanOrEqual(1300);
    expect(meta(db)).toMatchObject({ setup_done: '1', is_sample: '1', sample_size: 'standard' });
    expect(db.prepare('SELECT code, kind FROM zone ORDER BY code').all()).toEqual([
      { code: 'CORE', kind: 'core' },
      { code: 'WING-NE', kind: 'wing' },
      { code: 'WING-S', kind: 'wing' },
    ]);
    expect(db.prepare('SELECT metric, value, start_date, due_date, zone_id FROM target ORDER BY metric DESC').all()).toEqual([
      { metric: 'standards', value: 10, start_date: '2021-01-01', due_date: '2025-12-31', zone_id: null },
      { metric: 'space_provided_m2', value: 500000, start_date: '2021-01-01', due_date: '2025-12-31', zone_id: null },
      { metric: 'revenue_growth_pct', value: 8, start_date: '2021-01-01', due_date: '2025-12-31', zone_id: null },
      { metric: 'patents_per_year', value: 50, start_date: '2021-01-01', due_date: '2025-12-31', zone_id: null },
      { metric: 'new_firms', value: 50, start_date: '2021-01-01', due_date: '2025-12-31', zone_id: null },
    ]);
    // Standard is logged, so record history works for it.
    expect(count(db, 'SELECT count(*) AS n FROM change_log')).toBeGreaterThan(3000);
  });

  it('provides close to, but short of, 500,000 m² at the end of 2025, and the dashboard says so', () => {
    const { provided } = db
      .prepare(
        `SELECT sum(u.area_m2) AS provided FROM unit u JOIN building b ON b.id = u.building_id
       WHERE u.counts_toward_target = 1 AND b.delivery_date IS NOT NULL AND b.delivery_date <= '2025-12-31'`,
      )
      .get() as { provided: number };
    expect(provided).toBeGreaterThanOrEqual(470_000);
    expect(provided).toBeLessThanOrEqual(495_000);
    // Leased on that day (docs/ARCHITECTURE.md, "Active at D"): a district that is let, but not full.
    const { leased } = db
      .prepare(
        `SELECT sum(l.area_m2) AS leased FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id
       WHERE l.kind = 'lease' AND u.counts_toward_target = 1 AND b.delivery_date <= '2025-12-31' AND l.start_date <= '2025-12-31'
         AND (l.end_date IS NULL OR l.end_date >= '2025-12-31') AND (l.terminated_on IS NULL OR l.terminated_on > '2025-12-31')`,
      )
      .get() as { leased: number };
    expect(leased / provided).toBeGreaterThan(0.35);
    expect(leased / provided).toBeLessThan(0.9);
    // The app's roll-up reports the same figures.
    const { totals } = rollupView(db, { asOf: '2025-12-31', by: 'zone' });
    expect(totals.providedM2).toBeCloseTo(provided, 1);
    expect(totals.leasedM2).toBeCloseTo(leased, 1);
    expect(totals.targetProgress).toBeCloseTo(provided / 500_000, 6);
  });

  it('keeps the domain rules and the variety a dashboard needs', () => {
    expect(
      count(
        db,
        'SELECT count(*) AS n FROM unit u JOIN building b ON b.id = u.building_id WHERE u.floor = 0 OR u.floor > b.floors_above OR -u.floor > b.floors_below',
      ),
    ).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM unit WHERE floor < 0')).toBe(15);
    expect(count(db, 'SELECT count(*) AS n FROM building WHERE floors_above < 2 OR floors_above > 40')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM lease l JOIN unit u ON u.id = l.unit_id WHERE l.area_m2 > u.area_m2')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM lease WHERE end_date < start_date OR terminated_on <= start_date')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM building b JOIN park p ON p.id = b.park_id WHERE p.zone_id <> b.zone_id')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM building WHERE park_id IS NULL AND is_theme_building = 1')).toBe(6);
    expect(count(db, "SELECT count(*) AS n FROM building WHERE delivery_date IS NULL OR delivery_date > '2025-12-31'")).toBe(8);
    expect(count(db, 'SELECT count(*) AS n FROM unit WHERE out_of_service = 1')).toBe(43);
    expect(count(db, 'SELECT count(*) AS n FROM lease WHERE terminated_on IS NOT NULL')).toBe(93);
    expect(count(db, "SELECT count(*) AS n FROM lease WHERE kind = 'reservation'")).toBe(254);
    const years = db.prepare('SELECT min(substr(start_date, 1, 4)) AS lo, max(substr(start_date, 1, 4)) AS hi FROM lease').get();
    expect(years).toEqual({ lo: '2021', hi: '2026' });
    const deliveries = db
      .prepare('SELECT min(substr(delivery_date, 1, 4)) AS lo, max(substr(delivery_date, 1, 4)) AS hi FROM building')
      .get();
    expect(deliveries).toEqual({ lo: '2021', hi: '2026' });
  });

  it('gives every tenant a valid, unique credit code', () => {
    const codes = (db.prepare('SELECT uscc FROM tenant').all() as { uscc: string }[]).map((r) => r.uscc);
    expect(codes.filter((c) => checkUscc(c) !== null)).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('never over-leases a unit on any day', () => {
    const units = db.prepare('SELECT id, area_m2 AS area FROM unit').all() as { id: string; area: number }[];
    const leasesOf = db.prepare(
      'SELECT id, start_date AS startDate, end_date AS endDate, terminated_on AS terminatedOn, area_m2 AS areaM2 FROM lease WHERE unit_id = ?',
    );
    for (const u of units) {
      const peak = peakArea(leasesOf.all(u.id) as LeaseSpan[]);
      if (peak) expect(peak.totalM2, `unit ${u.id} on ${peak.date}`).toBeLessThanOrEqual(u.area + 1e-6);
    }
  });

  it('declares rentable areas within 1% of the units for most buildings, a few off by more', () => {
    const rows = db
      .prepare(
        `SELECT b.declared_rentable_m2 AS declared, sum(u.area_m2) AS units FROM building b JOIN unit u ON u.building_id = b.id GROUP BY b.id`,
      )
      .all() as { declared: number; units: number }[];
    const off = rows.filter((r) => isRentableMismatch(r.units, r.declared)).length;
    expect([off, rows.length]).toEqual([8, 39]);
  });

  it('puts parks and footprints of 20–80 m a side inside their zone', () => {
    const zones = new Map(
      (db.prepare('SELECT id, boundary FROM zone').all() as { id: string; boundary: string }[]).map((z) => [
        z.id,
        (JSON.parse(z.boundary) as { coordinates: number[][][] }).coordinates[0] ?? [],
      ]),
    );
    const inside = (ring: number[][], [x, y]: number[]) => {
      let hit = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
        const [xi, yi] = ring[i] as number[];
        const [xj, yj] = ring[j] as number[];
        if (
          (yi as number) > (y as number) !== (yj as number) > (y as number) &&
          (x as number) <
            (((xj as number) - (xi as number)) * ((y as number) - (yi as number))) / ((yj as number) - (yi as number)) + (xi as number)
        )
          hit = !hit;
      }
      return hit;
    };
    const parks = db.prepare('SELECT zone_id AS zoneId, boundary FROM park').all() as { zoneId: string; boundary: string }[];
    for (const p of parks) {
      for (const point of (JSON.parse(p.boundary) as { coordinates: number[][][] }).coordinates[0] ?? []) {
        expect(inside(zones.get(p.zoneId) ?? [], point)).toBe(true);
      }
    }
    const buildings = db.prepare('SELECT zone_id AS zoneId, footprint FROM building').all() as { zoneId: string; footprint: string }[];
    for (const b of buildings) {
      const ring = (JSON.parse(b.footprint) as { coordinates: number[][][] }).coordinates[0] ?? [];
      for (const p of ring) expect(inside(zones.get(b.zoneId) ?? [], p)).toBe(true);
      const [p0, p1] = ring as [number[], number[]];
      const dx = ((p1[0] as number) - (p0[0] as number)) * 111_320 * Math.cos(((p0[1] as number) * Math.PI) / 180);
      const dy = ((p1[1] as number) - (p0[1] as number)) * 110_574;
      const side = Math.hypot(dx, dy);
      expect(side).toBeGreaterThan(19.5);
      expect(side).toBeLessThan(80.5);
    }
  });

  it('passes the whole-file checker without a single problem', () => {
    expect(checkDatabase(db)).toEqual([]);
  });
});

describe('the sample pipeline (issue 14)', () => {
  let db: Db;
  beforeAll(() => {
    db = fresh();
    seedSample(db, { size: 'standard' });
  });
  afterAll(() => db.close());
  const rows = <T>(sql: string) => db.prepare(sql).all() as T[];

  it('has about 80 prospects with deals at every stage over 2024–2026, stages dated in order', () => {
    expect(count(db, 'SELECT count(*) AS n FROM prospect')).toBe(80);
    const stages = rows<{ stage: string; n: number }>('SELECT stage, count(*) AS n FROM deal GROUP BY stage');
    expect(stages.map((s) => s.stage).sort()).toEqual(['contact', 'lost', 'negotiation', 'proposal', 'reserved', 'signed', 'visit']);
    for (const d of rows<{ history: string; stage_on: string }>('SELECT history, stage_on FROM deal')) {
      const dates = [...(JSON.parse(d.history) as { on: string }[]).map((e) => e.on), d.stage_on];
      expect([...dates].sort()).toEqual(dates);
      expect((dates[0] as string) >= '2024-01-01' && (dates[dates.length - 1] as string) <= '2026-12-31').toBe(true);
    }
    expect(count(db, "SELECT count(*) AS n FROM deal WHERE stage = 'lost' AND lost_reason = ''")).toBe(0);
  });

  it('signed deals are existing tenants with their leases; reserved deals hold existing reservations; live ones name units', () => {
    const signed = rows<{ tenant_id: string | null; lease_ids: string; entered: string | null; stage_on: string; unit_ids: string }>(
      `SELECT p.tenant_id, d.lease_ids, t.entered_district_on AS entered, d.stage_on, d.unit_ids FROM deal d JOIN prospect p ON p.id = d.prospect_id
       LEFT JOIN tenant t ON t.id = p.tenant_id WHERE d.stage = 'signed'`,
    );
    expect(signed.length).toBeGreaterThanOrEqual(10);
    for (const s of signed) {
      const [leaseId] = JSON.parse(s.lease_ids) as string[];
      const lease = db.prepare('SELECT kind, tenant_id, unit_id FROM lease WHERE id = ?').get(leaseId) as {
        kind: string;
        tenant_id: string;
        unit_id: string;
      };
      expect(lease).toMatchObject({ kind: 'lease', tenant_id: s.tenant_id, unit_id: (JSON.parse(s.unit_ids) as string[])[0] });
      expect(s.entered !== null && s.entered <= s.stage_on).toBe(true);
    }
    const reserved = rows<{ lease_ids: string; tenant_id: string }>(
      "SELECT d.lease_ids, p.tenant_id FROM deal d JOIN prospect p ON p.id = d.prospect_id WHERE d.stage = 'reserved'",
    );
    for (const r of reserved) {
      const held = db.prepare('SELECT kind, tenant_id FROM lease WHERE id = ?').get((JSON.parse(r.lease_ids) as string[])[0] ?? '');
      expect(held).toEqual({ kind: 'reservation', tenant_id: r.tenant_id });
    }
    expect(
      count(db, "SELECT count(*) AS n FROM deal WHERE stage IN ('proposal', 'negotiation') AND unit_ids = '[]' AND area_m2 IS NULL"),
    ).toBe(0);
    // Two live deals offer the same unit (the board flags them).
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM (SELECT j.value FROM deal d, json_each(d.unit_ids) j
      WHERE d.stage IN ('contact', 'visit', 'proposal', 'negotiation') GROUP BY j.value HAVING count(*) > 1)`,
      ),
    ).toBeGreaterThanOrEqual(1);
  });
});

describe('seedSample behaviour', () => {
  it('honours cancellation: throws cancelled and writes nothing', () => {
    const db = fresh();
    const controller = new AbortController();
    const seen: number[] = [];
    let error: unknown;
    try {
      seedSample(db, {
        size: 'standard',
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done >= 1000) controller.abort();
        },
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('cancelled');
    expect(seen.length).toBeGreaterThan(1);
    for (const t of ENTITIES) expect(count(db, `SELECT count(*) AS n FROM ${t}`)).toBe(0);
    expect(meta(db)).toEqual({});
    db.close();
  });

  it('reports progress up to the total', () => {
    const db = fresh();
    const calls: [number, number][] = [];
    seedSample(db, { size: 'standard', onProgress: (done, total) => calls.push([done, total]) });
    const total =
      3 +
      5 +
      count(db, 'SELECT count(*) AS n FROM park') +
      40 +
      1500 +
      300 +
      1200 +
      count(db, 'SELECT count(*) AS n FROM tenant_return') +
      80 +
      80;
    expect(calls[0]).toEqual([0, total]);
    expect(calls[calls.length - 1]).toEqual([total, total]);
    db.close();
  });

  it('seedBaseline gives only zones and targets, and refuses a database that has data', () => {
    const db = fresh();
    seedBaseline(db, { now: () => '2026-01-02T03:04:05.000Z' });
    expect(count(db, 'SELECT count(*) AS n FROM zone')).toBe(3);
    expect(count(db, 'SELECT count(*) AS n FROM target')).toBe(5);
    for (const t of ['park', 'building', 'unit', 'tenant', 'lease', 'tenant_return'])
      expect(count(db, `SELECT count(*) AS n FROM ${t}`)).toBe(0);
    expect(meta(db)).toEqual({ setup_done: '1' });
    expect(count(db, "SELECT count(*) AS n FROM zone WHERE created_at = '2026-01-02T03:04:05.000Z'")).toBe(3);
    expect(() => seedBaseline(db)).toThrowError(AppError);
    expect(() => seedSample(db, { size: 'standard' })).toThrowError(AppError);
    expect(count(db, 'SELECT count(*) AS n FROM zone')).toBe(3);
    expect(checkDatabase(db)).toEqual([]);
    db.close();
  });

  it('runs the large code path (unlogged) on a smaller plan with exact counts and no problems', () => {
    const db = fresh();
    const plan = { ...SAMPLE_PLANS.large, parks: 20, buildings: 100, themeBuildings: 10, units: 5_000, tenants: 750, leases: 7_500 };
    seedPlan(db, plan);
    const counts = Object.fromEntries(ENTITIES.map((t) => [t, count(db, `SELECT count(*) AS n FROM ${t}`)]));
    expect(counts).toEqual({
      zone: 3,
      park: 20,
      building: 100,
      unit: 5_000,
      tenant: 750,
      lease: 7_500,
      target: 5,
      tenant_return: expect.any(Number),
      prospect: 0,
      deal: 0,
    });
    expect(count(db, 'SELECT count(*) AS n FROM change_log')).toBe(0);
    expect(checkDatabase(db)).toEqual([]);
    db.close();
  });

  it('generates the large sample with its exact counts', { timeout: 300_000 }, () => {
    const db = fresh();
    seedSample(db, { size: 'large' });
    const counts = Object.fromEntries(ENTITIES.map((t) => [t, count(db, `SELECT count(*) AS n FROM ${t}`)]));
    expect(counts).toEqual({
      zone: 3,
      park: 400,
      building: 2_000,
      unit: 100_000,
      tenant: 15_000,
      lease: 150_000,
      target: 5,
      tenant_return: expect.any(Number),
      prospect: 0,
      deal: 0,
    });
    expect(meta(db)).toMatchObject({ is_sample: '1', sample_size: 'large' });
    db.close();
  });
});
