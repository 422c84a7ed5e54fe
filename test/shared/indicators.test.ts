// The plan indicators from tenants' annual returns (issue 9): hand-computed fixtures, and the properties that
// define them — a tenant without two years of returns never enters the growth mean, and adding one tenant's
// return never changes another tenant's figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  growthByTenant,
  indicatorYears,
  patentsByYear,
  patentsPerYear,
  reportYearAt,
  revenueGrowth,
  standardsInWindow,
  tenantGrowth,
  type ReturnFacts,
} from '../../shared/accounting/indicators';

const r = (tenantId: string, year: number, revenueCny: number, over: Partial<ReturnFacts> = {}): ReturnFacts => ({
  tenantId,
  year,
  revenueCny,
  highTech: true,
  highQualityPatents: 0,
  standards: 0,
  ...over,
});

const returns: ReturnFacts[] = [
  r('A', 2023, 100, { highQualityPatents: 3, standards: 1 }),
  r('A', 2024, 110, { highQualityPatents: 5 }), // +10 %
  r('B', 2023, 200, { highQualityPatents: 1 }),
  r('B', 2024, 150, { standards: 2 }), // −25 %
  r('C', 2024, 500, { highQualityPatents: 7 }), // one year only: not in the mean
  r('D', 2023, 0),
  r('D', 2024, 80), // revenue 0 the year before: no growth rate
  r('E', 2023, 100),
  r('E', 2024, 300, { highTech: false }), // not high-tech in 2024
  r('F', 2022, 100),
  r('F', 2024, 140), // a gap year: not both 2023 and 2024
];

describe('plan indicators on hand-computed returns', () => {
  it('revenue growth: the mean over high-tech tenants that reported both years, and how many', () => {
    // A +10 %, B −25 % → mean −7.5 % over 2 tenants.
    expect(revenueGrowth(returns, 2024)).toEqual({ year: 2024, meanPct: -7.5, count: 2 });
    expect([...growthByTenant(returns, 2024).keys()].sort()).toEqual(['A', 'B']);
    expect(revenueGrowth(returns, 2023)).toEqual({ year: 2023, meanPct: null, count: 0 });
    expect(tenantGrowth(r('X', 2023, 50), r('X', 2024, 60))).toBeCloseTo(0.2, 12);
  });

  it('patents: the high-quality patents of each year, and per year over the years counted', () => {
    expect(Object.fromEntries(patentsByYear(returns, [2023, 2024]))).toEqual({ 2023: 4, 2024: 12 });
    expect(patentsPerYear(returns, [2023, 2024])).toBe(8);
    expect(patentsPerYear(returns, [2022, 2023, 2024])).toBeCloseTo(16 / 3, 2);
    expect(patentsPerYear(returns, [])).toBeNull();
  });

  it('standards: every standard in the years counted', () => {
    expect(standardsInWindow(returns, [2023, 2024])).toBe(3);
    expect(standardsInWindow(returns, [2024])).toBe(2);
  });

  it('years: the target window up to the year before D', () => {
    const plan = { startDate: '2021-01-01', dueDate: '2025-12-31' };
    expect(reportYearAt('2026-06-30')).toBe(2025);
    expect(indicatorYears(plan, '2026-06-30')).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(indicatorYears(plan, '2024-03-31')).toEqual([2021, 2022, 2023]);
    expect(indicatorYears(plan, '2030-01-01')).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(indicatorYears(null, '2026-01-15')).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
});

const YEARS = [2021, 2022, 2023, 2024, 2025];
const factsArb = fc
  .array(
    fc.record({
      tenantId: fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6'),
      year: fc.constantFrom(...YEARS),
      revenueCny: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e9, noNaN: true })),
      highTech: fc.boolean(),
      highQualityPatents: fc.nat(20),
      standards: fc.nat(3),
    }),
    { maxLength: 40 },
    // One return per tenant and year, as the database keeps them.
  )
  .map((list) => [...new Map(list.map((x) => [`${x.tenantId}|${x.year}`, x])).values()]);

describe('plan indicator properties', () => {
  it('a tenant without returns for both years never enters the growth mean', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom(...YEARS.slice(1)), (facts, year) => {
        const growth = growthByTenant(facts, year);
        for (const tenantId of growth.keys()) {
          const mine = facts.filter((f) => f.tenantId === tenantId);
          expect(mine.some((f) => f.year === year)).toBe(true);
          expect(mine.some((f) => f.year === year - 1)).toBe(true);
        }
        const result = revenueGrowth(facts, year);
        expect(result.count).toBe(growth.size);
        // The mean, recomputed by hand from the two years of each tenant in it.
        const own = [...growth.keys()].map((id) => {
          const cur = facts.find((f) => f.tenantId === id && f.year === year) as ReturnFacts;
          const prev = facts.find((f) => f.tenantId === id && f.year === year - 1) as ReturnFacts;
          return cur.revenueCny / prev.revenueCny - 1;
        });
        if (own.length === 0) expect(result.meanPct).toBeNull();
        else expect(result.meanPct).toBeCloseTo((own.reduce((s, g) => s + g, 0) / own.length) * 100, 1);
      }),
    );
  });

  it('adding one tenant’s return never changes another tenant’s figures', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.constantFrom('t1', 't7'),
        fc.constantFrom(...YEARS),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.boolean(),
        (facts, tenantId, year, revenueCny, highTech) => {
          const before = facts.filter((f) => !(f.tenantId === tenantId && f.year === year));
          const after = [...before, { tenantId, year, revenueCny, highTech, highQualityPatents: 1, standards: 1 }];
          for (const y of YEARS.slice(1)) {
            const a = growthByTenant(before, y);
            const b = growthByTenant(after, y);
            for (const [other, g] of a) if (other !== tenantId) expect(b.get(other)).toBe(g);
            for (const other of b.keys()) if (other !== tenantId) expect(a.has(other)).toBe(true);
          }
          // The sums move by exactly the new return's own figures.
          const pa = patentsByYear(before, YEARS);
          const pb = patentsByYear(after, YEARS);
          for (const y of YEARS) expect((pb.get(y) ?? 0) - (pa.get(y) ?? 0)).toBe(y === year ? 1 : 0);
          expect(standardsInWindow(after, YEARS) - standardsInWindow(before, YEARS)).toBe(1);
        },
      ),
    );
  });
});
