// A target whose due date has passed is judged at its due date (issue 10, item 2): the roll-up reports what was
// reached on that date and the gap to the target's value, on both paths, held to the plain reading of the rules.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollupView } from '../../../electron/main/services/accounting/rollup';
import { createRecord } from '../../../electron/main/services/inventory/crud';
import { tempDb } from '../inventory/fixture';
import { inventoryArb, loadInventory } from './inventory-arb';
import { referenceTotals } from './reference';

let ctx: ReturnType<typeof tempDb>;
const DUE = '2024-12-31';
const FIRMS = { startDate: '2021-01-01', dueDate: DUE };
let spaceValue = 0;
let firmsValue = 0;

beforeAll(() => {
  ctx = tempDb();
  spaceValue = createRecord(ctx.db, 'target', {
    metric: 'space_provided_m2',
    value: 2_000,
    startDate: '2021-01-01',
    dueDate: DUE,
    zoneId: null,
    label: 'plan',
  }).value;
  firmsValue = createRecord(ctx.db, 'target', { metric: 'new_firms', value: 3, ...FIRMS, zoneId: null, label: 'firms' }).value;
});
afterAll(() => ctx.cleanup());

describe('targets past their due date', () => {
  it('are judged at the due date: what was reached then and the gap, on both paths', () => {
    fc.assert(
      fc.property(
        inventoryArb,
        fc.constantFrom('2025-01-01', '2025-12-31', '2026-06-30'),
        fc.constantFrom('memory' as const, 'sql' as const),
        (inv, asOf, path) => {
          loadInventory(ctx.db, inv);
          const view = rollupView(ctx.db, { asOf, by: 'zone' }, path);
          const atDue = referenceTotals(inv, DUE, FIRMS);
          expect(view.atDue.space?.date).toBe(DUE);
          expect(view.atDue.space?.reached).toBeCloseTo(atDue.providedM2, 1);
          expect(view.atDue.space?.gap).toBeCloseTo(atDue.providedM2 - spaceValue, 1);
          expect(view.atDue.firms).toEqual({ date: DUE, reached: atDue.newFirms, gap: atDue.newFirms - firmsValue });
          // D's own figure is still D's.
          expect(view.totals.providedM2).toBeCloseTo(referenceTotals(inv, asOf, FIRMS).providedM2, 1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('have no result yet on or before the due date', () => {
    for (const asOf of ['2023-06-30', DUE]) {
      expect(rollupView(ctx.db, { asOf, by: 'zone' }).atDue).toEqual({ space: null, firms: null });
    }
  });
});
