import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expiries, vacancies } from '../../../electron/main/services/accounting/expiries';
import { quality } from '../../../electron/main/services/accounting/quality';
import { rollupView } from '../../../electron/main/services/accounting/rollup';
import { monthsBetween, stackingPlan } from '../../../electron/main/services/accounting/stacking';
import { quarterEnds, trajectory } from '../../../electron/main/services/accounting/trajectory';
import { rollupGroupsSql } from '../../../electron/main/db/repos/rollup-sql';
import { round2 } from '../../../shared/accounting/figures';
import { createRecord } from '../../../electron/main/services/inventory/crud';
import { undo } from '../../../electron/main/services/history';
import { ROLLUP_GROUPS } from '../../../shared/accounting/rollup';
import { seedMini, tempDb } from '../inventory/fixture';
import { inventoryArb, loadInventory } from './inventory-arb';

/** Provided and leased at one date by the SQL roll-up, to hold the trajectory's sweep to. */
function providedAndLeasedAt(asOf: string): { providedM2: number; leasedM2: number } {
  const groups = rollupGroupsSql(ctx.db, asOf, 'zone', { spaceTargetM2: null, firms: null });
  return {
    providedM2: round2(groups.reduce((s, g) => s + g.sums.providedM2, 0)),
    leasedM2: round2(groups.reduce((s, g) => s + g.sums.leasedM2, 0)),
  };
}

let ctx: ReturnType<typeof tempDb>;
let mini: ReturnType<typeof seedMini>;
beforeEach(() => {
  ctx = tempDb();
  mini = seedMini(ctx.db);
  createRecord(ctx.db, 'target', {
    metric: 'space_provided_m2',
    value: 1000,
    startDate: '2021-01-01',
    dueDate: '2025-12-31',
    zoneId: null,
    label: 'plan',
  });
});
afterEach(() => ctx.cleanup());

describe('roll-up view', () => {
  it('names rows, picks the target due next, and expands a level', () => {
    const view = rollupView(ctx.db, { asOf: '2025-06-30', by: 'zone' });
    expect(view.targets.space?.value).toBe(1000);
    expect(view.totals).toMatchObject({ providedM2: 350, leasedM2: 60, availableM2: 290, targetProgress: 0.35 });
    expect(view.rows.map((r) => [r.name.en, r.providedM2])).toEqual([['Core', 350]]);
    const floors = rollupView(ctx.db, { asOf: '2025-06-30', by: 'floor', withinId: mini.building.id });
    expect(floors.rows.map((r) => [r.id, r.parentId])).toEqual([[`${mini.building.id}:3`, mini.building.id]]);
    expect(rollupView(ctx.db, { asOf: '2025-06-30', by: 'building', withinId: mini.wing.id }).rows).toEqual([]);
  });
});

describe('the app’s in-memory path', () => {
  it('equals the SQL path, also for one zone, park or building', () => {
    fc.assert(
      fc.property(
        inventoryArb,
        fc.constantFrom('2022-12-31', '2025-01-01', '2025-12-31'),
        fc.constantFrom(...ROLLUP_GROUPS),
        fc.nat(5),
        (inv, asOf, by, pick) => {
          loadInventory(ctx.db, inv);
          const places = [undefined, ...inv.buildings.flatMap((b) => [b.zoneId, b.parkId ?? b.id, b.id])];
          const req = { asOf, by, withinId: places[pick % places.length] };
          const memory = rollupView(ctx.db, req, 'memory');
          const sql = rollupView(ctx.db, req, 'sql');
          expect(memory.rows.map((r) => r.id)).toEqual(sql.rows.map((r) => r.id));
          memory.rows.forEach((r, i) => expect(r.availableM2).toBeCloseTo(sql.rows[i]!.availableM2, 6));
          expect(memory.totals.providedM2).toBeCloseTo(sql.totals.providedM2, 6);
          expect(memory.totals.leasedM2).toBeCloseTo(sql.totals.leasedM2, 6);
          expect(memory.totals.newFirms).toBe(sql.totals.newFirms);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('sees every edit (the snapshot is rebuilt after a write)', () => {
    expect(rollupView(ctx.db, { asOf: '2025-06-30', by: 'zone' }).totals.providedM2).toBe(350);
    createRecord(ctx.db, 'unit', {
      buildingId: mini.building.id,
      floor: 4,
      label: '401',
      areaM2: 50,
      use: 'office',
      countsTowardTarget: true,
      outOfService: false,
    });
    expect(rollupView(ctx.db, { asOf: '2025-06-30', by: 'zone' }).totals.providedM2).toBe(400);
    undo(ctx.db);
    expect(rollupView(ctx.db, { asOf: '2025-06-30', by: 'zone' }).totals.providedM2).toBe(350);
  });
});

describe('trajectory', () => {
  it('lists quarter-ends', () => {
    expect(quarterEnds(2021, '2021-12-31')).toEqual(['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31']);
  });

  it('equals the roll-up at every point on random inventories', () => {
    fc.assert(
      fc.property(inventoryArb, (inv) => {
        loadInventory(ctx.db, inv);
        const view = trajectory(ctx.db, {}, '2024-02-15');
        for (const p of view.points) {
          const at = providedAndLeasedAt(p.date);
          expect(p.providedM2).toBeCloseTo(at.providedM2, 6);
          expect(p.leasedM2).toBeCloseTo(at.leasedM2, 6);
          expect(p.projected).toBe(p.date > '2024-02-15');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reports the gap at the due date', () => {
    const view = trajectory(ctx.db, {}, '2024-02-15');
    expect(view.points.at(-1)?.date).toBe('2025-12-31');
    expect(view.atDue).toEqual({ date: '2025-12-31', providedM2: 350, gapM2: -650 });
  });
});

describe('expiries and vacancies', () => {
  it('buckets leases by months to their last day', () => {
    const view = expiries(ctx.db, '2025-07-15');
    expect(view.buckets).toEqual([
      { months: 3, areaM2: 0, tenantCount: 0, unitCount: 0 },
      { months: 6, areaM2: 60, tenantCount: 1, unitCount: 1 },
      { months: 12, areaM2: 60, tenantCount: 1, unitCount: 1 },
    ]);
    expect(view.leases[0]).toMatchObject({ unitLabel: '301', lastDay: '2025-12-31', tenantName: { en: 'Some Fintech Co' } });
  });

  it('lists available units, largest first, without fully let ones', () => {
    const page = vacancies(ctx.db, { asOf: '2025-06-30' });
    expect(page.rows.map((r) => [r.label, r.availableM2])).toEqual([
      ['302', 250],
      ['301', 40],
    ]);
    expect(vacancies(ctx.db, { asOf: '2025-06-30', minAreaM2: 100 }).total).toBe(1);
    expect(vacancies(ctx.db, { asOf: '2023-01-01' }).total).toBe(0); // not yet delivered
  });
});

describe('data quality', () => {
  it('flags unit sums off the declared area, missing footprints and dates, bad codes, leases past their end', () => {
    ctx.db
      .prepare(
        "INSERT INTO tenant (id, created_at, updated_at, version, name_zh, name_en, uscc, category) VALUES ('bad', 'x', 'x', 1, '坏', 'Bad', '91350100M000100Y44', 'fintech')",
      )
      .run();
    const q = quality(ctx.db, '2026-02-01');
    expect(q.mismatchedBuildings).toEqual([
      { id: mini.building.id, name: { zh: '一号楼', en: 'Building 1' }, unitSumM2: 350, declaredM2: 1000, difference: -0.65 },
    ]);
    expect(q.counts.buildingsWithoutFootprint).toBe(1);
    expect(q.counts.buildingsWithoutDeliveryDate).toBe(0);
    expect(q.tenantsWithoutValidCode.map((t) => [t.id, t.problem])).toEqual([['bad', 'uscc_checksum']]);
    expect(q.leasesPastEnd.map((l) => l.endDate)).toEqual(['2025-12-31']);
  });
});

describe('stacking plan', () => {
  it('shows every floor top first, with units coloured by status at D', () => {
    createRecord(ctx.db, 'unit', {
      buildingId: mini.building.id,
      floor: -1,
      label: 'B1',
      areaM2: 80,
      use: 'other',
      countsTowardTarget: true,
      outOfService: true,
    });
    const plan = stackingPlan(ctx.db, mini.building.id, '2025-06-30');
    expect(plan.floors.map((f) => f.floor)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, -1, -2]);
    const third = plan.floors.find((f) => f.floor === 3)!;
    expect(third.units.map((u) => [u.label, u.status, u.monthsToExpiry])).toEqual([
      ['301', 'leased', 6],
      ['302', 'available', null],
    ]);
    expect(plan.floors.find((f) => f.floor === -1)?.units[0]?.status).toBe('out_of_service');
    expect(plan.floors.find((f) => f.floor === 5)?.units).toEqual([]);
    expect(stackingPlan(ctx.db, mini.building.id, '2023-01-01').floors.find((f) => f.floor === 3)?.units[0]?.status).toBe('pipeline');
  });

  it('counts whole months to expiry', () => {
    expect(monthsBetween('2025-06-30', '2025-12-31')).toBe(6);
    expect(monthsBetween('2025-06-30', '2025-07-29')).toBe(0);
  });
});
