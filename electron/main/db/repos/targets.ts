import type { TargetMetric } from '../../../../shared/enums';
import type { Target, TargetRow } from '../../../../shared/models';
import type { z } from 'zod';
import type { targetQuery } from '../../../../shared/validation/queries';
import type { Db } from '../connection';
import { rowToRecord, selectColumns } from '../tables';
import { localName } from './names';
import { pageIds, rowsInOrder, type ListSpec } from './paging';

type Query = z.output<typeof targetQuery>;

const spec: ListSpec<Query> = {
  from: 'target g',
  alias: 'g',
  search: ['g.label', 'g.metric'],
  sorts: { dueDate: 'g.due_date', metric: 'g.metric', label: 'g.label' },
  defaultSort: 'dueDate',
  filters: {},
};

const ROWS = `SELECT ${selectColumns('target', 'g')}, z.name_zh AS zone_name_zh, z.name_en AS zone_name_en
  FROM target g LEFT JOIN zone z ON z.id = g.zone_id WHERE g.id IN (SELECT value FROM json_each(?))`;

export function targetRows(db: Db, ids: string[]): TargetRow[] {
  return rowsInOrder<{ id: string } & Record<string, unknown>>(db, ROWS, ids).map((r) => ({
    ...rowToRecord('target', r),
    zoneName: localName(r, 'zone'),
  }));
}

export function listTargets(db: Db, query: Query) {
  const { ids, total, offset } = pageIds(db, spec, query);
  return { rows: targetRows(db, ids), total, offset };
}

const asTarget = (row: unknown): Target | null => (row ? rowToRecord('target', row as Record<string, unknown>) : null);

/** A district-wide target (no zone) of this metric, by id; null when there is none. */
export function districtTarget(db: Db, id: string, metric: TargetMetric): Target | null {
  return asTarget(db.prepare('SELECT * FROM target WHERE id = ? AND metric = ? AND zone_id IS NULL').get(id, metric));
}

/** The district target of this metric due soonest on or after D, else the one due last; null when there is none. */
export function dueDistrictTarget(db: Db, metric: TargetMetric, asOf: string): Target | null {
  return asTarget(
    db
      .prepare('SELECT * FROM target WHERE metric = ? AND zone_id IS NULL AND due_date >= ? ORDER BY due_date, start_date LIMIT 1')
      .get(metric, asOf) ??
      db.prepare('SELECT * FROM target WHERE metric = ? AND zone_id IS NULL ORDER BY due_date DESC LIMIT 1').get(metric),
  );
}
