// What a delete takes with it, or what stops it. Buildings take their units and those units' leases;
// units take their leases; prospects take their deals; any other dependent refuses the delete, naming the counts
// (zones, parks and tenants with rows on them; buildings and units that deals name).
import type { DeletePlan, DeleteResult } from '../../../../shared/contract';
import type { EntityName } from '../../../../shared/enums';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import { cascadingKinds, dependentCounts, dependentIds } from '../../db/repos/dependents';
import type { ChangeWriter } from '../../db/writer';

export function deletePlan(db: Db, entity: EntityName, id: string): DeletePlan {
  const cascading = cascadingKinds(entity);
  const plan: DeletePlan = { cascade: {}, blocking: {} };
  for (const [kind, n] of Object.entries(dependentCounts(db, entity, id)) as [EntityName, number][]) {
    plan[cascading.includes(kind) ? 'cascade' : 'blocking'][kind] = n;
  }
  return plan;
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
  for (const [kind, rowIds] of dependentIds(w.db, entity, id)) drop(kind, rowIds);
  w.remove(entity, id, version);
  deleted[entity] = (deleted[entity] ?? 0) + 1;
  return { deleted };
}
