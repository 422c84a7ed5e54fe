// The snapshot the app's roll-up reads is patched from the rows each write reports, not rebuilt. These tests make
// random edits through the real handlers and hold the patched snapshot's figures to a snapshot built afresh from
// the file and to the SQL path, and check that a write from another connection still causes a rebuild.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_KEYS } from '../../../shared/accounting/figures';
import { finishRollup, rollupGroups, ROLLUP_GROUPS, type RollupResult, type TargetWindow } from '../../../shared/accounting/rollup';
import { trajectoryPoints } from '../../../shared/accounting/trajectory';
import { LEASE_KINDS, TENANT_CATEGORIES, UNIT_USES } from '../../../shared/enums';
import { openDatabase } from '../../../electron/main/db/connection';
import { newFirmsSql, rollupGroupsSql } from '../../../electron/main/db/repos/rollup-sql';
import { rollupView } from '../../../electron/main/services/accounting/rollup';
import { inventoryIndex, snapshotIsCurrent } from '../../../electron/main/services/accounting/snapshot';
import { buildSnapshot } from '../../../electron/main/db/repos/inventory-snapshot';
import { Snapshot } from '../../../electron/main/services/accounting/snapshot-patch';
import { countNewFirms } from '../../../shared/accounting/rollup';
import { createTempSession, type TempSession } from '../../helpers/tempSession';
import { EDGE_DAYS, inventoryArb, loadInventory } from './inventory-arb';

let temp: TempSession;
beforeAll(() => {
  temp = createTempSession();
});
afterAll(() => temp.cleanup());

const window: TargetWindow = { spaceTargetM2: 1000, firms: { startDate: '2021-01-01', dueDate: '2025-12-31' } };
const DATES = ['2022-12-31', '2025-01-01', '2025-12-31'];
const day = fc.constantFrom(...EDGE_DAYS, '2021-03-01', '2023-07-15', '2027-01-01');
const nullableDay = fc.option(day, { nil: null });
const area = fc.integer({ min: 1, max: 50_000 }).map((n) => n / 100);

/** One edit, with the rows it applies to picked by index among those present when it runs. */
const opArb = fc.oneof(
  fc.record({
    op: fc.constant('lease:create' as const),
    unit: fc.nat(),
    tenant: fc.nat(),
    kind: fc.constantFrom(...LEASE_KINDS),
    start: day,
    end: nullableDay,
    area,
  }),
  fc.record({
    op: fc.constant('lease:update' as const),
    pick: fc.nat(),
    area: fc.option(area),
    end: fc.option(nullableDay),
    terminated: fc.option(nullableDay),
    kind: fc.option(fc.constantFrom(...LEASE_KINDS)),
    unit: fc.option(fc.nat()),
  }),
  fc.record({ op: fc.constant('lease:delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('unit:create' as const),
    building: fc.nat(),
    floor: fc.integer({ min: 1, max: 5 }),
    area,
    use: fc.constantFrom(...UNIT_USES),
    counts: fc.boolean(),
    oos: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('unit:update' as const),
    pick: fc.nat(),
    building: fc.option(fc.nat()),
    area: fc.option(area),
    floor: fc.option(fc.integer({ min: 1, max: 5 })),
    use: fc.option(fc.constantFrom(...UNIT_USES)),
    counts: fc.option(fc.boolean()),
    oos: fc.option(fc.boolean()),
  }),
  fc.record({ op: fc.constant('unit:delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('building:create' as const),
    zone: fc.nat(),
    delivery: nullableDay,
    declared: fc.option(area, { nil: null }),
  }),
  fc.record({
    op: fc.constant('building:update' as const),
    pick: fc.nat(),
    delivery: fc.option(nullableDay),
    declared: fc.option(fc.option(area, { nil: null })),
    zone: fc.option(fc.nat()),
  }),
  fc.record({ op: fc.constant('building:delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('tenant:create' as const), category: fc.constantFrom(...TENANT_CATEGORIES), entered: nullableDay }),
  fc.record({
    op: fc.constant('tenant:update' as const),
    pick: fc.nat(),
    category: fc.option(fc.constantFrom(...TENANT_CATEGORIES)),
    entered: fc.option(nullableDay),
  }),
  fc.record({ op: fc.constant('history' as const), undo: fc.boolean() }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

type Row = { id: string; version: number };
const rows = (table: string): Row[] => temp.session.db.prepare(`SELECT id, version FROM ${table} ORDER BY rowid`).all() as Row[];
const pickOf = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
let labels = 0;

/** Runs one edit through the dispatcher; returns the error code when the handler refused it (nothing written). */
async function run(op: Op): Promise<string | null> {
  const call = async (channel: string, input: unknown) => {
    const result = await temp.raw(channel, input);
    return result.ok ? null : result.error.code;
  };
  const units = rows('unit');
  const buildings = rows('building');
  const tenants = rows('tenant');
  const leases = rows('lease');
  const zones = rows('zone');
  switch (op.op) {
    case 'lease:create': {
      const unit = pickOf(units, op.unit);
      const tenant = pickOf(tenants, op.tenant);
      if (!unit || !tenant) return 'skipped';
      const [start, end] = op.end !== null && op.end < op.start ? [op.end, op.start] : [op.start, op.end];
      return call('leases:create', {
        unitId: unit.id,
        tenantId: tenant.id,
        kind: op.kind,
        startDate: start,
        endDate: end,
        areaM2: op.area,
        rentCnyPerM2Day: null,
        terminatedOn: null,
      });
    }
    case 'lease:update': {
      const lease = pickOf(leases, op.pick);
      if (!lease) return 'skipped';
      const unit = op.unit === null ? undefined : pickOf(units, op.unit);
      const changes = {
        ...(op.area === null ? {} : { areaM2: op.area }),
        ...(op.end === null ? {} : { endDate: op.end }),
        ...(op.terminated === null ? {} : { terminatedOn: op.terminated }),
        ...(op.kind === null ? {} : { kind: op.kind }),
        ...(unit ? { unitId: unit.id } : {}),
      };
      return call('leases:update', { id: lease.id, version: lease.version, changes });
    }
    case 'lease:delete': {
      const lease = pickOf(leases, op.pick);
      return lease ? call('leases:delete', { id: lease.id, version: lease.version }) : 'skipped';
    }
    case 'unit:create': {
      const building = pickOf(buildings, op.building);
      if (!building) return 'skipped';
      labels += 1;
      return call('units:create', {
        buildingId: building.id,
        floor: op.floor,
        label: `n${labels}`,
        areaM2: op.area,
        use: op.use,
        countsTowardTarget: op.counts,
        outOfService: op.oos,
      });
    }
    case 'unit:update': {
      const unit = pickOf(units, op.pick);
      if (!unit) return 'skipped';
      const building = op.building === null ? undefined : pickOf(buildings, op.building);
      const changes = {
        ...(building ? { buildingId: building.id } : {}),
        ...(op.area === null ? {} : { areaM2: op.area }),
        ...(op.floor === null ? {} : { floor: op.floor }),
        ...(op.use === null ? {} : { use: op.use }),
        ...(op.counts === null ? {} : { countsTowardTarget: op.counts }),
        ...(op.oos === null ? {} : { outOfService: op.oos }),
      };
      return call('units:update', { id: unit.id, version: unit.version, changes });
    }
    case 'unit:delete': {
      const unit = pickOf(units, op.pick);
      return unit ? call('units:delete', { id: unit.id, version: unit.version }) : 'skipped';
    }
    case 'building:create': {
      const zone = pickOf(zones, op.zone);
      if (!zone) return 'skipped';
      labels += 1;
      return call('buildings:create', {
        zoneId: zone.id,
        parkId: null,
        nameZh: `楼${labels}`,
        nameEn: `B${labels}`,
        address: '',
        isThemeBuilding: true,
        footprint: null,
        floorsAbove: 5,
        floorsBelow: 0,
        grossFloorAreaM2: null,
        declaredRentableM2: op.declared,
        deliveryDate: op.delivery,
        status: op.delivery ? 'operational' : 'planned',
      });
    }
    case 'building:update': {
      const building = pickOf(buildings, op.pick);
      if (!building) return 'skipped';
      const zone = op.zone === null ? undefined : pickOf(zones, op.zone);
      const changes = {
        ...(op.delivery === null ? {} : { deliveryDate: op.delivery }),
        ...(op.declared === null ? {} : { declaredRentableM2: op.declared }),
        ...(zone ? { zoneId: zone.id, parkId: null } : {}),
      };
      return call('buildings:update', { id: building.id, version: building.version, changes });
    }
    case 'building:delete': {
      const building = pickOf(buildings, op.pick);
      return building ? call('buildings:delete', { id: building.id, version: building.version }) : 'skipped';
    }
    case 'tenant:create':
      labels += 1;
      return call('tenants:create', {
        nameZh: `企业${labels}`,
        nameEn: '',
        uscc: '',
        category: op.category,
        enteredDistrictOn: op.entered,
      });
    case 'tenant:update': {
      const tenant = pickOf(tenants, op.pick);
      if (!tenant) return 'skipped';
      const changes = {
        ...(op.category === null ? {} : { category: op.category }),
        ...(op.entered === null ? {} : { enteredDistrictOn: op.entered }),
      };
      return call('tenants:update', { id: tenant.id, version: tenant.version, changes });
    }
    case 'history':
      return call(op.undo ? 'history:undo' : 'history:redo', {});
  }
}

function expectSame(a: RollupResult, b: RollupResult): void {
  expect(a.rows.map((r) => r.key)).toEqual(b.rows.map((r) => r.key));
  for (const [x, y] of [[a.totals, b.totals], ...a.rows.map((r, i) => [r, b.rows[i]!] as const)] as const) {
    for (const k of AREA_KEYS) expect(x[k]).toBeCloseTo(y[k], 6);
    expect(x.newFirms).toBe(y.newFirms);
  }
}

describe('the patched snapshot', () => {
  it('equals a snapshot built afresh and the SQL path after random edits through the handlers', async () => {
    let patched = 0;
    await fc.assert(
      fc.asyncProperty(inventoryArb, fc.array(opArb, { minLength: 1, maxLength: 16 }), async (inv, ops) => {
        const db = temp.session.db;
        loadInventory(db, inv);
        // Warm: the snapshot and every grouping's cached keys, which edits must not leave stale.
        for (const by of ROLLUP_GROUPS) rollupGroups(inventoryIndex(db), DATES[0]!, by, window);
        const outcomes: (string | null)[] = [];
        for (const op of ops) outcomes.push(await run(op));
        // Only a refused undo/redo writes outside a batch (it marks the step discarded); anything else is patched.
        if (!outcomes.includes('history_conflict')) expect(snapshotIsCurrent(db)).toBe(true);
        if (snapshotIsCurrent(db)) patched += 1;
        const live = inventoryIndex(db);
        const fresh = new Snapshot(buildSnapshot(db)).index;
        for (const asOf of DATES) {
          expect(countNewFirms(live, asOf, window.firms)).toBe(countNewFirms(fresh, asOf, window.firms));
          for (const by of ROLLUP_GROUPS) {
            const firms = countNewFirms(fresh, asOf, window.firms);
            const fromLive = finishRollup(rollupGroups(live, asOf, by, window), firms, window);
            expectSame(fromLive, finishRollup(rollupGroups(fresh, asOf, by, window), firms, window));
            expectSame(fromLive, finishRollup(rollupGroupsSql(db, asOf, by, window), newFirmsSql(db, asOf, window), window));
          }
        }
        expect(trajectoryPoints(live, DATES)).toEqual(trajectoryPoints(fresh, DATES));
      }),
      { numRuns: 120 },
    );
    // The property above would also hold if every read rebuilt the snapshot; the patch path must be what ran.
    expect(patched).toBeGreaterThan(60);
  });

  it('is rebuilt after a write from another connection', () => {
    const db = temp.session.db;
    loadInventory(db, {
      buildings: [{ id: 'b0', zoneId: 'z0', parkId: null, deliveryDate: '2022-01-01', declaredRentableM2: null }],
      units: [{ id: 'u0', buildingId: 'b0', floor: 1, areaM2: 100, use: 'office', countsTowardTarget: true, outOfService: false }],
      tenants: [{ id: 't0', category: 'fintech', enteredDistrictOn: '2022-01-01' }],
      leases: [{ unitId: 'u0', tenantId: 't0', kind: 'lease', startDate: '2022-01-01', endDate: null, terminatedOn: null, areaM2: 40 }],
    });
    expect(rollupView(db, { asOf: '2025-01-01', by: 'zone' }).totals.leasedM2).toBe(40);
    expect(snapshotIsCurrent(db)).toBe(true);
    const other = openDatabase(temp.dbPath);
    other.prepare('UPDATE lease SET area_m2 = 70').run();
    other.close();
    expect(snapshotIsCurrent(db)).toBe(false);
    expect(rollupView(db, { asOf: '2025-01-01', by: 'zone' }).totals.leasedM2).toBe(70);
  });
});
