// Domain records as they cross the contract (camelCase; dates are ISO `YYYY-MM-DD` strings).
import type {
  BuildingStatus,
  ChangeOrigin,
  DealStage,
  EntityName,
  LeaseKind,
  ProspectSource,
  TargetMetric,
  TenantCategory,
  UnitUse,
  ZoneKind,
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

/** A firm that may come to the district (tenant attraction, 招商). */
export interface Prospect extends RowMeta {
  nameZh: string;
  nameEn: string;
  /** Unified social credit code when known ('' = not known). */
  uscc: string;
  category: TenantCategory;
  contact: string;
  source: ProspectSource;
  /** The manager in charge. */
  manager: string;
  needM2: number | null;
  use: UnitUse | null;
  zoneId: string | null;
  parkId: string | null;
  wantedMoveIn: string | null;
  notes: string;
  /** The tenant it became (or already is), once converted. */
  tenantId: string | null;
}

/** A stage a deal went through, and the day it entered it. */
export interface StageEntry {
  stage: DealStage;
  on: string;
}

/** A prospect's deal for a space: its current stage, the stages before it, and what it proposes. */
export interface Deal extends RowMeta {
  prospectId: string;
  stage: DealStage;
  /** The day the current stage was entered. */
  stageOn: string;
  /** The stages before the current one, oldest first. */
  history: StageEntry[];
  buildingId: string | null;
  /** A floor area in the building when no units are named. */
  floor: number | null;
  unitIds: string[];
  /** The space's area (m²): a floor area, part of one unit, or empty for the named units' whole area. */
  areaM2: number | null;
  /** The lease's planned start (empty: the prospect's wanted move-in). */
  startDate: string | null;
  endDate: string | null;
  rentCnyPerM2Day: number | null;
  lostReason: string;
  /** The reservations and leases this deal created in the inventory. */
  leaseIds: string[];
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
  prospect: Prospect;
  deal: Deal;
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
export interface LocalName {
  zh: string;
  en: string;
}

/** List rows carry a few joined display fields next to the record itself. */
export interface ParkRow extends Park {
  zoneName: LocalName;
  buildingCount: number;
}
export interface BuildingRow extends Building {
  zoneName: LocalName;
  parkName: LocalName | null;
  unitCount: number;
  unitAreaM2: number;
}
export interface UnitRow extends Unit {
  buildingName: LocalName;
  zoneId: string;
  /** Active leases and reservations at `heldOn` (the list's `asOf`, default today). */
  activeLeaseCount: number;
  /** Area those active leases and reservations hold at `heldOn`. */
  heldM2: number;
  heldOn: string;
}
export interface TenantRow extends Tenant {
  leaseCount: number;
}
export interface LeaseRow extends Lease {
  unitLabel: string;
  unitFloor: number;
  buildingId: string;
  buildingName: LocalName;
  tenantName: LocalName;
}
export interface ZoneRow extends Zone {
  parkCount: number;
  buildingCount: number;
}
export interface TargetRow extends Target {
  zoneName: LocalName | null;
}
export interface ProspectRow extends Prospect {
  zoneName: LocalName | null;
  tenantName: LocalName | null;
  dealCount: number;
}
export interface DealRow extends Deal {
  prospectName: LocalName;
  manager: string;
  category: TenantCategory;
  /** The building's zone, else the prospect's preferred zone. */
  zoneId: string | null;
  buildingName: LocalName | null;
}
export interface TenantReturnRow extends TenantReturn {
  tenantName: LocalName;
}

export interface RowMap {
  zone: ZoneRow;
  park: ParkRow;
  building: BuildingRow;
  unit: UnitRow;
  tenant: TenantRow;
  lease: LeaseRow;
  target: TargetRow;
  prospect: ProspectRow;
  deal: DealRow;
  tenant_return: TenantReturnRow;
}

export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
}
