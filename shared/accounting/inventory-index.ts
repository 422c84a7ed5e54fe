// The inventory compiled for the roll-up: parallel typed arrays with integer links and dates as yyyymmdd
// numbers, so a roll-up at any date is a few linear passes without string work or object allocation.
import { TARGET_TENANT_CATEGORIES, UNIT_USES, type TenantCategory, type UnitUse } from '../enums';

export interface AccountingInput {
  buildings: { id: string; zoneId: string; parkId: string | null; deliveryDate: string | null; declaredRentableM2: number | null }[];
  units: {
    id: string;
    buildingId: string;
    floor: number;
    areaM2: number;
    use: UnitUse;
    countsTowardTarget: boolean;
    outOfService: boolean;
  }[];
  leases: {
    unitId: string;
    tenantId: string;
    kind: 'lease' | 'reservation';
    startDate: string;
    endDate: string | null;
    terminatedOn: string | null;
    areaM2: number;
  }[];
  tenants: { id: string; category: TenantCategory; enteredDistrictOn: string | null }[];
}

/** A date that never comes (open end, not terminated, not delivered). */
export const NEVER = 99_999_999;

export function dateNumber(iso: string | null): number {
  if (iso === null) return NEVER;
  return Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

export interface InventoryIndex {
  building: {
    id: string[];
    zoneId: string[];
    parkId: (string | null)[];
    delivery: Int32Array;
    declared: Float64Array;
    hasUnits: Uint8Array;
  };
  /** `use` indexes UNIT_USES. */
  unit: { building: Int32Array; floor: Int32Array; use: Uint8Array; area: Float64Array; counts: Uint8Array; outOfService: Uint8Array };
  /** Leases whose unit exists; `unit` indexes the unit arrays. */
  lease: {
    unit: Int32Array;
    tenant: Int32Array;
    reservation: Uint8Array;
    start: Int32Array;
    end: Int32Array;
    terminated: Int32Array;
    area: Float64Array;
  };
  tenant: { targetCategory: Uint8Array; entered: Int32Array };
  /** Group keys per grouping, computed on first use. */
  groupings: Map<string, { keys: string[]; ofUnit: Int32Array; ofBuilding: Int32Array }>;
}

export function compileInventory(input: AccountingInput): InventoryIndex {
  const bIndex = new Map(input.buildings.map((b, i) => [b.id, i]));
  const units = input.units.filter((u) => bIndex.has(u.buildingId));
  const uIndex = new Map(units.map((u, i) => [u.id, i]));
  const tIndex = new Map(input.tenants.map((t, i) => [t.id, i]));
  const leases = input.leases.filter((l) => uIndex.has(l.unitId));
  const hasUnits = new Uint8Array(input.buildings.length);
  for (const u of units) hasUnits[bIndex.get(u.buildingId) as number] = 1;
  return {
    building: {
      id: input.buildings.map((b) => b.id),
      zoneId: input.buildings.map((b) => b.zoneId),
      parkId: input.buildings.map((b) => b.parkId),
      delivery: Int32Array.from(input.buildings, (b) => dateNumber(b.deliveryDate)),
      declared: Float64Array.from(input.buildings, (b) => b.declaredRentableM2 ?? Number.NaN),
      hasUnits,
    },
    unit: {
      building: Int32Array.from(units, (u) => bIndex.get(u.buildingId) as number),
      floor: Int32Array.from(units, (u) => u.floor),
      use: Uint8Array.from(units, (u) => UNIT_USES.indexOf(u.use)),
      area: Float64Array.from(units, (u) => u.areaM2),
      counts: Uint8Array.from(units, (u) => (u.countsTowardTarget ? 1 : 0)),
      outOfService: Uint8Array.from(units, (u) => (u.outOfService ? 1 : 0)),
    },
    lease: {
      unit: Int32Array.from(leases, (l) => uIndex.get(l.unitId) as number),
      tenant: Int32Array.from(leases, (l) => tIndex.get(l.tenantId) ?? -1),
      reservation: Uint8Array.from(leases, (l) => (l.kind === 'reservation' ? 1 : 0)),
      start: Int32Array.from(leases, (l) => dateNumber(l.startDate)),
      end: Int32Array.from(leases, (l) => dateNumber(l.endDate)),
      terminated: Int32Array.from(leases, (l) => dateNumber(l.terminatedOn)),
      area: Float64Array.from(leases, (l) => l.areaM2),
    },
    tenant: {
      targetCategory: Uint8Array.from(input.tenants, (t) => (TARGET_TENANT_CATEGORIES.includes(t.category) ? 1 : 0)),
      entered: Int32Array.from(input.tenants, (t) => (t.enteredDistrictOn === null ? NEVER : dateNumber(t.enteredDistrictOn))),
    },
    groupings: new Map(),
  };
}
