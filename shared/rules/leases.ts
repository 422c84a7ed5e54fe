// Rules about leases that both the services (on entry) and the CLI's `check` (over a whole file) apply.
import { addDays, minDate } from '../dates';

export interface LeaseSpan {
  id: string;
  startDate: string;
  endDate: string | null;
  terminatedOn: string | null;
  areaM2: number;
}

/** Last day a lease occupies its unit, or null for open-ended. Terminated on D → last day D−1. */
export function lastActiveDay(lease: Pick<LeaseSpan, 'endDate' | 'terminatedOn'>): string | null {
  return minDate(lease.endDate ?? null, lease.terminatedOn == null ? null : addDays(lease.terminatedOn, -1));
}

/** Active at D (docs/ARCHITECTURE.md, "Active at D"): terminated on D no longer counts, ending on D still does. */
export function isActiveOn(lease: Pick<LeaseSpan, 'startDate' | 'endDate' | 'terminatedOn'>, date: string): boolean {
  return (
    lease.startDate <= date && (lease.endDate == null || lease.endDate >= date) && (lease.terminatedOn == null || lease.terminatedOn > date)
  );
}

export interface OverLease {
  /** First day on which the total exceeds the unit's area. */
  date: string;
  totalM2: number;
  /** The leases active on that day, the candidate first. */
  leaseIds: string[];
}

/**
 * Does adding `candidate` to `others` (the unit's other leases and reservations) put more area on the unit
 * than it has on any day? The total only rises on a start date, so checking every start date inside the
 * candidate's span is exact. Returns the first such day, or null.
 */
export function findOverLease(unitAreaM2: number, candidate: LeaseSpan, others: readonly LeaseSpan[]): OverLease | null {
  const candidateLast = lastActiveDay(candidate);
  if (candidateLast !== null && candidateLast < candidate.startDate) return null; // terminated before it began
  const overlapping = others.filter((o) => {
    if (o.id === candidate.id) return false;
    const last = lastActiveDay(o);
    return (last === null || last >= candidate.startDate) && (candidateLast === null || o.startDate <= candidateLast);
  });
  const days = [candidate.startDate, ...overlapping.map((o) => o.startDate)]
    .filter((d) => d >= candidate.startDate && (candidateLast === null || d <= candidateLast))
    .sort();
  const epsilon = 1e-6;
  for (const day of new Set(days)) {
    const active = overlapping.filter((o) => isActiveOn(o, day));
    const total = candidate.areaM2 + active.reduce((sum, o) => sum + o.areaM2, 0);
    if (total > unitAreaM2 + epsilon) {
      return { date: day, totalM2: Math.round(total * 100) / 100, leaseIds: [candidate.id, ...active.map((o) => o.id)] };
    }
  }
  return null;
}

/** The largest total area the given leases put on a unit on any single day, with that day. */
export function peakArea(leases: readonly LeaseSpan[]): { date: string; totalM2: number } | null {
  let best: { date: string; totalM2: number } | null = null;
  for (const day of new Set(leases.map((l) => l.startDate))) {
    const total = leases.filter((l) => isActiveOn(l, day)).reduce((s, l) => s + l.areaM2, 0);
    if (!best || total > best.totalM2) best = { date: day, totalM2: total };
  }
  return best;
}
