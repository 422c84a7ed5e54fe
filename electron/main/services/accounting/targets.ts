// Which targets the figures are measured against: the ones picked, else the district target of each metric
// due soonest on or after the as-of date (or the latest one, once all are past).
import type { TargetsInUse } from '../../../../shared/accounting/views';
import type { TargetWindow } from '../../../../shared/accounting/rollup';
import type { TargetMetric } from '../../../../shared/enums';
import { AppError } from '../../../../shared/errors';
import type { Target } from '../../../../shared/models';
import type { Db } from '../../db/connection';
import { districtTarget, dueDistrictTarget } from '../../db/repos/targets';

function byId(db: Db, id: string, metric: TargetMetric): Target {
  const target = districtTarget(db, id, metric);
  if (!target) throw new AppError('not_found', `district target ${id} (${metric}) not found`, { entity: 'target', id });
  return target;
}

export function targetsInUse(db: Db, asOf: string, pick: { spaceTargetId?: string; firmsTargetId?: string }): TargetsInUse {
  return {
    space: pick.spaceTargetId ? byId(db, pick.spaceTargetId, 'space_provided_m2') : dueDistrictTarget(db, 'space_provided_m2', asOf),
    firms: pick.firmsTargetId ? byId(db, pick.firmsTargetId, 'new_firms') : dueDistrictTarget(db, 'new_firms', asOf),
  };
}

export function windowOf(targets: TargetsInUse): TargetWindow {
  return {
    spaceTargetM2: targets.space?.value ?? null,
    firms: targets.firms ? { startDate: targets.firms.startDate, dueDate: targets.firms.dueDate } : null,
  };
}
