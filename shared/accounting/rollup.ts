// The reference implementation of the roll-up: plain records in, figures per group out. The SQL path in
// electron/main/db/repos/rollup-sql.ts must give the same answers (a property test holds them together).
import { TARGET_TENANT_CATEGORIES, type TenantCategory, type UnitUse } from '../enums';
import { isActiveOn } from '../rules/leases';
import { addSums, emptySums, finishFigures, unitContribution, type AreaSums, type Figures } from './figures';

export const ROLLUP_GROUPS = ['zone', 'park', 'building', 'floor', 'use'] as const;
export type RollupGroup = (typeof ROLLUP_GROUPS)[number];

export interface AccountingInput {
  buildings: { id: string; zoneId: string; parkId: string | null; deliveryDate: string | null; declaredRentableM2: number | null }[];
  units: { id: string; buildingId: string; floor: number; areaM2: number; use: UnitUse; countsTowardTarget: boolean; outOfService: boolean }[];
  leases: { unitId: string; tenantId: string; kind: 'lease' | 'reservation'; startDate: string; endDate: string | null; terminatedOn: string | null; areaM2: number }[];
  tenants: { id: string; category: TenantCategory; enteredDistrictOn: string | null }[];
}

export interface TargetWindow {
  /** Value of the space target (m²), or null when none applies. */
  spaceTargetM2: number | null;
  /** Window of the new-firms target, or null when none applies. */
  firms: { startDate: string; dueDate: string } | null;
}

/** A group's key: zone/park/building id, `buildingId:floor`, or the unit use; '' = none (e.g. no park). */
export interface GroupSums {
  key: string;
  sums: AreaSums;
  newFirms: number;
}

export interface RollupResult {
  totals: Figures;
  rows: (Figures & { key: string })[];
}

export function isDelivered(deliveryDate: string | null, asOf: string): boolean {
  return deliveryDate !== null && deliveryDate <= asOf;
}

/** A tenant that counts as a newly added firm at D under the firms target. */
export function isNewFirm(t: { category: TenantCategory; enteredDistrictOn: string | null }, asOf: string, firms: TargetWindow['firms']): boolean {
  if (!firms || t.enteredDistrictOn === null || !TARGET_TENANT_CATEGORIES.includes(t.category)) return false;
  return t.enteredDistrictOn >= firms.startDate && t.enteredDistrictOn <= firms.dueDate && t.enteredDistrictOn <= asOf;
}

function groupKey(by: RollupGroup, b: AccountingInput['buildings'][number], u: AccountingInput['units'][number] | null): string {
  switch (by) {
    case 'zone': return b.zoneId;
    case 'park': return b.parkId ?? '';
    case 'building': return b.id;
    case 'floor': return u ? `${b.id}:${u.floor}` : `${b.id}:`;
    case 'use': return u ? u.use : '';
  }
}

export function rollupGroups(input: AccountingInput, asOf: string, by: RollupGroup, window: TargetWindow): GroupSums[] {
  const leaseByUnit = new Map<string, { lease: number; reservation: number; tenants: string[] }>();
  for (const l of input.leases) {
    if (!isActiveOn(l, asOf)) continue;
    const entry = leaseByUnit.get(l.unitId) ?? { lease: 0, reservation: 0, tenants: [] };
    entry[l.kind] += l.areaM2;
    entry.tenants.push(l.tenantId);
    leaseByUnit.set(l.unitId, entry);
  }
  const newFirmIds = new Set(input.tenants.filter((t) => isNewFirm(t, asOf, window.firms)).map((t) => t.id));
  const buildings = new Map(input.buildings.map((b) => [b.id, b]));
  const groups = new Map<string, { sums: AreaSums; firms: Set<string> }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { sums: emptySums(), firms: new Set() }));
    return g;
  };
  const withUnits = new Set<string>();
  for (const u of input.units) {
    const b = buildings.get(u.buildingId);
    if (!b) continue;
    withUnits.add(b.id);
    if (!u.countsTowardTarget) continue; // a building with units never falls back to its declared area
    const active = leaseByUnit.get(u.id);
    const g = group(groupKey(by, b, u));
    addSums(g.sums, unitContribution({
      areaM2: u.areaM2, countsTowardTarget: u.countsTowardTarget, outOfService: u.outOfService,
      delivered: isDelivered(b.deliveryDate, asOf), activeLeaseM2: active?.lease ?? 0, activeReservationM2: active?.reservation ?? 0,
    }));
    for (const t of active?.tenants ?? []) if (newFirmIds.has(t)) g.firms.add(t);
  }
  for (const b of input.buildings) {
    if (withUnits.has(b.id) || b.declaredRentableM2 === null) continue;
    addSums(group(groupKey(by, b, null)).sums, unitContribution({
      areaM2: b.declaredRentableM2, countsTowardTarget: true, outOfService: false,
      delivered: isDelivered(b.deliveryDate, asOf), activeLeaseM2: 0, activeReservationM2: 0,
    }));
  }
  return [...groups.entries()].map(([key, g]) => ({ key, sums: g.sums, newFirms: g.firms.size }));
}

/**
 * Totals are the sum of the rows as shown (each rounded to 0.01 m²), so a break-down always adds up to its
 * total. Rows carry no target progress (the target is the district's); their newFirms counts distinct new firms
 * with an active lease or reservation in the group, so rows need not add up to the district's newFirms.
 */
export function finishRollup(groups: GroupSums[], totalNewFirms: number, window: TargetWindow): RollupResult {
  const rows = groups
    .map((g) => ({ key: g.key, ...finishFigures(g.sums, null, g.newFirms) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const total = emptySums();
  for (const r of rows) addSums(total, r);
  return { totals: finishFigures(total, window.spaceTargetM2, totalNewFirms), rows };
}

export function rollup(input: AccountingInput, asOf: string, by: RollupGroup, window: TargetWindow): RollupResult {
  const newFirms = input.tenants.filter((t) => isNewFirm(t, asOf, window.firms)).length;
  return finishRollup(rollupGroups(input, asOf, by, window), newFirms, window);
}
