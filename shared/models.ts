// Domain records as they cross the contract (camelCase; dates are ISO `YYYY-MM-DD` strings).
import type {
  BuildingStatus, ChangeOrigin, EntityName, LeaseKind, TargetMetric, TenantCategory, UnitUse, ZoneKind,
} from './enums';

/** A GeoJSON Polygon or MultiPolygon geometry in WGS84 (lon, lat). */
export interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

export interface RowMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Zone extends RowMeta {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: ZoneKind;
  boundary: Geometry | null;
}

export interface Park extends RowMeta {
  zoneId: string;
  nameZh: string;
  nameEn: string;
  theme: string;
  operator: string;
  boundary: Geometry | null;
}

export interface Building extends RowMeta {
  zoneId: string;
  parkId: string | null;
  nameZh: string;
  nameEn: string;
  address: string;
  isThemeBuilding: boolean;
  footprint: Geometry | null;
  floorsAbove: number;
  floorsBelow: number;
  grossFloorAreaM2: number | null;
  declaredRentableM2: number | null;
  deliveryDate: string | null;
  status: BuildingStatus;
}

export interface Unit extends RowMeta {
  buildingId: string;
  floor: number;
  label: string;
  areaM2: number;
  use: UnitUse;
  countsTowardTarget: boolean;
  outOfService: boolean;
}

export interface Tenant extends RowMeta {
  nameZh: string;
  nameEn: string;
  uscc: string;
  category: TenantCategory;
  enteredDistrictOn: string | null;
}

export interface Lease extends RowMeta {
  unitId: string;
  tenantId: string;
  kind: LeaseKind;
  startDate: string;
  endDate: string | null;
  areaM2: number;
  rentCnyPerM2Day: number | null;
  terminatedOn: string | null;
}

export interface Target extends RowMeta {
  metric: TargetMetric;
  value: number;
  startDate: string;
  dueDate: string;
  zoneId: string | null;
  label: string;
}

/** A tenant's annual return: what it reports to the park office once a year (docs/ARCHITECTURE.md, "Plan indicators"). */
export interface TenantReturn extends RowMeta {
  tenantId: string;
  year: number;
  /** Operating revenue of the year, CNY. */
  revenueCny: number;
  headcount: number;
  /** Certified high-tech enterprise in that year. */
  highTech: boolean;
  /** Invention patents granted that year, and how many of them count as high-quality. */
  inventionPatents: number;
  highQualityPatents: number;
  /** Standards the tenant led or joined that year. */
  standardsDomestic: number;
  standardsInternational: number;
}

export interface EntityMap {
  zone: Zone;
  park: Park;
  building: Building;
  unit: Unit;
  tenant: Tenant;
  lease: Lease;
  target: Target;
  tenant_return: TenantReturn;
}

/** The fields a user supplies for a record (everything but the row metadata). */
export type Draft<E extends EntityName> = Omit<EntityMap[E], keyof RowMeta>;

export interface ChangeLogEntry {
  seq: number;
  batchId: string;
  entity: EntityName;
  entityId: string;
  action: 'insert' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: string;
  origin: ChangeOrigin;
  label: string;
}

/** A name in both interface languages, as joined into list rows. */
export interface LocalName { zh: string; en: string }

/** List rows carry a few joined display fields next to the record itself. */
export interface ParkRow extends Park { zoneName: LocalName; buildingCount: number }
export interface BuildingRow extends Building { zoneName: LocalName; parkName: LocalName | null; unitCount: number; unitAreaM2: number }
export interface UnitRow extends Unit {
  buildingName: LocalName;
  zoneId: string;
  /** Active leases and reservations at `heldOn` (the list's `asOf`, default today). */
  activeLeaseCount: number;
  /** Area those active leases and reservations hold at `heldOn`. */
  heldM2: number;
  heldOn: string;
}
export interface TenantRow extends Tenant { leaseCount: number }
export interface LeaseRow extends Lease { unitLabel: string; unitFloor: number; buildingId: string; buildingName: LocalName; tenantName: LocalName }
export interface ZoneRow extends Zone { parkCount: number; buildingCount: number }
export interface TargetRow extends Target { zoneName: LocalName | null }
export interface TenantReturnRow extends TenantReturn { tenantName: LocalName }

export interface RowMap {
  zone: ZoneRow;
  park: ParkRow;
  building: BuildingRow;
  unit: UnitRow;
  tenant: TenantRow;
  lease: LeaseRow;
  target: TargetRow;
  tenant_return: TenantReturnRow;
}

export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
}
