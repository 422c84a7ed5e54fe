// The dashboard's other panels on random inventories: the vacancy list, the expiry buckets and the stacking
// plan, each held to the plain reading of the rules (./reference.ts) and, where they overlap, to the roll-up.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addContribution, AREA_KEYS, emptySums, UNIT_STATUSES, type UnitStatus } from '../../../shared/accounting/figures';
import { addMonths } from '../../../shared/dates';
import { expiries, vacancies } from '../../../electron/main/services/accounting/expiries';
import { rollupView } from '../../../electron/main/services/accounting/rollup';
import { stackingPlan } from '../../../electron/main/services/accounting/stacking';
import { listUnits } from '../../../electron/main/db/repos/units';
import { freeAreaM2 } from '../../../shared/accounting/figures';
import { tempDb } from '../inventory/fixture';
import { EDGE_DAYS, inventoryArb, loadInventory } from './inventory-arb';
import { activeOn, lastDayOf, referenceTotals, unitAt } from './reference';

let ctx: ReturnType<typeof tempDb>;
beforeAll(() => {
  ctx = tempDb();
});
afterAll(() => ctx.cleanup());

const asOfArb = fc.constantFrom(...EDGE_DAYS, '2023-06-30');
const delivered = (d: string | null, asOf: string) => d !== null && d <= asOf;

describe('vacancies on random inventories', () => {
  it('list exactly the counted, in-service units of delivered buildings with space free at D, and what is free', () => {
    fc.assert(
      fc.property(inventoryArb, asOfArb, (inv, asOf) => {
        loadInventory(ctx.db, inv);
        const page = vacancies(ctx.db, { asOf, limit: 1000 });
        const expected = inv.units
          .filter(
            (u) =>
              u.countsTowardTarget && !u.outOfService && delivered(inv.buildings.find((b) => b.id === u.buildingId)!.deliveryDate, asOf),
          )
          .map((u) => ({ unitId: u.id, free: unitAt(inv, u.id, asOf).free }))
          .filter((u) => u.free >= 0.005)
          .sort((a, b) => a.unitId.localeCompare(b.unitId));
        expect(page.total).toBe(expected.length);
        const got = [...page.rows].sort((a, b) => a.unitId.localeCompare(b.unitId));
        expect(got.map((r) => r.unitId)).toEqual(expected.map((u) => u.unitId));
        got.forEach((r, i) => expect(r.availableM2).toBeCloseTo(expected[i]!.free, 2));
        // Largest first, by default.
        page.rows.forEach((r, i) => {
          if (i > 0) expect(r.availableM2).toBeLessThanOrEqual(page.rows[i - 1]!.availableM2);
        });
        // Narrowed to a zone or a park (issue 10, item 11): exactly the listed units of that place's buildings.
        const place = inv.buildings[0]!;
        for (const [key, id] of [
          ['zoneId', place.zoneId],
          ['parkId', place.parkId],
        ] as const) {
          if (id === null) continue;
          const inPlace = new Set(inv.buildings.filter((b) => (key === 'zoneId' ? b.zoneId : b.parkId) === id).map((b) => b.id));
          const narrowed = vacancies(ctx.db, { asOf, limit: 1000, [key]: id });
          expect(narrowed.rows.map((r) => r.unitId).sort(), key).toEqual(
            page.rows
              .filter((r) => inPlace.has(r.buildingId))
              .map((r) => r.unitId)
              .sort(),
          );
        }
        // Per building with units, the list holds the roll-up's available space.
        const rows = new Map(rollupView(ctx.db, { asOf, by: 'building' }).rows.map((r) => [r.id, r]));
        for (const b of inv.buildings.filter((x) => inv.units.some((u) => u.buildingId === x.id))) {
          const listed = page.rows.filter((r) => r.buildingId === b.id).reduce((s, r) => s + r.availableM2, 0);
          expect(listed, b.id).toBeCloseTo(rows.get(b.id)?.availableM2 ?? 0, 1);
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('the lease form’s unit picker on random inventories (issue 10, item 6)', () => {
  it('shows each unit’s area held by active leases and reservations at the lease’s start, and what is free', () => {
    fc.assert(
      fc.property(inventoryArb, asOfArb, (inv, asOf) => {
        loadInventory(ctx.db, inv);
        const page = listUnits(ctx.db, { asOf, limit: 1000 });
        expect(page.total).toBe(inv.units.length);
        for (const row of page.rows) {
          const at = unitAt(inv, row.id, asOf);
          expect(row.heldOn).toBe(asOf);
          expect(row.heldM2, row.id).toBeCloseTo(at.leased + at.reserved, 6);
          expect(freeAreaM2(row.areaM2, row.heldM2, 0), row.id).toBeCloseTo(at.free, 6);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('expiries on random inventories', () => {
  it('bucket the active leases by their last day within 3, 6 and 12 months, and list the year’s', () => {
    fc.assert(
      fc.property(inventoryArb, asOfArb, (inv, asOf) => {
        loadInventory(ctx.db, inv);
        const view = expiries(ctx.db, asOf);
        const ending = (months: number) =>
          inv.leases.filter((l) => {
            const last = lastDayOf(l);
            return l.kind === 'lease' && activeOn(l, asOf) && last !== null && last < addMonths(asOf, months);
          });
        expect(view.buckets.map((b) => b.months)).toEqual([3, 6, 12]);
        for (const bucket of view.buckets) {
          const inside = ending(bucket.months);
          expect(bucket.areaM2).toBeCloseTo(
            inside.reduce((s, l) => s + l.areaM2, 0),
            2,
          );
          expect(bucket.tenantCount).toBe(new Set(inside.map((l) => l.tenantId)).size);
          expect(bucket.unitCount).toBe(new Set(inside.map((l) => l.unitId)).size);
        }
        const key = (l: { unitId: string; areaM2: number }, last: string | null) => `${l.unitId}|${last}|${l.areaM2}`;
        expect(view.leases.map((l) => key(l, l.lastDay)).sort()).toEqual(
          ending(12)
            .map((l) => key(l, lastDayOf(l)))
            .sort(),
        );
        view.leases.forEach((l, i) => {
          if (i > 0) expect(l.lastDay >= view.leases[i - 1]!.lastDay).toBe(true);
        });
      }),
      { numRuns: 120 },
    );
  });
});

/** What a unit's status says about it, read back into the roll-up's terms. */
function fromStatus(status: UnitStatus) {
  return {
    countsTowardTarget: status !== 'not_counted',
    delivered: status !== 'not_counted' && status !== 'pipeline',
    outOfService: status === 'out_of_service',
  };
}

describe('stacking plans on random inventories', () => {
  it('show every unit once with its active leases, and per building add up to the roll-up by building', () => {
    fc.assert(
      fc.property(inventoryArb, asOfArb, (inv, asOf) => {
        loadInventory(ctx.db, inv);
        const rows = new Map(rollupView(ctx.db, { asOf, by: 'building' }).rows.map((r) => [r.id, r]));
        for (const b of inv.buildings) {
          const plan = stackingPlan(ctx.db, b.id, asOf);
          const units = plan.floors.flatMap((f) => f.units);
          // The legend's figures equal the roll-up by building and the plain reading of the rules (issue 10, item 1).
          const own = referenceTotals(inv, asOf, null, (id) => id === b.id);
          const legend = {
            leased: own.leasedM2,
            reserved: own.reservedM2,
            available: own.availableM2,
            out_of_service: own.outOfServiceM2,
            pipeline: own.pipelineM2,
          };
          for (const [s, v] of Object.entries(legend)) expect(plan.totals[s as UnitStatus], `${b.id} legend ${s}`).toBeCloseTo(v, 1);
          const notCounted = inv.units.filter((u) => u.buildingId === b.id && !u.countsTowardTarget).reduce((t, u) => t + u.areaM2, 0);
          expect(plan.totals.not_counted).toBeCloseTo(notCounted, 1);
          const row = rows.get(b.id);
          for (const [s, k] of [
            ['leased', 'leasedM2'],
            ['reserved', 'reservedM2'],
            ['available', 'availableM2'],
            ['out_of_service', 'outOfServiceM2'],
            ['pipeline', 'pipelineM2'],
          ] as const) {
            expect(plan.totals[s], `${b.id} legend vs roll-up ${s}`).toBe(row?.[k] ?? 0);
          }
          const mine = inv.units.filter((u) => u.buildingId === b.id);
          expect(units.map((u) => u.id).sort()).toEqual(mine.map((u) => u.id).sort());
          if (mine.length === 0) continue;
          const sums = emptySums();
          for (const u of units) {
            const at = unitAt(inv, u.id, asOf);
            expect([u.leasedM2, u.reservedM2]).toEqual([expect.closeTo(at.leased, 6), expect.closeTo(at.reserved, 6)]);
            addContribution(sums, {
              ...fromStatus(u.status),
              areaM2: u.areaM2,
              activeLeaseM2: u.leasedM2,
              activeReservationM2: u.reservedM2,
            });
          }
          for (const k of AREA_KEYS) expect(sums[k], `${b.id} ${k}`).toBeCloseTo(row?.[k] ?? 0, 2);
          // The blocks as drawn (each unit's shares) add up to the legend, status by status.
          for (const s of UNIT_STATUSES) {
            expect(
              units.reduce((t, u) => t + u.shares[s], 0),
              `${b.id} blocks ${s}`,
            ).toBeCloseTo(plan.totals[s], 1);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
