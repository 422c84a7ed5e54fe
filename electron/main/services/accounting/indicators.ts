// The plan indicators at D (issue 9): space provided and new firms from the roll-up, and the three indicators of
// the tenants' annual returns from the rules in shared/accounting/indicators.ts. Each measured against the district
// target of its metric in use at D (targets.ts), or the one picked for space and firms.
import {
  indicatorYears,
  patentsByYear,
  patentsPerYear,
  progressOf,
  reportYearAt,
  revenueGrowth,
  standardsByYear,
  standardsInWindow,
} from '../../../../shared/accounting/indicators';
import { countNewFirms } from '../../../../shared/accounting/rollup';
import { trajectoryPoints } from '../../../../shared/accounting/trajectory';
import type { IndicatorView, IndicatorsView } from '../../../../shared/accounting/views';
import type { Target } from '../../../../shared/models';
import type { Db } from '../../db/connection';
import { dueDistrictTarget } from '../../db/repos/targets';
import { reportingOf, returnFacts } from '../../db/repos/tenant-returns';
import { rollupView } from './rollup';
import { inventoryIndex } from './snapshot';

export interface IndicatorsRequest {
  asOf: string;
  spaceTargetId?: string;
  firmsTargetId?: string;
}

/** Year ends from the target's start year to D's year (D itself in D's year, and never past the due date). */
function yearEnds(target: Target | null, asOf: string): { year: number; date: string }[] {
  const to = Number(asOf.slice(0, 4));
  const from = target ? Number(target.startDate.slice(0, 4)) : to - 4;
  const out: { year: number; date: string }[] = [];
  for (let y = from; y <= to; y += 1) {
    let date = `${y}-12-31`;
    if (date > asOf) date = asOf;
    if (target && date > target.dueDate) date = target.dueDate;
    out.push({ year: y, date });
  }
  return out;
}

export function indicators(db: Db, req: IndicatorsRequest): IndicatorsView {
  const view = rollupView(db, { asOf: req.asOf, by: 'zone', spaceTargetId: req.spaceTargetId, firmsTargetId: req.firmsTargetId });
  const { space, firms } = view.targets;
  const ix = inventoryIndex(db);
  const spaceEnds = yearEnds(space, req.asOf);
  const provided = trajectoryPoints(
    ix,
    spaceEnds.map((e) => e.date),
  );
  const firmsWindow = firms ? { startDate: firms.startDate, dueDate: firms.dueDate } : null;
  const items: IndicatorView[] = [
    {
      metric: 'space_provided_m2',
      value: view.totals.providedM2,
      target: space,
      progress: progressOf(view.totals.providedM2, space?.value ?? null),
      trend: spaceEnds.map((e, i) => ({ year: e.year, value: provided[i]?.providedM2 ?? null })),
      basis: null,
      reporting: null,
    },
    {
      metric: 'new_firms',
      value: view.totals.newFirms,
      target: firms,
      progress: progressOf(view.totals.newFirms, firms?.value ?? null),
      trend: yearEnds(firms, req.asOf).map((e) => ({ year: e.year, value: firmsWindow ? countNewFirms(ix, e.date, firmsWindow) : null })),
      basis: null,
      reporting: null,
    },
  ];
  const reportYear = reportYearAt(req.asOf);
  const growthTarget = dueDistrictTarget(db, 'revenue_growth_pct', req.asOf);
  const patentsTarget = dueDistrictTarget(db, 'patents_per_year', req.asOf);
  const standardsTarget = dueDistrictTarget(db, 'standards', req.asOf);
  const all = [growthTarget, patentsTarget, standardsTarget];
  const years = all.map((t) => indicatorYears(t, req.asOf));
  const first = Math.min(...years.flat(), reportYear) - 1;
  const facts = returnFacts(db, first, reportYear);
  const reporting = new Map<number, IndicatorView['reporting']>();
  const reportingFor = (ys: number[]) => {
    const year = ys[ys.length - 1];
    if (year === undefined) return null;
    if (!reporting.has(year)) reporting.set(year, { year, ...reportingOf(db, year) });
    return reporting.get(year) ?? null;
  };

  const [growthYears = [], patentYears = [], standardYears = []] = years;
  const lastGrowth = growthYears.length ? revenueGrowth(facts, growthYears[growthYears.length - 1] as number) : null;
  items.push({
    metric: 'revenue_growth_pct',
    value: lastGrowth?.meanPct ?? null,
    target: growthTarget,
    progress: progressOf(lastGrowth?.meanPct ?? null, growthTarget?.value ?? null),
    trend: growthYears.map((y) => ({ year: y, value: revenueGrowth(facts, y).meanPct })),
    basis: lastGrowth?.count ?? 0,
    reporting: reportingFor(growthYears),
  });
  const patents = patentsPerYear(facts, patentYears);
  const perYear = patentsByYear(facts, patentYears);
  items.push({
    metric: 'patents_per_year',
    value: patents,
    target: patentsTarget,
    progress: progressOf(patents, patentsTarget?.value ?? null),
    trend: patentYears.map((y) => ({ year: y, value: perYear.get(y) ?? 0 })),
    basis: null,
    reporting: reportingFor(patentYears),
  });
  const standards = standardYears.length ? standardsInWindow(facts, standardYears) : null;
  const byYear = standardsByYear(facts, standardYears);
  let running = 0;
  items.push({
    metric: 'standards',
    value: standards,
    target: standardsTarget,
    progress: progressOf(standards, standardsTarget?.value ?? null),
    trend: standardYears.map((y) => ({ year: y, value: (running += byYear.get(y) ?? 0) })),
    basis: null,
    reporting: reportingFor(standardYears),
  });
  return { asOf: req.asOf, reportYear, items };
}
