import { todayIso } from '../../../../shared/dates';
import type { FloorSummary } from '../../../../shared/contract';
import type { UnitRow } from '../../../../shared/models';
import type { z } from 'zod';
import type { unitQuery } from '../../../../shared/validation/queries';
import type { Db } from '../connection';
import { rowToRecord, selectColumns } from '../tables';
import { requiredName } from './names';
import { pageIds, rowsInOrder, type ListSpec } from './paging';
import { activeAt } from './active';

type Query = z.output<typeof unitQuery>;

const spec: ListSpec<Query> = {
  from: 'unit u',
  joins: [{ alias: 'b', sql: 'JOIN building b ON b.id = u.building_id' }],
  alias: 'u',
  // Labels through the trigram index (migration 003); building names in the 2,000-row building table.
  search: [
    { column: 'u.label', trigramTable: 'unit_search', rowid: 'u.rowid' },
    { key: 'u.building_id', table: 'building', columns: ['name_zh', 'name_en'] },
  ],
  sorts: { label: 'u.label', floor: 'u.floor', areaM2: 'u.area_m2', use: 'u.use', building: 'b.name_zh' },
  defaultSort: 'label',
  filters: {
    zoneId: (v) => ['b.zone_id = ?', [v]],
    parkId: (v) => ['b.park_id = ?', [v]],
    buildingId: (v) => ['u.building_id = ?', [v]],
    floor: (v) => ['u.floor = ?', [v]],
    use: (v) => ['u.use = ?', [v]],
    status: (v) => ['b.status = ?', [v]],
  },
};

/** SQL condition for "active at D" (ARCHITECTURE) on lease alias `l`, with D bound three times. */
export const ACTIVE_ON = activeAt('?');

const ROWS = `SELECT ${selectColumns('unit', 'u')}, b.name_zh AS building_name_zh, b.name_en AS building_name_en, b.zone_id AS zone_id,
  (SELECT count(*) FROM lease l WHERE l.unit_id = u.id AND ${ACTIVE_ON}) AS active_leases,
  (SELECT coalesce(sum(l.area_m2), 0) FROM lease l WHERE l.unit_id = u.id AND ${ACTIVE_ON}) AS held_m2
  FROM unit u JOIN building b ON b.id = u.building_id WHERE u.id IN (SELECT value FROM json_each(?))`;

export function unitRows(db: Db, ids: string[], asOf = todayIso()): UnitRow[] {
  return rowsInOrder<{ id: string } & Record<string, unknown>>(db, ROWS, ids, asOf, asOf, asOf, asOf, asOf, asOf).map((r) => ({
    ...rowToRecord('unit', r),
    buildingName: requiredName(r, 'building'),
    zoneId: String(r.zone_id),
    activeLeaseCount: Number(r.active_leases),
    heldM2: Number(r.held_m2),
    heldOn: asOf,
  }));
}

export function listUnits(db: Db, query: Query) {
  const { ids, total, offset } = pageIds(db, spec, query);
  return { rows: unitRows(db, ids, query.asOf), total, offset };
}

/** Floors of a building that have units, top floor first. */
export function floorsOf(db: Db, buildingId: string): FloorSummary[] {
  return db
    .prepare(
      `SELECT floor, count(*) AS unitCount, sum(area_m2) AS areaM2 FROM unit WHERE building_id = ? GROUP BY floor ORDER BY floor DESC`,
    )
    .all(buildingId) as FloorSummary[];
}

/** The highest and lowest floor that has units in the building (null without units). */
export function unitFloorRange(db: Db, buildingId: string): { top: number | null; bottom: number | null } {
  return db.prepare('SELECT max(floor) AS top, min(floor) AS bottom FROM unit WHERE building_id = ?').get(buildingId) as {
    top: number | null;
    bottom: number | null;
  };
}

/** Whether another unit (not `exceptId`) of the building has this label. */
export function unitLabelTaken(db: Db, buildingId: string, label: string, exceptId: string | null): boolean {
  return (
    db.prepare('SELECT 1 FROM unit WHERE building_id = ? AND label = ? AND id IS NOT ?').get(buildingId, label, exceptId) !== undefined
  );
}
