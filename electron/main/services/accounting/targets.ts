// Which targets the figures are measured against: the ones picked, else the district target of each metric
// due soonest on or after the as-of date (or the latest one, once all are past).
import type { TargetsInUse } from '../../../../shared/accounting/views';
import type { TargetWindow } from '../../../../shared/accounting/rollup';
import type { TargetMetric } from '../../../../shared/enums';
import { AppError } from '../../../../shared/errors';
import type { Target } from '../../../../shared/models';
import type { Db } from '../../db/connection';
import { rowToRecord } from '../../db/tables';

function byId(db: Db, id: string, metric: TargetMetric): Target {
  const row = db.prepare('SELECT * FROM target WHERE id = ? AND metric = ? AND zone_id IS NULL').get(id, metric) as Record<string, unknown> | undefined;
  if (!row) throw new AppError('not_found', `district target ${id} (${metric}) not found`, { entity: 'target', id });
  return rowToRecord('target', row);
}

function defaultTarget(db: Db, metric: TargetMetric, asOf: string): Target | null {
  const row = (db
    .prepare("SELECT * FROM target WHERE metric = ? AND zone_id IS NULL AND due_date >= ? ORDER BY due_date, start_date LIMIT 1")
    .get(metric, asOf) ??
    db.prepare('SELECT * FROM target WHERE metric = ? AND zone_id IS NULL ORDER BY due_date DESC LIMIT 1').get(metric)) as
    | Record<string, unknown>
    | undefined;
  return row ? rowToRecord('target', row) : null;
}

export function targetsInUse(db: Db, asOf: string, pick: { spaceTargetId?: string; firmsTargetId?: string }): TargetsInUse {
  return {
    space: pick.spaceTargetId ? byId(db, pick.spaceTargetId, 'space_provided_m2') : defaultTarget(db, 'space_provided_m2', asOf),
    firms: pick.firmsTargetId ? byId(db, pick.firmsTargetId, 'new_firms') : defaultTarget(db, 'new_firms', asOf),
  };
}

export function windowOf(targets: TargetsInUse): TargetWindow {
  return {
    spaceTargetM2: targets.space?.value ?? null,
    firms: targets.firms ? { startDate: targets.firms.startDate, dueDate: targets.firms.dueDate } : null,
  };
}
