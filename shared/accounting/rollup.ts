// The reference implementation of the roll-up: plain records in, figures per group out. The SQL path in
// electron/main/db/repos/rollup-sql.ts must give the same answers (a property test holds them together).
import { UNIT_USES } from '../enums';
import { compileInventory, dateNumber, type AccountingInput, type InventoryIndex } from './inventory-index';
import { addContribution, addSums, emptySums, finishFigures, type AreaSums, type Figures } from './figures';
import { firmsDays, isDelivered, isNewFirm } from './rules';

export type { AccountingInput, InventoryIndex } from './inventory-index';

export const ROLLUP_GROUPS = ['zone', 'park', 'building', 'floor', 'use'] as const;
export type RollupGroup = (typeof ROLLUP_GROUPS)[number];

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

type Grouping = { keys: string[]; ofUnit: Int32Array; ofBuilding: Int32Array };

/** Group index of every unit and building for one grouping, computed once per index. */
function grouping(ix: InventoryIndex, by: RollupGroup): Grouping {
  const cached = ix.groupings.get(by);
  if (cached) return cached;
  const keys: string[] = [];
  const positions = new Map<string, number>();
  const at = (key: string) => {
    let i = positions.get(key);
    if (i === undefined) {
      i = keys.length;
      keys.push(key);
      positions.set(key, i);
    }
    return i;
  };
  const b = ix.building;
  const buildingKey = (i: number): string =>
    by === 'zone'
      ? (b.zoneId[i] as string)
      : by === 'park'
        ? (b.parkId[i] ?? '')
        : by === 'building'
          ? (b.id[i] as string)
          : by === 'floor'
            ? `${b.id[i]}:`
            : '';
  const ofBuilding = Int32Array.from(b.id, (_id, i) => at(buildingKey(i)));
  const u = ix.unit;
  const ofUnit = Int32Array.from(u.building, (bi, i) =>
    by === 'floor'
      ? at(`${b.id[bi]}:${u.floor[i]}`)
      : by === 'use'
        ? at(UNIT_USES[u.use[i] as number] as string)
        : (ofBuilding[bi] as number),
  );
  const result = { keys, ofUnit, ofBuilding };
  ix.groupings.set(by, result);
  return result;
}

/** Which tenants count as new firms at D (by tenant index). */
function newFirmFlags(ix: InventoryIndex, asOf: number, firms: TargetWindow['firms']): Uint8Array {
  const flags = new Uint8Array(ix.tenant.entered.length);
  const days = firmsDays(firms);
  if (!days) return flags;
  ix.tenant.entered.forEach((entered, i) => {
    flags[i] = isNewFirm(ix.tenant.targetCategory[i] === 1, entered, asOf, days) ? 1 : 0;
  });
  return flags;
}

export function countNewFirms(ix: InventoryIndex, asOf: string, firms: TargetWindow['firms']): number {
  return newFirmFlags(ix, dateNumber(asOf), firms).reduce((n, f) => n + f, 0);
}

/** Sums per group at D; `buildingMask` (1 = include, by building index) restricts to part of the district. */
export function rollupGroups(
  ix: InventoryIndex,
  asOf: string,
  by: RollupGroup,
  window: TargetWindow,
  buildingMask?: Uint8Array,
): GroupSums[] {
  const d = dateNumber(asOf);
  const { unit: u, lease: l, building: b } = ix;
  const newFirm = newFirmFlags(ix, d, window.firms);
  const leased = new Float64Array(u.area.length);
  const reserved = new Float64Array(u.area.length);
  const firmLeases: number[] = [];
  for (let i = 0; i < l.unit.length; i += 1) {
    if ((l.start[i] as number) > d || (l.end[i] as number) < d || (l.terminated[i] as number) <= d) continue;
    const ui = l.unit[i] as number;
    const into = l.reservation[i] ? reserved : leased;
    into[ui] = (into[ui] as number) + (l.area[i] as number);
    const t = l.tenant[i] as number;
    if (t >= 0 && newFirm[t]) firmLeases.push(i);
  }
  const g = grouping(ix, by);
  const sums = g.keys.map(() => emptySums());
  const touched = new Uint8Array(g.keys.length);
  for (let i = 0; i < u.area.length; i += 1) {
    if (!u.counts[i] || (buildingMask && !buildingMask[u.building[i] as number])) continue;
    const gi = g.ofUnit[i] as number;
    touched[gi] = 1;
    addContribution(sums[gi] as AreaSums, {
      areaM2: u.area[i] as number,
      countsTowardTarget: true,
      outOfService: u.outOfService[i] === 1,
      delivered: isDelivered(b.delivery[u.building[i] as number] as number, d),
      activeLeaseM2: leased[i] as number,
      activeReservationM2: reserved[i] as number,
    });
  }
  for (let i = 0; i < b.id.length; i += 1) {
    if (b.hasUnits[i] || Number.isNaN(b.declared[i]) || (buildingMask && !buildingMask[i])) continue;
    const gi = g.ofBuilding[i] as number;
    touched[gi] = 1;
    addContribution(sums[gi] as AreaSums, {
      areaM2: b.declared[i] as number,
      countsTowardTarget: true,
      outOfService: false,
      delivered: isDelivered(b.delivery[i] as number, d),
      activeLeaseM2: 0,
      activeReservationM2: 0,
    });
  }
  const firms = new Map<number, Set<number>>();
  for (const i of firmLeases) {
    const ui = l.unit[i] as number;
    if (!u.counts[ui] || (buildingMask && !buildingMask[u.building[ui] as number])) continue;
    const gi = g.ofUnit[ui] as number;
    let set = firms.get(gi);
    if (!set) firms.set(gi, (set = new Set()));
    set.add(l.tenant[i] as number);
  }
  const out: GroupSums[] = [];
  g.keys.forEach((key, gi) => {
    if (touched[gi]) out.push({ key, sums: sums[gi] as AreaSums, newFirms: firms.get(gi)?.size ?? 0 });
  });
  return out;
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

/** Compile and roll up in one call (tests and one-off use; the app keeps the compiled index). */
export function rollup(input: AccountingInput, asOf: string, by: RollupGroup, window: TargetWindow): RollupResult {
  const ix = compileInventory(input);
  return finishRollup(rollupGroups(ix, asOf, by, window), countNewFirms(ix, asOf, window.firms), window);
}
