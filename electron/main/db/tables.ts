// How each entity's fields map to its table's columns, and back.
import type { EntityName } from '../../../shared/enums';
import type { Draft, EntityMap } from '../../../shared/models';

type Kind = 'text' | 'num' | 'bool' | 'json';
type Columns<E extends EntityName> = { [K in keyof Draft<E>]-?: [column: string, kind: Kind] };

export interface TableSpec<E extends EntityName> {
  table: E;
  columns: Columns<E>;
}

const spec = <E extends EntityName>(table: E, columns: Columns<E>): TableSpec<E> => ({ table, columns });

export const TABLES: { [E in EntityName]: TableSpec<E> } = {
  zone: spec('zone', {
    code: ['code', 'text'],
    nameZh: ['name_zh', 'text'],
    nameEn: ['name_en', 'text'],
    kind: ['kind', 'text'],
    boundary: ['boundary', 'json'],
  }),
  park: spec('park', {
    zoneId: ['zone_id', 'text'],
    nameZh: ['name_zh', 'text'],
    nameEn: ['name_en', 'text'],
    theme: ['theme', 'text'],
    operator: ['operator', 'text'],
    boundary: ['boundary', 'json'],
  }),
  building: spec('building', {
    zoneId: ['zone_id', 'text'],
    parkId: ['park_id', 'text'],
    nameZh: ['name_zh', 'text'],
    nameEn: ['name_en', 'text'],
    address: ['address', 'text'],
    isThemeBuilding: ['is_theme_building', 'bool'],
    footprint: ['footprint', 'json'],
    floorsAbove: ['floors_above', 'num'],
    floorsBelow: ['floors_below', 'num'],
    grossFloorAreaM2: ['gross_floor_area_m2', 'num'],
    declaredRentableM2: ['declared_rentable_m2', 'num'],
    deliveryDate: ['delivery_date', 'text'],
    status: ['status', 'text'],
  }),
  unit: spec('unit', {
    buildingId: ['building_id', 'text'],
    floor: ['floor', 'num'],
    label: ['label', 'text'],
    areaM2: ['area_m2', 'num'],
    use: ['use', 'text'],
    countsTowardTarget: ['counts_toward_target', 'bool'],
    outOfService: ['out_of_service', 'bool'],
  }),
  tenant: spec('tenant', {
    nameZh: ['name_zh', 'text'],
    nameEn: ['name_en', 'text'],
    uscc: ['uscc', 'text'],
    category: ['category', 'text'],
    enteredDistrictOn: ['entered_district_on', 'text'],
  }),
  lease: spec('lease', {
    unitId: ['unit_id', 'text'],
    tenantId: ['tenant_id', 'text'],
    kind: ['kind', 'text'],
    startDate: ['start_date', 'text'],
    endDate: ['end_date', 'text'],
    areaM2: ['area_m2', 'num'],
    rentCnyPerM2Day: ['rent_cny_per_m2_day', 'num'],
    terminatedOn: ['terminated_on', 'text'],
  }),
  target: spec('target', {
    metric: ['metric', 'text'],
    value: ['value', 'num'],
    startDate: ['start_date', 'text'],
    dueDate: ['due_date', 'text'],
    zoneId: ['zone_id', 'text'],
    label: ['label', 'text'],
  }),
  prospect: spec('prospect', {
    nameZh: ['name_zh', 'text'],
    nameEn: ['name_en', 'text'],
    uscc: ['uscc', 'text'],
    category: ['category', 'text'],
    contact: ['contact', 'text'],
    source: ['source', 'text'],
    manager: ['manager', 'text'],
    needM2: ['need_m2', 'num'],
    use: ['use', 'text'],
    zoneId: ['zone_id', 'text'],
    parkId: ['park_id', 'text'],
    wantedMoveIn: ['wanted_move_in', 'text'],
    notes: ['notes', 'text'],
    tenantId: ['tenant_id', 'text'],
  }),
  deal: spec('deal', {
    prospectId: ['prospect_id', 'text'],
    stage: ['stage', 'text'],
    stageOn: ['stage_on', 'text'],
    history: ['history', 'json'],
    buildingId: ['building_id', 'text'],
    floor: ['floor', 'num'],
    unitIds: ['unit_ids', 'json'],
    areaM2: ['area_m2', 'num'],
    startDate: ['start_date', 'text'],
    endDate: ['end_date', 'text'],
    rentCnyPerM2Day: ['rent_cny_per_m2_day', 'num'],
    lostReason: ['lost_reason', 'text'],
    leaseIds: ['lease_ids', 'json'],
  }),
  tenant_return: spec('tenant_return', {
    tenantId: ['tenant_id', 'text'],
    year: ['year', 'num'],
    revenueCny: ['revenue_cny', 'num'],
    headcount: ['headcount', 'num'],
    highTech: ['high_tech', 'bool'],
    inventionPatents: ['invention_patents', 'num'],
    highQualityPatents: ['high_quality_patents', 'num'],
    standardsDomestic: ['standards_domestic', 'num'],
    standardsInternational: ['standards_international', 'num'],
  }),
};

export type SqlValue = string | number | null;

const META: [string, string][] = [
  ['id', 'id'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
  ['version', 'version'],
];

function toSql(kind: Kind, value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (kind === 'bool') return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  return value as SqlValue;
}

function fromSql(kind: Kind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'bool') return value === 1;
  if (kind === 'json') return JSON.parse(String(value));
  return value;
}

/** Column → SQL value for every field of a full record (metadata included). */
export function recordToRow<E extends EntityName>(entity: E, record: EntityMap[E]): Record<string, SqlValue> {
  const row: Record<string, SqlValue> = {};
  const source = record as unknown as Record<string, unknown>;
  for (const [field, column] of META) row[column] = source[field] as SqlValue;
  for (const [field, [column, kind]] of Object.entries(TABLES[entity].columns) as [string, [string, Kind]][]) {
    row[column] = toSql(kind, source[field]);
  }
  return row;
}

/** A table row (as better-sqlite3 returns it) → the contract's record. Extra columns are ignored. */
export function rowToRecord<E extends EntityName>(entity: E, row: Record<string, unknown>): EntityMap[E] {
  const record: Record<string, unknown> = {};
  for (const [field, column] of META) record[field] = row[column];
  for (const [field, [column, kind]] of Object.entries(TABLES[entity].columns) as [string, [string, Kind]][]) {
    record[field] = fromSql(kind, row[column]);
  }
  return record as unknown as EntityMap[E];
}

/** `t.col AS col, …` for the entity's own columns, for joins that must not mix names. */
export function selectColumns(entity: EntityName, alias: string): string {
  const cols = ['id', 'created_at', 'updated_at', 'version', ...Object.values(TABLES[entity].columns).map(([c]) => c)];
  return cols.map((c) => `${alias}.${c} AS ${c}`).join(', ');
}

/** The user-editable fields of a record (no id, timestamps or version). */
export function draftOf<E extends EntityName>(entity: E, record: EntityMap[E] | Record<string, unknown>): Draft<E> {
  const source = record as Record<string, unknown>;
  const draft: Record<string, unknown> = {};
  for (const field of Object.keys(TABLES[entity].columns)) draft[field] = source[field] ?? null;
  return draft as Draft<E>;
}
