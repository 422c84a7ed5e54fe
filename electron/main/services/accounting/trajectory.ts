// Provided and leased space at every quarter-end from 2021 to the target's due date, all read off one sweep
// of the compiled inventory (shared/accounting/trajectory.ts). Dates after today follow planned deliveries and
// signed leases not yet started, which makes them the projection.
import { addMonths, todayIso } from '../../../../shared/dates';
import { trajectoryPoints } from '../../../../shared/accounting/trajectory';
import { inventoryIndex } from './snapshot';
import type { TrajectoryPoint, TrajectoryView } from '../../../../shared/accounting/views';
import { gapToTarget } from '../../../../shared/accounting/rules';
import type { Db } from '../../db/connection';
import { targetsInUse } from './targets';

const FIRST_YEAR = 2021;

export function quarterEnds(fromYear: number, until: string): string[] {
  const out: string[] = [];
  for (let y = fromYear; ; y += 1) {
    for (const md of ['03-31', '06-30', '09-30', '12-31']) {
      const d = `${y}-${md}`;
      if (d > until) return out;
      out.push(d);
    }
  }
}

export function trajectory(db: Db, pick: { spaceTargetId?: string; firmsTargetId?: string }, today = todayIso()): TrajectoryView {
  const targets = targetsInUse(db, today, pick);
  // Through the due date, and always at least four quarters past today so there is a projection to see.
  const horizon = addMonths(today, 12);
  const due = targets.space?.dueDate ?? horizon;
  const dates = [...new Set([...quarterEnds(FIRST_YEAR, due > horizon ? due : horizon), ...(targets.space ? [due] : [])])].sort();
  const points: TrajectoryPoint[] = trajectoryPoints(inventoryIndex(db), dates).map((p) => ({ ...p, projected: p.date > today }));
  const last = targets.space ? points.find((p) => p.date === targets.space?.dueDate) : undefined;
  return {
    targets,
    points,
    atDue:
      last && targets.space
        ? { date: last.date, providedM2: last.providedM2, gapM2: gapToTarget(last.providedM2, targets.space.value) }
        : null,
  };
}
