import type { ZoneRow } from '../../../../shared/models';
import type { z } from 'zod';
import type { zoneQuery } from '../../../../shared/validation/queries';
import type { Db } from '../connection';
import { rowToRecord, selectColumns } from '../tables';
import { pageIds, rowsInOrder, type ListSpec } from './paging';

type Query = z.output<typeof zoneQuery>;

const spec: ListSpec<Query> = {
  from: 'zone z',
  alias: 'z',
  search: ['z.code', 'z.name_zh', 'z.name_en'],
  sorts: {
    code: 'z.code',
    name: 'z.name_zh',
    kind: 'z.kind',
    buildingCount: '(SELECT count(*) FROM building b WHERE b.zone_id = z.id)',
  },
  defaultSort: 'code',
  filters: { kind: (v) => ['z.kind = ?', [v]] },
};

const ROWS = `SELECT ${selectColumns('zone', 'z')},
  (SELECT count(*) FROM park p WHERE p.zone_id = z.id) AS park_count,
  (SELECT count(*) FROM building b WHERE b.zone_id = z.id) AS building_count
  FROM zone z WHERE z.id IN (SELECT value FROM json_each(?))`;

export function zoneRows(db: Db, ids: string[]): ZoneRow[] {
  return rowsInOrder<{ id: string } & Record<string, unknown>>(db, ROWS, ids).map((r) => ({
    ...rowToRecord('zone', r),
    parkCount: Number(r.park_count),
    buildingCount: Number(r.building_count),
  }));
}

export function listZones(db: Db, query: Query) {
  const { ids, total, offset } = pageIds(db, spec, query);
  return { rows: zoneRows(db, ids), total, offset };
}

/** Another zone (not `exceptId`) with this code, if any. */
export function zoneWithCode(db: Db, code: string, exceptId: string | null): { id: string } | undefined {
  return db.prepare('SELECT id FROM zone WHERE code = ? AND id IS NOT ?').get(code, exceptId) as { id: string } | undefined;
}
