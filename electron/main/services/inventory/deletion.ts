// What a delete takes with it, or what stops it. Buildings take their units and those units' leases;
// units take their leases; zones, parks and tenants with dependents are refused, naming the counts.
import type { DeletePlan, DeleteResult } from '../../../../shared/contract';
import type { EntityName } from '../../../../shared/enums';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { ChangeWriter } from '../../db/writer';

const count = (db: Db, sql: string, id: string): number => (db.prepare(sql).get(id) as { n: number }).n;

const nonZero = (counts: Partial<Record<EntityName, number>>) =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => (n ?? 0) > 0)) as Partial<Record<EntityName, number>>;

export function deletePlan(db: Db, entity: EntityName, id: string): DeletePlan {
  switch (entity) {
    case 'zone':
      return {
        cascade: {},
        blocking: nonZero({
          park: count(db, 'SELECT count(*) AS n FROM park WHERE zone_id = ?', id),
          building: count(db, 'SELECT count(*) AS n FROM building WHERE zone_id = ?', id),
          target: count(db, 'SELECT count(*) AS n FROM target WHERE zone_id = ?', id),
        }),
      };
    case 'park':
      return { cascade: {}, blocking: nonZero({ building: count(db, 'SELECT count(*) AS n FROM building WHERE park_id = ?', id) }) };
    case 'tenant':
      return { cascade: {}, blocking: nonZero({ lease: count(db, 'SELECT count(*) AS n FROM lease WHERE tenant_id = ?', id) }) };
    case 'building':
      return {
        cascade: nonZero({
          unit: count(db, 'SELECT count(*) AS n FROM unit WHERE building_id = ?', id),
          lease: count(db, 'SELECT count(*) AS n FROM lease l JOIN unit u ON u.id = l.unit_id WHERE u.building_id = ?', id),
        }),
        blocking: {},
      };
    case 'unit':
      return { cascade: nonZero({ lease: count(db, 'SELECT count(*) AS n FROM lease WHERE unit_id = ?', id) }), blocking: {} };
    default:
      return { cascade: {}, blocking: {} };
  }
}

const ids = (db: Db, sql: string, id: string): string[] => (db.prepare(sql).all(id) as { id: string }[]).map((r) => r.id);

/** Deletes the record and what cascades with it, children first, each through the change log. */
export function deleteWithDependents(w: ChangeWriter, entity: EntityName, id: string, version: number): DeleteResult {
  w.require(entity, id);
  const plan = deletePlan(w.db, entity, id);
  if (Object.keys(plan.blocking).length) {
    throw new AppError('has_dependents', `${entity} ${id} has dependent rows`, { counts: plan.blocking as Record<string, number> });
  }
  const deleted: Partial<Record<EntityName, number>> = {};
  const drop = (e: EntityName, rowIds: string[]) => {
    for (const rowId of rowIds) w.remove(e, rowId);
    if (rowIds.length) deleted[e] = (deleted[e] ?? 0) + rowIds.length;
  };
  if (entity === 'building') {
    drop('lease', ids(w.db, 'SELECT l.id FROM lease l JOIN unit u ON u.id = l.unit_id WHERE u.building_id = ?', id));
    drop('unit', ids(w.db, 'SELECT id FROM unit WHERE building_id = ?', id));
  } else if (entity === 'unit') {
    drop('lease', ids(w.db, 'SELECT id FROM lease WHERE unit_id = ?', id));
  }
  w.remove(entity, id, version);
  deleted[entity] = (deleted[entity] ?? 0) + 1;
  return { deleted };
}
