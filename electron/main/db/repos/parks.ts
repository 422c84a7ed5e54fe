import type { ParkRow } from '../../../../shared/models';
import type { z } from 'zod';
import type { parkQuery } from '../../../../shared/validation/queries';
import type { Db } from '../connection';
import { rowToRecord, selectColumns } from '../tables';
import { requiredName } from './names';
import { pageIds, rowsInOrder, type ListSpec } from './paging';

type Query = z.output<typeof parkQuery>;

const spec: ListSpec<Query> = {
  from: 'park p',
  joins: [{ alias: 'z', sql: 'JOIN zone z ON z.id = p.zone_id' }],
  alias: 'p',
  search: ['p.name_zh', 'p.name_en', 'p.theme', 'p.operator'],
  sorts: {
    name: 'p.name_zh',
    zone: 'z.code',
    theme: 'p.theme',
    buildingCount: '(SELECT count(*) FROM building b WHERE b.park_id = p.id)',
  },
  defaultSort: 'name',
  filters: { zoneId: (v) => ['p.zone_id = ?', [v]] },
};

const ROWS = `SELECT ${selectColumns('park', 'p')}, z.name_zh AS zone_name_zh, z.name_en AS zone_name_en,
  (SELECT count(*) FROM building b WHERE b.park_id = p.id) AS building_count
  FROM park p JOIN zone z ON z.id = p.zone_id WHERE p.id IN (SELECT value FROM json_each(?))`;

export function parkRows(db: Db, ids: string[]): ParkRow[] {
  return rowsInOrder<{ id: string } & Record<string, unknown>>(db, ROWS, ids).map((r) => ({
    ...rowToRecord('park', r),
    zoneName: requiredName(r, 'zone'),
    buildingCount: Number(r.building_count),
  }));
}

export function listParks(db: Db, query: Query) {
  const { ids, total, offset } = pageIds(db, spec, query);
  return { rows: parkRows(db, ids), total, offset };
}
