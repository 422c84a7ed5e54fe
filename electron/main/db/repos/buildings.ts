import type { BuildingRow } from '../../../../shared/models';
import type { z } from 'zod';
import type { buildingQuery } from '../../../../shared/validation/queries';
import type { Db } from '../connection';
import { rowToRecord, selectColumns } from '../tables';
import { localName, requiredName } from './names';
import { pageIds, rowsInOrder, type ListSpec } from './paging';

type Query = z.output<typeof buildingQuery>;

const UNIT_AREA = '(SELECT coalesce(sum(u.area_m2), 0) FROM unit u WHERE u.building_id = b.id)';
const UNIT_COUNT = '(SELECT count(*) FROM unit u WHERE u.building_id = b.id)';

const spec: ListSpec<Query> = {
  from: 'building b',
  joins: [
    { alias: 'z', sql: 'JOIN zone z ON z.id = b.zone_id' },
    { alias: 'p', sql: 'LEFT JOIN park p ON p.id = b.park_id' },
  ],
  alias: 'b',
  search: ['b.name_zh', 'b.name_en', 'b.address', 'p.name_zh', 'p.name_en'],
  sorts: {
    name: 'b.name_zh',
    zone: 'z.code',
    park: 'p.name_zh',
    status: 'b.status',
    deliveryDate: 'b.delivery_date',
    floorsAbove: 'b.floors_above',
    unitAreaM2: UNIT_AREA,
    unitCount: UNIT_COUNT,
  },
  defaultSort: 'name',
  filters: {
    zoneId: (v) => ['b.zone_id = ?', [v]],
    parkId: (v) => ['b.park_id = ?', [v]],
    parkless: (v) => [v ? 'b.park_id IS NULL' : 'b.park_id IS NOT NULL', []],
    status: (v) => ['b.status = ?', [v]],
    themeOnly: (v) => [v ? 'b.is_theme_building = 1' : '1 = 1', []],
    use: (v) => ['EXISTS (SELECT 1 FROM unit x WHERE x.building_id = b.id AND x.use = ?)', [v]],
  },
};

const ROWS = `SELECT ${selectColumns('building', 'b')},
  z.name_zh AS zone_name_zh, z.name_en AS zone_name_en, p.name_zh AS park_name_zh, p.name_en AS park_name_en,
  ${UNIT_COUNT} AS unit_count, ${UNIT_AREA} AS unit_area
  FROM building b JOIN zone z ON z.id = b.zone_id LEFT JOIN park p ON p.id = b.park_id
  WHERE b.id IN (SELECT value FROM json_each(?))`;

export function buildingRows(db: Db, ids: string[]): BuildingRow[] {
  return rowsInOrder<{ id: string } & Record<string, unknown>>(db, ROWS, ids).map((r) => ({
    ...rowToRecord('building', r),
    zoneName: requiredName(r, 'zone'),
    parkName: localName(r, 'park'),
    unitCount: Number(r.unit_count),
    unitAreaM2: Number(r.unit_area),
  }));
}

export function listBuildings(db: Db, query: Query) {
  const { ids, total, offset } = pageIds(db, spec, query);
  return { rows: buildingRows(db, ids), total, offset };
}

/** How many buildings of the park lie outside the given zone. */
export function countParkBuildingsOutside(db: Db, parkId: string, zoneId: string): number {
  return (db.prepare('SELECT count(*) AS n FROM building WHERE park_id = ? AND zone_id <> ?').get(parkId, zoneId) as { n: number }).n;
}
