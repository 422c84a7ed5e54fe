// The expiry list (first 500 by last day, then unit label) and the vacancy pages are read in a shortened way on
// large files (expiries: only the leases up to the 500th last day are read again with names; vacancies: one pass
// pages by rowid and counts). Held here to the lists computed in JS from the inventory itself, with many ties
// on the last day and more than 500 expiring leases, for every sort and past the last page.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountingInput } from '../../../shared/accounting/inventory-index';
import { addMonths } from '../../../shared/dates';
import { isActiveOn, lastActiveDay } from '../../../shared/rules/leases';
import { expiries, vacancies } from '../../../electron/main/services/accounting/expiries';
import { tempDb } from '../inventory/fixture';
import { loadInventory } from './inventory-arb';

let ctx: ReturnType<typeof tempDb>;
beforeAll(() => {
  ctx = tempDb();
});
afterAll(() => ctx.cleanup());

const AS_OF = '2025-03-31';
/** A few end dates inside the year after AS_OF that many leases share, and any other day around it. */
const ENDS = ['2025-03-31', '2025-04-30', '2025-06-30', '2025-12-31', '2026-03-30', '2026-03-31', '2026-06-30'];
const anyDay = fc.integer({ min: 0, max: 420 }).map((n) => new Date(Date.UTC(2025, 2, 31) + n * 86_400_000).toISOString().slice(0, 10));
const endDay = fc.oneof(fc.constantFrom(...ENDS), anyDay);
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: arb, weight: 1 });

const inventory = fc
  .record({
    units: fc.array(fc.record({ building: fc.nat(3), area: fc.integer({ min: 10, max: 500 }), counts: fc.boolean(), oos: fc.boolean() }), {
      minLength: 1100,
      maxLength: 1200,
    }),
    leases: fc.array(
      fc.record({
        end: fc.oneof({ arbitrary: endDay, weight: 6 }, { arbitrary: fc.constant(null), weight: 1 }),
        terminated: rarely(endDay),
        reservation: rarely(fc.constant(true)).map((r) => r === true),
        share: fc.integer({ min: 1, max: 60 }),
      }),
      { minLength: 1100, maxLength: 1200 },
    ),
  })
  .map(({ units, leases }): AccountingInput => ({
    buildings: [0, 1, 2, 3].map((i) => ({
      id: `b${i}`,
      zoneId: `z${i % 2}`,
      parkId: null,
      deliveryDate: i === 3 ? '2026-01-01' : '2020-01-01',
      declaredRentableM2: null,
    })),
    // Labels unique, so (last day, label) orders the list completely.
    units: units.map((u, i) => ({
      id: `u${i}`,
      buildingId: `b${u.building}`,
      floor: 1,
      areaM2: u.area,
      use: 'office' as const,
      countsTowardTarget: u.counts,
      outOfService: u.oos,
    })),
    tenants: [{ id: 't0', category: 'fintech' as const, enteredDistrictOn: null }],
    // One lease per unit (the first ones), a share of its area.
    leases: leases.slice(0, units.length).map((l, i) => ({
      unitId: `u${i}`,
      tenantId: 't0',
      kind: l.reservation ? ('reservation' as const) : ('lease' as const),
      startDate: '2024-01-01',
      endDate: l.end,
      terminatedOn: l.terminated,
      areaM2: Math.round(((units[i]!.area * l.share) / 100) * 100) / 100,
    })),
  }));

describe('the dashboard lists on many rows', () => {
  it('expiries: the first 500 by last day, then label, as computed from the leases', () => {
    fc.assert(
      fc.property(inventory, (inv) => {
        loadInventory(ctx.db, inv);
        const until = addMonths(AS_OF, 12);
        const label = new Map(inv.units.map((u) => [u.id, u.id]));
        const expected = inv.leases
          .filter((l) => l.kind === 'lease' && isActiveOn(l, AS_OF))
          .map((l) => ({ unitId: l.unitId, lastDay: lastActiveDay(l) }))
          .filter((l): l is { unitId: string; lastDay: string } => l.lastDay !== null && l.lastDay < until)
          .sort((a, b) =>
            a.lastDay === b.lastDay ? (label.get(a.unitId)! < label.get(b.unitId)! ? -1 : 1) : a.lastDay < b.lastDay ? -1 : 1,
          )
          .slice(0, 500);
        const got = expiries(ctx.db, AS_OF).leases.map((l) => ({ unitId: l.unitId, lastDay: l.lastDay }));
        expect(expected).toHaveLength(500); // more expire than the list shows
        expect(got).toEqual(expected);
      }),
      // No shrinking: a counterexample of 600 leases is read as it comes.
      { numRuns: 8, endOnFailure: true },
    );
  });

  it('vacancies: every sort, both directions, pages through and past the end, as computed from the units', () => {
    fc.assert(
      fc.property(inventory, fc.constantFrom('areaM2', 'availableM2', 'floor', 'zone', 'building'), fc.boolean(), (inv, sortBy, asc) => {
        loadInventory(ctx.db, inv);
        const delivered = new Set(inv.buildings.filter((b) => b.deliveryDate !== null && b.deliveryDate <= AS_OF).map((b) => b.id));
        const zoneOf = new Map(inv.buildings.map((b) => [b.id, b.zoneId]));
        const taken = new Map<string, number>();
        for (const l of inv.leases) if (isActiveOn(l, AS_OF)) taken.set(l.unitId, (taken.get(l.unitId) ?? 0) + l.areaM2);
        const key = (u: AccountingInput['units'][number]): number | string => {
          const available = u.areaM2 - (taken.get(u.id) ?? 0);
          return { areaM2: u.areaM2, availableM2: available, floor: u.floor, zone: zoneOf.get(u.buildingId)!, building: u.buildingId }[
            sortBy
          ];
        };
        const dir = asc ? 1 : -1;
        const expected = inv.units
          .filter(
            (u) => u.countsTowardTarget && !u.outOfService && delivered.has(u.buildingId) && u.areaM2 - (taken.get(u.id) ?? 0) >= 0.005,
          )
          .sort((a, b) => (key(a) === key(b) ? (a.id < b.id ? -1 : 1) : key(a) < key(b) ? -dir : dir))
          .map((u) => u.id);
        const pages: string[] = [];
        for (let offset = 0; offset <= expected.length + 60; offset += 60) {
          const page = vacancies(ctx.db, { asOf: AS_OF, sortBy, sortDir: asc ? 'asc' : 'desc', offset, limit: 60 });
          expect(page.total).toBe(expected.length);
          pages.push(...page.rows.map((r) => r.unitId));
        }
        expect(pages).toEqual(expected);
      }),
      { numRuns: 10, endOnFailure: true },
    );
  });
});
