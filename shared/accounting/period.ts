// "This period against the previous period and the same period a year before" (issue 9, the monthly report):
// the period ending at D, and what changed in it — space delivered and the net change in leased area (differences
// of the roll-up's own figures, so they follow every rule of "What the numbers mean"), leases signed, terminated
// early and expired, and new firms entered. Over the compiled inventory, optionally inside one zone (a mask).
import { addDays, addMonths } from '../dates';
import { round2 } from './figures';
import { dateNumber, NEVER, type InventoryIndex } from './inventory-index';
import { finishRollup, rollupGroups, type TargetWindow } from './rollup';

export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export interface PeriodRange {
  from: string;
  to: string;
}

const MONTHS: Record<Period, number> = { month: 1, quarter: 3, year: 12 };

/** The calendar month, quarter or year holding D, from its first day up to D. */
export function periodOf(asOf: string, period: Period): PeriodRange {
  const y = asOf.slice(0, 4);
  const m = Number(asOf.slice(5, 7));
  const first = period === 'month' ? m : period === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : 1;
  return { from: `${y}-${String(first).padStart(2, '0')}-01`, to: asOf };
}

/** The whole period before (its first day to the day before `from`), and the same dates a year before. */
export function comparedPeriods(range: PeriodRange, period: Period): { previous: PeriodRange; lastYear: PeriodRange } {
  return {
    previous: { from: addMonths(range.from, -MONTHS[period]), to: addDays(range.from, -1) },
    lastYear: { from: addMonths(range.from, -12), to: addMonths(range.to, -12) },
  };
}

export interface PeriodChanges extends PeriodRange {
  /** Provided space at the period's end minus the day before it began (m²). */
  deliveredM2: number;
  leasesSigned: number;
  signedM2: number;
  /** Leases terminated inside the period before their end date. */
  leasesTerminated: number;
  /** Leases whose end date fell inside the period without an earlier termination. */
  leasesExpired: number;
  /** Tenants in the target categories that entered the district in the period (district-wide). */
  firmsEntered: number;
  /** Leased area at the period's end minus the day before it began (m²). */
  netLeasedM2: number;
}

const NONE: TargetWindow = { spaceTargetM2: null, firms: null };

function totalsAt(ix: InventoryIndex, date: string, mask?: Uint8Array) {
  return finishRollup(rollupGroups(ix, date, 'zone', NONE, mask), 0, NONE).totals;
}

/** What changed in [from, to] (both days included); `buildingMask` (1 = include) narrows to part of the district. */
export function periodChanges(ix: InventoryIndex, range: PeriodRange, buildingMask?: Uint8Array): PeriodChanges {
  const before = totalsAt(ix, addDays(range.from, -1), buildingMask);
  const after = totalsAt(ix, range.to, buildingMask);
  const from = dateNumber(range.from);
  const to = dateNumber(range.to);
  const inside = (d: number) => d !== NEVER && d >= from && d <= to;
  const { lease: l, unit: u, tenant: t } = ix;
  let signed = 0;
  let signedM2 = 0;
  let terminated = 0;
  let expired = 0;
  for (let i = 0; i < l.unit.length; i += 1) {
    if (l.reservation[i]) continue;
    if (buildingMask && !buildingMask[u.building[l.unit[i] as number] as number]) continue;
    const end = l.end[i] as number;
    const term = l.terminated[i] as number;
    if (inside(l.start[i] as number)) {
      signed += 1;
      signedM2 += l.area[i] as number;
    }
    if (inside(term) && (end === NEVER || term <= end)) terminated += 1;
    if (inside(end) && (term === NEVER || term > end)) expired += 1;
  }
  let firms = 0;
  for (let i = 0; i < t.entered.length; i += 1) if (t.targetCategory[i] && inside(t.entered[i] as number)) firms += 1;
  return {
    ...range,
    deliveredM2: round2(after.providedM2 - before.providedM2),
    leasesSigned: signed,
    signedM2: round2(signedM2),
    leasesTerminated: terminated,
    leasesExpired: expired,
    firmsEntered: firms,
    netLeasedM2: round2(after.leasedM2 - before.leasedM2),
  };
}
