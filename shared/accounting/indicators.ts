// The plan's indicators that come from tenants' annual returns (docs/ARCHITECTURE.md, "Plan indicators"), each
// rule written once: high-tech tenants' mean revenue growth, high-quality invention patents per year, standards in
// the window, and which years a target's window has reported at D. Pure: the service reads the returns and calls these.
import { round2 } from './figures';

/** What the rules read of one annual return. */
export interface ReturnFacts {
  tenantId: string;
  year: number;
  revenueCny: number;
  highTech: boolean;
  highQualityPatents: number;
  /** Domestic and international standards led or joined that year. */
  standards: number;
}

/** A year's returns are collected after it ends: at D the latest year that can be complete is the one before D's. */
export function reportYearAt(asOf: string): number {
  return Number(asOf.slice(0, 4)) - 1;
}

/**
 * The years an indicator counts at D: its target's window (start year … due year) up to the report year; without
 * a target, the five years up to the report year.
 */
export function indicatorYears(target: { startDate: string; dueDate: string } | null, asOf: string): number[] {
  const last = reportYearAt(asOf);
  const from = target ? Number(target.startDate.slice(0, 4)) : last - 4;
  const to = target ? Math.min(Number(target.dueDate.slice(0, 4)), last) : last;
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) years.push(y);
  return years;
}

/**
 * One tenant's revenue growth into year Y: revenue(Y) / revenue(Y − 1) − 1, only when it reported both years,
 * revenue(Y − 1) is above 0 and it was a high-tech enterprise in Y; otherwise null (it is not in the mean).
 */
export function tenantGrowth(previous: ReturnFacts | undefined, current: ReturnFacts | undefined): number | null {
  if (!previous || !current || !current.highTech || !(previous.revenueCny > 0)) return null;
  return current.revenueCny / previous.revenueCny - 1;
}

function byTenantYear(returns: readonly ReturnFacts[]): Map<string, Map<number, ReturnFacts>> {
  const map = new Map<string, Map<number, ReturnFacts>>();
  for (const r of returns) {
    let years = map.get(r.tenantId);
    if (!years) map.set(r.tenantId, (years = new Map()));
    years.set(r.year, r);
  }
  return map;
}

/** Each tenant's growth into `year` (tenants that have none are left out). */
export function growthByTenant(returns: readonly ReturnFacts[], year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [tenantId, years] of byTenantYear(returns)) {
    const g = tenantGrowth(years.get(year - 1), years.get(year));
    if (g !== null) out.set(tenantId, g);
  }
  return out;
}

export interface GrowthResult {
  year: number;
  /** Mean of the tenants' growth in %, to 0.01 (null when no tenant qualifies). */
  meanPct: number | null;
  /** How many tenants the mean is based on. */
  count: number;
}

/** High-tech tenants' average revenue growth into `year`: the plain mean of tenantGrowth over those that have one. */
export function revenueGrowth(returns: readonly ReturnFacts[], year: number): GrowthResult {
  const growth = [...growthByTenant(returns, year).values()];
  const sum = growth.reduce((s, g) => s + g, 0);
  return { year, meanPct: growth.length ? round2((sum / growth.length) * 100) : null, count: growth.length };
}

/** High-quality invention patents granted in each year (summed over the tenants' returns). */
export function patentsByYear(returns: readonly ReturnFacts[], years: readonly number[]): Map<number, number> {
  const out = new Map(years.map((y) => [y, 0]));
  for (const r of returns) if (out.has(r.year)) out.set(r.year, (out.get(r.year) ?? 0) + r.highQualityPatents);
  return out;
}

/** Standards (domestic and international) led or joined in each year. */
export function standardsByYear(returns: readonly ReturnFacts[], years: readonly number[]): Map<number, number> {
  const out = new Map(years.map((y) => [y, 0]));
  for (const r of returns) if (out.has(r.year)) out.set(r.year, (out.get(r.year) ?? 0) + r.standards);
  return out;
}

/** Patents per year over the years counted: their total divided by the number of years (null for none), to 0.01. */
export function patentsPerYear(returns: readonly ReturnFacts[], years: readonly number[]): number | null {
  if (!years.length) return null;
  const total = [...patentsByYear(returns, years).values()].reduce((s, n) => s + n, 0);
  return round2(total / years.length);
}

/** Standards in the window: every standard of the years counted. */
export function standardsInWindow(returns: readonly ReturnFacts[], years: readonly number[]): number {
  return [...standardsByYear(returns, years).values()].reduce((s, n) => s + n, 0);
}

/** Progress toward a target value (null without a target or a value). */
export function progressOf(value: number | null, target: number | null): number | null {
  return value === null || target === null || !(target > 0) ? null : value / target;
}
