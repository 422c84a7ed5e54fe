// The roll-up in SQL, for one-shot callers (the CLI, the app before its snapshot is ready): the same figures as
// shared/accounting/rollup.ts (a property test holds the two together). SQLite sums the units per building in
// one pass; the per-building rules (delivered at D, declared area of buildings without units) are applied here
// with the shared/ functions on the 2,000-odd building rows.
import { addContribution, emptySums } from '../../../../shared/accounting/figures';
import type { GroupSums, RollupGroup, TargetWindow } from '../../../../shared/accounting/rollup';
import { isDeliveredOn } from '../../../../shared/accounting/rules';
import type { Db } from '../connection';
import { activeAt } from './active';
import { newFirmSql } from './rules-sql';

/** The part of a building a floor or use break-down splits it into (none otherwise: the group is the building). */
const PART: Record<RollupGroup, string | null> = { zone: null, park: null, building: null, floor: 'u.floor', use: 'u.use' };

const ACTIVE = activeAt('@d');

/** Restricts to one zone, park or building (`@w`), for level-by-level break-downs. */
const WITHIN = 'SELECT id FROM building WHERE zone_id = @w OR park_id = @w OR id = @w';

const NEW_FIRM = newFirmSql('@d', '@start', '@due');

/** Separates tenant ids in the lists of new firms (ids never hold control characters). */
const SEP = '\u001f';

/**
 * Per building (and floor or use), the units that count: their area, what active leases and reservations hold of
 * them, the rest split into out of service and free, and the new firms leasing there (their ids, `firms` only).
 * Delivery is per building, so it is applied in JS. One pass over the leases active at D (read from the
 * lease_unit_active index) and one over the units, joined on the fly; no join to buildings or tenants.
 */
const unitSql = (by: RollupGroup, w: boolean, firms: boolean) => `
WITH${firms ? ` firm AS (SELECT t.id FROM tenant t WHERE ${NEW_FIRM}),` : ''} active AS (
  SELECT l.unit_id,
    total(CASE WHEN l.kind = 'lease' THEN l.area_m2 END) AS leased,
    total(CASE WHEN l.kind = 'reservation' THEN l.area_m2 END) AS reserved,
    ${firms ? `group_concat(CASE WHEN l.tenant_id IN firm THEN l.tenant_id END, char(31))` : 'NULL'} AS firms
  FROM lease l WHERE ${ACTIVE} GROUP BY l.unit_id
)
SELECT u.building_id AS building, ${PART[by] ?? 'NULL'} AS part, total(u.area_m2) AS area, total(a.leased) AS leased, total(a.reserved) AS reserved,
  total(CASE WHEN u.out_of_service THEN max(0, u.area_m2 - coalesce(a.leased, 0) - coalesce(a.reserved, 0)) END) AS held,
  total(CASE WHEN NOT u.out_of_service THEN max(0, u.area_m2 - coalesce(a.leased, 0) - coalesce(a.reserved, 0)) END) AS free,
  group_concat(a.firms, char(31)) AS firms
FROM unit u LEFT JOIN active a ON a.unit_id = u.id
WHERE u.counts_toward_target = 1${w ? ` AND u.building_id IN (${WITHIN})` : ''}
GROUP BY u.building_id${PART[by] ? `, ${PART[by]}` : ''}`;

const buildingSql = (w: boolean) => `
SELECT b.id, b.zone_id AS zone, b.park_id AS park, b.delivery_date AS delivery, b.declared_rentable_m2 AS declared,
  EXISTS (SELECT 1 FROM unit u WHERE u.building_id = b.id) AS hasUnits
FROM building b${w ? ` WHERE b.id IN (${WITHIN})` : ''}`;

interface BuildingRow {
  id: string;
  zone: string;
  park: string | null;
  delivery: string | null;
  declared: number | null;
  hasUnits: number;
}
interface UnitSums {
  building: string;
  part: string | number | null;
  area: number;
  leased: number;
  reserved: number;
  held: number;
  free: number;
  firms: string | null;
}

/** A building's (or one of its floors' or uses') group key, as shared/accounting/rollup.ts keys them. */
function keyOf(by: RollupGroup, b: BuildingRow, part: string | number | null): string {
  switch (by) {
    case 'zone':
      return b.zone;
    case 'park':
      return b.park ?? '';
    case 'building':
      return b.id;
    case 'floor':
      return `${b.id}:${part ?? ''}`;
    case 'use':
      return part === null ? '' : String(part);
  }
}

export function rollupGroupsSql(db: Db, asOf: string, by: RollupGroup, window: TargetWindow, withinId?: string): GroupSums[] {
  const w = withinId !== undefined;
  const scope = w ? { w: withinId } : {};
  const groups = new Map<string, { sums: GroupSums['sums']; firms: Set<string> }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { sums: emptySums(), firms: new Set() }));
    return g;
  };
  const buildings = new Map((db.prepare(buildingSql(w)).all(scope) as BuildingRow[]).map((b) => [b.id, b]));
  const params = { d: asOf, ...scope, ...(window.firms ? { start: window.firms.startDate, due: window.firms.dueDate } : {}) };
  for (const row of db.prepare(unitSql(by, w, window.firms !== null)).all(params) as UnitSums[]) {
    const b = buildings.get(row.building);
    if (!b) continue;
    const g = group(keyOf(by, b, row.part));
    const sums = g.sums;
    if (isDeliveredOn(b.delivery, asOf)) {
      sums.providedM2 += row.area;
      sums.leasedM2 += row.leased;
      sums.reservedM2 += row.reserved;
      sums.outOfServiceM2 += row.held;
      sums.availableM2 += row.free;
    } else {
      sums.pipelineM2 += row.area;
      sums.preLetM2 += row.leased;
    }
    if (row.firms) for (const tenant of row.firms.split(SEP)) g.firms.add(tenant);
  }
  for (const b of buildings.values()) {
    if (b.hasUnits || b.declared === null) continue;
    addContribution(group(keyOf(by, b, null)).sums, {
      areaM2: b.declared,
      countsTowardTarget: true,
      outOfService: false,
      delivered: isDeliveredOn(b.delivery, asOf),
      activeLeaseM2: 0,
      activeReservationM2: 0,
    });
  }
  return [...groups].map(([key, g]) => ({ key, sums: g.sums, newFirms: g.firms.size }));
}

export function newFirmsSql(db: Db, asOf: string, window: TargetWindow): number {
  if (!window.firms) return 0;
  const params = { d: asOf, start: window.firms.startDate, due: window.firms.dueDate };
  return (db.prepare(`SELECT count(*) AS n FROM tenant t WHERE ${NEW_FIRM}`).get(params) as { n: number }).n;
}
