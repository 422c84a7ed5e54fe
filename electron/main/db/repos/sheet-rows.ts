// The rows of the floor-space report's record sheets, in scope and in reading order, as plain objects keyed by
// the sheet columns' keys (shared/sheets/spec.ts). Read with iterate() on the export's own read-only connection,
// so a large sheet streams without being held in memory.
import { unitStatus } from '../../../../shared/accounting/figures';
import { isDeliveredOn } from '../../../../shared/accounting/rules';
import { lastDaySql } from './rules-sql';
import type { EntityName } from '../../../../shared/enums';
import type { EntityMap } from '../../../../shared/models';
import type { Db } from '../connection';
import { rowToRecord, TABLES } from '../tables';
import { activeAt } from './active';

/** The report's scope: the whole district, one zone or one park. */
export type SheetScope = { kind: 'district' } | { kind: 'zone'; id: string } | { kind: 'park'; id: string };

export type SheetRow = Record<string, unknown>;

export interface SheetQuery {
  count(): number;
  rows(): IterableIterator<SheetRow>;
}

const inScope = (scope: SheetScope) =>
  scope.kind === 'zone' ? ' AND b.zone_id = @scope' : scope.kind === 'park' ? ' AND b.park_id = @scope' : '';
const bool = (v: unknown) => v === 1;

const ACTIVE = activeAt('@d');

function query(
  db: Db,
  params: Record<string, unknown>,
  from: string,
  select: string,
  order: string,
  map: (r: SheetRow) => SheetRow = (r) => r,
): SheetQuery {
  return {
    count: () => (db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n,
    rows: function* rows() {
      for (const r of db.prepare(`SELECT ${select} ${from} ORDER BY ${order}`).iterate(params) as IterableIterator<SheetRow>) yield map(r);
    },
  };
}

export function buildingRows(db: Db, scope: SheetScope): SheetQuery {
  const params = { scope: scope.kind === 'district' ? null : scope.id };
  return query(
    db,
    params,
    `FROM building b JOIN zone z ON z.id = b.zone_id LEFT JOIN park p ON p.id = b.park_id WHERE 1 = 1${inScope(scope)}`,
    `b.id, b.version, b.park_id AS parkId, z.code AS zoneCode, p.name_zh AS parkName, b.name_zh AS nameZh, b.name_en AS nameEn,
      b.address, b.is_theme_building AS isThemeBuilding, b.floors_above AS floorsAbove, b.floors_below AS floorsBelow,
      b.gross_floor_area_m2 AS grossFloorAreaM2, b.declared_rentable_m2 AS declaredRentableM2, b.delivery_date AS deliveryDate, b.status`,
    'z.code, b.name_zh, b.id',
    (r) => ({ ...r, isThemeBuilding: bool(r.isThemeBuilding) }),
  );
}

export function unitRows(db: Db, scope: SheetScope, asOf: string): SheetQuery {
  const params = { scope: scope.kind === 'district' ? null : scope.id, d: asOf };
  return query(
    db,
    params,
    `FROM unit u JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id
      LEFT JOIN (SELECT l.unit_id, total(CASE WHEN l.kind = 'lease' THEN l.area_m2 END) AS leased,
        total(CASE WHEN l.kind = 'reservation' THEN l.area_m2 END) AS reserved FROM lease l WHERE ${ACTIVE} GROUP BY l.unit_id) a ON a.unit_id = u.id
      WHERE 1 = 1${inScope(scope)}`,
    `u.id, u.version, u.building_id AS buildingId, z.code AS zoneCode, b.name_zh AS buildingName, u.floor, u.label, u.area_m2 AS areaM2,
      u.use, u.counts_toward_target AS countsTowardTarget, u.out_of_service AS outOfService, b.delivery_date AS deliveryDate,
      coalesce(a.leased, 0) AS leasedM2, coalesce(a.reserved, 0) AS reservedM2`,
    'z.code, b.name_zh, b.id, u.floor, u.label',
    ({ deliveryDate, ...r }) => {
      const unit = { countsTowardTarget: bool(r.countsTowardTarget), outOfService: bool(r.outOfService) };
      const status = unitStatus({
        ...unit,
        areaM2: r.areaM2 as number,
        delivered: isDeliveredOn(deliveryDate as string | null, asOf),
        activeLeaseM2: r.leasedM2 as number,
        activeReservationM2: r.reservedM2 as number,
      });
      return { ...r, ...unit, status };
    },
  );
}

export function tenantRows(db: Db, scope: SheetScope): SheetQuery {
  const params = { scope: scope.kind === 'district' ? null : scope.id };
  const where =
    scope.kind === 'district'
      ? ''
      : ` WHERE t.id IN (SELECT l.tenant_id FROM lease l JOIN unit u ON u.id = l.unit_id
    JOIN building b ON b.id = u.building_id WHERE 1 = 1${inScope(scope)})`;
  return query(
    db,
    params,
    `FROM tenant t${where}`,
    't.id, t.version, t.name_zh AS nameZh, t.name_en AS nameEn, t.uscc, t.category, t.entered_district_on AS enteredDistrictOn',
    't.name_zh, t.id',
  );
}

/** Annual returns of the tenants in scope (as the Tenants sheet picks them), by tenant and year. */
export function returnRows(db: Db, scope: SheetScope): SheetQuery {
  const params = { scope: scope.kind === 'district' ? null : scope.id };
  const where =
    scope.kind === 'district'
      ? ''
      : ` AND t.id IN (SELECT l.tenant_id FROM lease l JOIN unit u ON u.id = l.unit_id
    JOIN building b ON b.id = u.building_id WHERE 1 = 1${inScope(scope)})`;
  return query(
    db,
    params,
    `FROM tenant_return r JOIN tenant t ON t.id = r.tenant_id WHERE 1 = 1${where}`,
    `r.id, r.version, r.tenant_id AS tenantId, t.uscc AS tenantUscc, t.name_zh AS tenantName, r.year, r.revenue_cny AS revenueCny,
      r.headcount, r.high_tech AS highTech, r.invention_patents AS inventionPatents, r.high_quality_patents AS highQualityPatents,
      r.standards_domestic AS standardsDomestic, r.standards_international AS standardsInternational`,
    't.name_zh, t.id, r.year',
    (r) => ({ ...r, highTech: bool(r.highTech) }),
  );
}

export function leaseRows(db: Db, scope: SheetScope): SheetQuery {
  const params = { scope: scope.kind === 'district' ? null : scope.id };
  return query(
    db,
    params,
    `FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id
      JOIN tenant t ON t.id = l.tenant_id WHERE 1 = 1${inScope(scope)}`,
    `l.id, l.version, l.unit_id AS unitId, l.tenant_id AS tenantId, z.code AS zoneCode, b.name_zh AS buildingName, u.label AS unitLabel,
      t.uscc AS tenantUscc, t.name_zh AS tenantName, l.kind, l.start_date AS startDate, l.end_date AS endDate, l.area_m2 AS areaM2,
      l.rent_cny_per_m2_day AS rentCnyPerM2Day, l.terminated_on AS terminatedOn`,
    'z.code, b.name_zh, b.id, u.floor, u.label, l.start_date, l.id',
  );
}

/** Every floor with units: how many and their total area (all units, counted or not). */
export function floorUnitRows(db: Db, scope: SheetScope): SheetQuery {
  const params = { scope: scope.kind === 'district' ? null : scope.id };
  return query(
    db,
    params,
    `FROM unit u JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id WHERE 1 = 1${inScope(scope)} GROUP BY b.id, u.floor`,
    'b.id AS buildingId, z.code AS zoneCode, b.name_zh AS buildingName, u.floor, count(*) AS unitCount, total(u.area_m2) AS areaM2',
    'z.code, b.name_zh, b.id, u.floor',
  );
}

/** Active leases whose last active day falls within 12 months of D (the dashboard's expiries, without its 500-row cut). */
export function expiryRows(db: Db, scope: SheetScope, asOf: string, until: string): SheetQuery {
  const params = { scope: scope.kind === 'district' ? null : scope.id, d: asOf, until };
  return query(
    db,
    params,
    `FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id
      JOIN tenant t ON t.id = l.tenant_id
      WHERE l.kind = 'lease' AND ${ACTIVE} AND ${lastDaySql()} < @until${inScope(scope)}`,
    `l.id AS leaseId, z.code AS zoneCode, b.name_zh AS buildingName, u.label AS unitLabel, t.name_zh AS tenantName, l.area_m2 AS areaM2,
      ${lastDaySql()} AS lastDay`,
    'lastDay, z.code, b.name_zh, u.label, l.id',
  );
}

/** The last change_log sequence number (0 for none): names the data state a report was made from. */
export function lastChangeSeq(db: Db): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM change_log').get() as { n: number }).n;
}

export function zoneIdByCode(db: Db, code: string): string | null {
  return (db.prepare('SELECT id FROM zone WHERE code = ?').get(code) as { id: string } | undefined)?.id ?? null;
}

export function parkName(db: Db, id: string): { zh: string; en: string } | null {
  const r = db.prepare('SELECT name_zh AS zh, name_en AS en FROM park WHERE id = ?').get(id) as { zh: string; en: string } | undefined;
  return r ?? null;
}

export function zoneName(db: Db, id: string): { code: string; zh: string; en: string } | null {
  return (
    (db.prepare('SELECT code, name_zh AS zh, name_en AS en FROM zone WHERE id = ?').get(id) as
      { code: string; zh: string; en: string } | undefined) ?? null
  );
}

/** Building → zone code and Chinese name, for sheets built from other views (vacancies). */
export function buildingLabels(db: Db, scope: SheetScope): Map<string, { zoneCode: string; name: string }> {
  const rows = db
    .prepare(`SELECT b.id, z.code, b.name_zh AS name FROM building b JOIN zone z ON z.id = b.zone_id WHERE 1 = 1${inScope(scope)}`)
    .all({ scope: scope.kind === 'district' ? null : scope.id }) as { id: string; code: string; name: string }[];
  return new Map(rows.map((r) => [r.id, { zoneCode: r.code, name: r.name }]));
}

/** Zones by code, for matching imported rows. */
export function zoneCodes(db: Db): { id: string; code: string }[] {
  return db.prepare('SELECT id, code FROM zone').all() as { id: string; code: string }[];
}

/** Parks with their zone and names, for matching imported rows. */
export function parkNames(db: Db): { id: string; zoneId: string; nameZh: string; nameEn: string }[] {
  return db.prepare('SELECT id, zone_id AS zoneId, name_zh AS nameZh, name_en AS nameEn FROM park').all() as {
    id: string;
    zoneId: string;
    nameZh: string;
    nameEn: string;
  }[];
}

/** Every record of an entity, as models, one at a time (an import's index of what is there). */
export function* allRecords<E extends EntityName>(db: Db, entity: E): Generator<EntityMap[E]> {
  for (const row of db.prepare(`SELECT * FROM ${TABLES[entity].table}`).iterate() as IterableIterator<Record<string, unknown>>) {
    yield rowToRecord(entity, row);
  }
}
