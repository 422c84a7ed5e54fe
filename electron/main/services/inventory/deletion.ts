// What a delete takes with it, or what stops it. Buildings take their units and those units' leases;
// units take their leases; zones, parks and tenants with dependents are refused, naming the counts.
import type { DeletePlan, DeleteResult } from '../../../../shared/contract';
import type { EntityName } from '../../../../shared/enums';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import { dependentCounts, dependentIds } from '../../db/repos/dependents';
import type { ChangeWriter } from '../../db/writer';

/** Zones, parks and tenants refuse a delete while rows depend on them; buildings and units take theirs along. */
const CASCADES: readonly EntityName[] = ['building', 'unit'];

export function deletePlan(db: Db, entity: EntityName, id: string): DeletePlan {
  const counts = dependentCounts(db, entity, id);
  return CASCADES.includes(entity) ? { cascade: counts, blocking: {} } : { cascade: {}, blocking: counts };
}

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
  if (entity === 'building' || entity === 'unit') {
    const dependents = dependentIds(w.db, entity, id);
    drop('lease', dependents.lease);
    drop('unit', dependents.unit);
  }
  w.remove(entity, id, version);
  deleted[entity] = (deleted[entity] ?? 0) + 1;
  return { deleted };
}
