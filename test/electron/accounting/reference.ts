// A deliberately plain second reading of ARCHITECTURE "What the numbers mean", written from the text and
// sharing no code with shared/accounting or the repos' SQL: unit by unit, lease by lease, ISO dates compared as
// strings. Property tests hold the app's totals, vacancies, expiries and stacking plans to it.
import type { AccountingInput } from '../../../shared/accounting/rollup';
import type { Db } from '../../../electron/main/db/connection';

type Lease = AccountingInput['leases'][number];

export interface ReferenceTotals {
  providedM2: number;
  leasedM2: number;
  reservedM2: number;
  outOfServiceM2: number;
  availableM2: number;
  pipelineM2: number;
  preLetM2: number;
  newFirms: number;
}

/** start ≤ D, end empty or ≥ D, terminated empty or > D. */
export const activeOn = (l: Lease, d: string): boolean =>
  l.startDate <= d && (l.endDate === null || l.endDate >= d) && (l.terminatedOn === null || l.terminatedOn > d);

const delivered = (b: AccountingInput['buildings'][number], d: string) => b.deliveryDate !== null && b.deliveryDate <= d;

/** One unit at D: what active leases and reservations hold, and what is free of them. */
export function unitAt(input: AccountingInput, unitId: string, d: string): { leased: number; reserved: number; free: number } {
  const unit = input.units.find((u) => u.id === unitId);
  if (!unit) throw new Error(`no unit ${unitId}`);
  const on = input.leases.filter((l) => l.unitId === unitId && activeOn(l, d));
  const leased = on.filter((l) => l.kind === 'lease').reduce((s, l) => s + l.areaM2, 0);
  const reserved = on.filter((l) => l.kind === 'reservation').reduce((s, l) => s + l.areaM2, 0);
  return { leased, reserved, free: Math.max(0, unit.areaM2 - leased - reserved) };
}

/** The figures of the buildings `keep` selects (all by default) at D; new firms are the district's. */
export function referenceTotals(
  input: AccountingInput,
  d: string,
  firms: { startDate: string; dueDate: string } | null,
  keep: (buildingId: string) => boolean = () => true,
): ReferenceTotals {
  const t: ReferenceTotals = {
    providedM2: 0,
    leasedM2: 0,
    reservedM2: 0,
    outOfServiceM2: 0,
    availableM2: 0,
    pipelineM2: 0,
    preLetM2: 0,
    newFirms: 0,
  };
  for (const b of input.buildings) {
    if (!keep(b.id)) continue;
    const units = input.units.filter((u) => u.buildingId === b.id);
    if (units.length === 0) {
      if (b.declaredRentableM2 === null) continue;
      if (delivered(b, d)) {
        t.providedM2 += b.declaredRentableM2;
        t.availableM2 += b.declaredRentableM2;
      } else {
        t.pipelineM2 += b.declaredRentableM2;
      }
      continue;
    }
    for (const u of units) {
      if (!u.countsTowardTarget) continue;
      const at = unitAt(input, u.id, d);
      if (!delivered(b, d)) {
        t.pipelineM2 += u.areaM2;
        t.preLetM2 += at.leased;
        continue;
      }
      t.providedM2 += u.areaM2;
      t.leasedM2 += at.leased;
      t.reservedM2 += at.reserved;
      if (u.outOfService) t.outOfServiceM2 += at.free;
      else t.availableM2 += at.free;
    }
  }
  if (firms) {
    // The target categories: every one but 'other'.
    t.newFirms = input.tenants.filter(
      (tn) =>
        tn.enteredDistrictOn !== null &&
        tn.category !== 'other' &&
        tn.enteredDistrictOn >= firms.startDate &&
        tn.enteredDistrictOn <= firms.dueDate &&
        tn.enteredDistrictOn <= d,
    ).length;
  }
  return t;
}

/** The last day a lease occupies its unit: its end, or the day before its termination, whichever is first; null if open. */
export function lastDayOf(l: Lease): string | null {
  const dayBefore =
    l.terminatedOn === null ? null : new Date(Date.parse(`${l.terminatedOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  if (l.endDate === null) return dayBefore;
  if (dayBefore === null) return l.endDate;
  return dayBefore < l.endDate ? dayBefore : l.endDate;
}

/** A database's whole inventory as plain records, read with plain SQL. */
export function readInventory(db: Db): AccountingInput {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  return {
    buildings: all(
      'SELECT id, zone_id AS zoneId, park_id AS parkId, delivery_date AS deliveryDate, declared_rentable_m2 AS declaredRentableM2 FROM building',
    ),
    units: all<{ counts: number; oos: number } & Omit<AccountingInput['units'][number], 'countsTowardTarget' | 'outOfService'>>(
      'SELECT id, building_id AS buildingId, floor, area_m2 AS areaM2, use, counts_toward_target AS counts, out_of_service AS oos FROM unit',
    ).map(({ counts, oos, ...u }) => ({ ...u, countsTowardTarget: counts === 1, outOfService: oos === 1 })),
    leases: all(
      'SELECT unit_id AS unitId, tenant_id AS tenantId, kind, start_date AS startDate, end_date AS endDate, terminated_on AS terminatedOn, area_m2 AS areaM2 FROM lease',
    ),
    tenants: all('SELECT id, category, entered_district_on AS enteredDistrictOn FROM tenant'),
  };
}
