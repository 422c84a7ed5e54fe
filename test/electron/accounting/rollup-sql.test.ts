import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLLUP_GROUPS, finishRollup, rollup, type RollupResult, type TargetWindow } from '../../../shared/accounting/rollup';
import { AREA_KEYS, type Figures } from '../../../shared/accounting/figures';
import { newFirmsSql, rollupGroupsSql } from '../../../electron/main/db/repos/rollup-sql';
import { tempDb } from '../inventory/fixture';
import { inventoryArb, loadInventory } from './inventory-arb';
import { referenceTotals } from './reference';

let ctx: ReturnType<typeof tempDb>;
beforeAll(() => {
  ctx = tempDb();
});
afterAll(() => ctx.cleanup());

const window: TargetWindow = { spaceTargetM2: 500_000, firms: { startDate: '2021-01-01', dueDate: '2025-12-31' } };
const asOfArb = fc.constantFrom('2021-06-30', '2022-12-31', '2024-12-31', '2025-12-31', '2026-09-30');

function sqlRollup(asOf: string, by: (typeof ROLLUP_GROUPS)[number]): RollupResult {
  return finishRollup(rollupGroupsSql(ctx.db, asOf, by, window), newFirmsSql(ctx.db, asOf, window), window);
}

function expectSameFigures(a: RollupResult, b: RollupResult) {
  expect(a.rows.map((r) => r.key)).toEqual(b.rows.map((r) => r.key));
  const pairs: [Figures, Figures][] = [[a.totals, b.totals], ...a.rows.map((r, i): [Figures, Figures] => [r, b.rows[i]!])];
  for (const [x, y] of pairs) {
    for (const k of AREA_KEYS) expect(x[k]).toBeCloseTo(y[k], 6);
    expect(x.newFirms).toBe(y.newFirms);
  }
}

describe('roll-up properties on random inventories', () => {
  it('the SQL path equals the shared/ path for every grouping', () => {
    fc.assert(
      fc.property(inventoryArb, asOfArb, fc.constantFrom(...ROLLUP_GROUPS), (inv, asOf, by) => {
        loadInventory(ctx.db, inv);
        expectSameFigures(sqlRollup(asOf, by), rollup(inv, asOf, by, window));
      }),
      { numRuns: 150 },
    );
  });

  it('totals and building rows equal a plain reading of the rules, on both paths', () => {
    fc.assert(
      fc.property(inventoryArb, asOfArb, fc.constantFrom(...ROLLUP_GROUPS), (inv, asOf, by) => {
        loadInventory(ctx.db, inv);
        const expected = referenceTotals(inv, asOf, window.firms);
        for (const result of [rollup(inv, asOf, by, window), sqlRollup(asOf, by)]) {
          // Totals add rows rounded to 0.01 m²: at most half a hundredth off per row.
          for (const k of AREA_KEYS)
            expect(Math.abs(result.totals[k] - expected[k]), k).toBeLessThanOrEqual(0.005 * (result.rows.length + 1) + 1e-9);
          expect(result.totals.newFirms).toBe(expected.newFirms);
          expect(result.totals.availableM2).toBeGreaterThanOrEqual(0);
        }
        for (const row of rollup(inv, asOf, 'building', window).rows) {
          const own = referenceTotals(inv, asOf, window.firms, (id) => id === row.key);
          for (const k of AREA_KEYS) expect(row[k], `${row.key} ${k}`).toBeCloseTo(own[k], 2);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on row order', () => {
    fc.assert(
      fc.property(inventoryArb, asOfArb, fc.constantFrom(...ROLLUP_GROUPS), (inv, asOf, by) => {
        const reversed = {
          buildings: [...inv.buildings].reverse(),
          units: [...inv.units].reverse(),
          leases: [...inv.leases].reverse(),
          tenants: [...inv.tenants].reverse(),
        };
        expectSameFigures(rollup(reversed, asOf, by, window), rollup(inv, asOf, by, window));
      }),
      { numRuns: 200 },
    );
  });
});
