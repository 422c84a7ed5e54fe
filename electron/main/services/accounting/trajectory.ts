// Provided and leased space at every quarter-end from 2021 to the target's due date, from ONE pass over the
// data: each unit and lease becomes a step (+area from the day it starts counting, −area the day after it
// stops), and the quarter-ends are read off the running sums. Dates after today follow planned deliveries and
// signed leases not yet started, which makes them the projection.
import { addDays, todayIso } from '../../../../shared/dates';
import type { TrajectoryPoint, TrajectoryView } from '../../../../shared/accounting/views';
import { round2 } from '../../../../shared/accounting/figures';
import type { Db } from '../../db/connection';
import { targetsInUse, windowOf } from './targets';
import { rollupGroupsSql } from '../../db/repos/rollup-sql';

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

interface Step { from: string; to: string | null; area: number; kind: 'provided' | 'leased' }

/** Every contribution as a date span: provided area from delivery on; leased area while active and delivered. */
function steps(db: Db): Step[] {
  const provided = db.prepare(`
    SELECT b.delivery_date AS "from", NULL AS "to", u.area_m2 AS area, 'provided' AS kind
    FROM unit u JOIN building b ON b.id = u.building_id
    WHERE u.counts_toward_target = 1 AND b.delivery_date IS NOT NULL
    UNION ALL
    SELECT b.delivery_date, NULL, b.declared_rentable_m2, 'provided' FROM building b
    WHERE b.delivery_date IS NOT NULL AND b.declared_rentable_m2 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.building_id = b.id)
  `).all() as Step[];
  const leased = db.prepare(`
    SELECT max(l.start_date, b.delivery_date) AS "from",
      CASE WHEN l.terminated_on IS NULL THEN l.end_date
           WHEN l.end_date IS NULL OR date(l.terminated_on, '-1 day') < l.end_date THEN date(l.terminated_on, '-1 day')
           ELSE l.end_date END AS "to",
      l.area_m2 AS area, 'leased' AS kind
    FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id
    WHERE l.kind = 'lease' AND u.counts_toward_target = 1 AND b.delivery_date IS NOT NULL
  `).all() as Step[];
  return [...provided, ...leased];
}

export function trajectory(db: Db, pick: { spaceTargetId?: string; firmsTargetId?: string }, today = todayIso()): TrajectoryView {
  const targets = targetsInUse(db, today, pick);
  const due = targets.space?.dueDate ?? `${Number(today.slice(0, 4)) + 1}-12-31`;
  const dates = [...new Set([...quarterEnds(FIRST_YEAR, due > today ? due : today), ...(targets.space ? [due] : [])])].sort();
  // Changes by day: +area on `from`, −area on the day after `to`.
  const delta = new Map<string, { provided: number; leased: number }>();
  const bump = (day: string, kind: Step['kind'], area: number) => {
    const d = delta.get(day) ?? { provided: 0, leased: 0 };
    d[kind] += area;
    delta.set(day, d);
  };
  for (const s of steps(db)) {
    if (s.to !== null && s.to < s.from) continue;
    bump(s.from, s.kind, s.area);
    if (s.to !== null) bump(addDays(s.to, 1), s.kind, -s.area);
  }
  const days = [...delta.keys()].sort();
  const points: TrajectoryPoint[] = [];
  let i = 0;
  let provided = 0;
  let leased = 0;
  for (const date of dates) {
    while (i < days.length && (days[i] as string) <= date) {
      const d = delta.get(days[i] as string)!;
      provided += d.provided;
      leased += d.leased;
      i += 1;
    }
    points.push({ date, providedM2: round2(provided), leasedM2: round2(leased), projected: date > today });
  }
  const last = targets.space ? points.find((p) => p.date === targets.space?.dueDate) : undefined;
  return {
    targets,
    points,
    atDue: last && targets.space ? { date: last.date, providedM2: last.providedM2, gapM2: round2(last.providedM2 - targets.space.value) } : null,
  };
}

/** The same figure the roll-up gives at one date, for tests that hold the trajectory to it. */
export function providedAndLeasedAt(db: Db, asOf: string): { providedM2: number; leasedM2: number } {
  const groups = rollupGroupsSql(db, asOf, 'zone', windowOf({ space: null, firms: null }));
  return {
    providedM2: round2(groups.reduce((s, g) => s + g.sums.providedM2, 0)),
    leasedM2: round2(groups.reduce((s, g) => s + g.sums.leasedM2, 0)),
  };
}
