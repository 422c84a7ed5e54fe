// What an observation says against the records, once: observations never rewrite leases; they become
// discrepancies a person follows up (docs/ARCHITECTURE.md, "Survey merge").
import type { LeaseKind } from '../enums';
import { isActiveOn } from '../rules/leases';
import { AREA_TOLERANCE, type Discrepancy, type Observation } from './model';

export interface LeaseOnUnit {
  id: string;
  kind: LeaseKind;
  startDate: string;
  endDate: string | null;
  terminatedOn: string | null;
  tenantZh: string;
  tenantEn: string;
}

/** Case, width, spaces and punctuation do not make two names different. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The tenant seen matches a recorded name when either contains the other once normalised ("ACME" vs "ACME Ltd."). */
export function tenantMatches(seen: string, names: readonly string[]): boolean {
  const s = normalizeName(seen);
  if (s === '') return true;
  return names.some((name) => {
    const n = normalizeName(name);
    return n !== '' && (n.includes(s) || s.includes(n));
  });
}

export function areaDiffers(measuredM2: number, recordedM2: number): boolean {
  return Math.abs(measuredM2 - recordedM2) > Math.max(AREA_TOLERANCE.share * recordedM2, AREA_TOLERANCE.atLeastM2);
}

/**
 * The discrepancies of one observation on the day it was made (`date`): a unit's status against its active leases
 * (reservations are not occupancy), the tenant seen against theirs, the measured against the recorded area; a
 * building or unit not found.
 */
export function discrepanciesOf(
  obs: Pick<Observation, 'entity' | 'entityId' | 'status' | 'tenantSeen' | 'measuredAreaM2'>,
  record: { areaM2?: number | null },
  leases: readonly LeaseOnUnit[],
  date: string,
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const at = (kind: Discrepancy['kind'], details: Discrepancy['details']) =>
    out.push({ kind, entity: obs.entity, id: obs.entityId, details });
  if (obs.status === 'not_found') at('not_found', { date });
  if (obs.entity !== 'unit') return out;
  const active = leases.filter((l) => l.kind === 'lease' && isActiveOn(l, date));
  const first = active[0];
  if (obs.status === 'vacant' && first) at('vacant_but_leased', { date, lease: first.id, tenant: first.tenantZh || first.tenantEn });
  if (obs.status === 'occupied' && !first) at('occupied_without_lease', { date });
  const seen = obs.tenantSeen.trim();
  if (
    seen !== '' &&
    first &&
    !tenantMatches(
      seen,
      active.flatMap((l) => [l.tenantZh, l.tenantEn]),
    )
  ) {
    at('tenant_differs', { date, seen, tenant: first.tenantZh || first.tenantEn, lease: first.id });
  }
  if (obs.measuredAreaM2 != null && typeof record.areaM2 === 'number' && areaDiffers(obs.measuredAreaM2, record.areaM2)) {
    at('area_differs', { date, measured: obs.measuredAreaM2, recorded: record.areaM2 });
  }
  return out;
}
