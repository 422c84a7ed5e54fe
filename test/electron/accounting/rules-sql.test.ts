// Every rule SQL needs is one fragment (electron/main/db/repos/rules-sql.ts, active.ts) held equal here to its
// one shared/ function, over random values evaluated by SQLite on a real file.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firmsDays, isDeliveredOn, isNewFirm } from '../../../shared/accounting/rules';
import { dateNumber } from '../../../shared/accounting/inventory-index';
import { TARGET_TENANT_CATEGORIES, TENANT_CATEGORIES } from '../../../shared/enums';
import { isRentableMismatch, RENTABLE_MISMATCH_LIMIT } from '../../../shared/rules/buildings';
import { isActiveOn, lastActiveDay } from '../../../shared/rules/leases';
import { activeAt } from '../../../electron/main/db/repos/active';
import { deliveredSql, lastDaySql, newFirmSql, rentableMismatchSql } from '../../../electron/main/db/repos/rules-sql';
import { tempDb } from '../inventory/fixture';

let ctx: ReturnType<typeof tempDb>;
beforeAll(() => {
  ctx = tempDb();
});
afterAll(() => ctx.cleanup());

/** Days from 2023 to 2026, with month, year and leap-day edges often. */
const edge = fc.constantFrom(
  '2023-12-31',
  '2024-01-01',
  '2024-02-28',
  '2024-02-29',
  '2024-03-01',
  '2024-12-31',
  '2025-01-01',
  '2025-03-01',
);
const day = fc.oneof(
  fc.integer({ min: 0, max: 4 * 365 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)),
  edge,
);
const maybeDay = fc.option(day, { freq: 3 });

/** Evaluates a fragment over one row whose columns (under `alias`) are the given values. */
function evalSql(
  fragment: string,
  alias: string,
  row: Record<string, string | number | null>,
  params: Record<string, string> = {},
): unknown {
  const cols = Object.keys(row)
    .map((c) => `@${c} AS ${c}`)
    .join(', ');
  return (ctx.db.prepare(`SELECT ${fragment} AS v FROM (SELECT ${cols}) ${alias}`).get({ ...row, ...params }) as { v: unknown }).v;
}

const truth = (v: unknown) => v === 1;

describe('each SQL rule equals its shared/ function', () => {
  it('delivered at D', () => {
    fc.assert(
      fc.property(maybeDay, day, (delivery, asOf) => {
        expect(truth(evalSql(deliveredSql('@d'), 'b', { delivery_date: delivery }, { d: asOf }))).toBe(isDeliveredOn(delivery, asOf));
      }),
      { numRuns: 400 },
    );
  });

  it('active at D', () => {
    fc.assert(
      fc.property(day, maybeDay, maybeDay, day, (start, end, terminated, asOf) => {
        const sql = evalSql(activeAt('@d'), 'l', { start_date: start, end_date: end, terminated_on: terminated }, { d: asOf });
        expect(truth(sql)).toBe(isActiveOn({ startDate: start, endDate: end, terminatedOn: terminated }, asOf));
      }),
      { numRuns: 400 },
    );
  });

  it('last active day (terminated on D: the day before; open-ended: none)', () => {
    fc.assert(
      fc.property(maybeDay, maybeDay, (end, terminated) => {
        expect(evalSql(lastDaySql(), 'l', { end_date: end, terminated_on: terminated })).toBe(
          lastActiveDay({ endDate: end, terminatedOn: terminated }),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('new firm at D inside the firms target window', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TENANT_CATEGORIES), maybeDay, day, day, day, (category, entered, asOf, a, b) => {
        const [start, due] = a <= b ? [a, b] : [b, a];
        const sql = evalSql(newFirmSql('@d', '@start', '@due'), 't', { category, entered_district_on: entered }, { d: asOf, start, due });
        const js = isNewFirm(
          TARGET_TENANT_CATEGORIES.includes(category),
          dateNumber(entered),
          dateNumber(asOf),
          firmsDays({ startDate: start, dueDate: due }),
        );
        expect(truth(sql)).toBe(js);
      }),
      { numRuns: 400 },
    );
  });

  it('rentable area mismatch over 1 %, also right at the limit', () => {
    const declared = fc.option(
      fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 100),
      { freq: 4 },
    );
    const near = fc
      .tuple(declared, fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.integer({ min: 1, max: 10_000_000 }))
      .map(([d, off, fallback]): [number, number | null] => [d === null ? fallback / 100 : d * (1 + off), d]);
    // Whole hundreds off by exactly 1 %: the limit itself is no warning.
    const atLimit = fc
      .tuple(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(-1, 1))
      .map(([k, sign]): [number, number | null] => [k * 100 + sign * k, k * 100]);
    fc.assert(
      fc.property(fc.oneof(near, atLimit), ([unitSum, d]) => {
        const sql = evalSql(rentableMismatchSql('s.total', 's.declared'), 's', { total: unitSum, declared: d });
        expect(truth(sql)).toBe(isRentableMismatch(unitSum, d));
      }),
      { numRuns: 400 },
    );
    expect([isRentableMismatch(101, 100), isRentableMismatch(101.01, 100), isRentableMismatch(98.99, 100)]).toEqual([false, true, true]);
    expect(RENTABLE_MISMATCH_LIMIT).toBe(0.01);
  });
});
