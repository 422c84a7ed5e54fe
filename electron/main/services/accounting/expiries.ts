// Leases ending in the next 3, 6 and 12 months (cumulative), and the vacancy list a manager hands to a
// prospective tenant: units with space still available at D.
import { addMonths } from '../../../../shared/dates';
import { round2 } from '../../../../shared/accounting/figures';
import type { ExpiriesView, ExpiryLease, VacancyRow } from '../../../../shared/accounting/views';
import type { Page } from '../../../../shared/models';
import type { z } from 'zod';
import type { vacancyQuery } from '../../../../shared/validation/queries';
import type { Db } from '../../db/connection';
import { activeAt } from '../../db/repos/active';

/** Last day a lease occupies its unit, in SQL (terminated on D → D − 1). */
export const LAST_DAY_SQL = `CASE WHEN l.terminated_on IS NULL THEN l.end_date
  WHEN l.end_date IS NULL OR date(l.terminated_on, '-1 day') < l.end_date THEN date(l.terminated_on, '-1 day')
  ELSE l.end_date END`;
const ACTIVE = activeAt('@d');
const LIST_LIMIT = 500;

/**
 * Active leases whose last day falls before `until`. The two bounded ranges let SQLite read the end-date and
 * termination indexes instead of every lease (`+start_date` keeps it off the start-date index).
 */
const ENDING = `((l.end_date >= @d AND l.end_date < @until) OR (l.terminated_on > @d AND l.terminated_on <= @until))
  AND l.kind = 'lease' AND ${activeAt('@d', { indexStart: false })}
  AND ${LAST_DAY_SQL} < @until`;

export function expiries(db: Db, asOf: string): ExpiriesView {
  // One pass over the year's expiring leases (no joins) gives all three cumulative buckets.
  const ending = db.prepare(`SELECT l.rowid AS r, l.tenant_id AS tenant, l.unit_id AS unit, l.area_m2 AS area, ${LAST_DAY_SQL} AS lastDay FROM lease l WHERE ${ENDING}`)
    .all({ d: asOf, until: addMonths(asOf, 12) }) as { r: number; tenant: string; unit: string; area: number; lastDay: string }[];
  const buckets = ([3, 6, 12] as const).map((months) => {
    const until = addMonths(asOf, months);
    const inside = ending.filter((r) => r.lastDay < until);
    return {
      months,
      areaM2: round2(inside.reduce((sum, r) => sum + r.area, 0)),
      tenantCount: new Set(inside.map((r) => r.tenant)).size,
      unitCount: new Set(inside.map((r) => r.unit)).size,
    };
  });
  // The list shows the first 500 by last day (then unit label): only those ending on or before the 500th last
  // day, ties included, are read again with their names.
  const cutoff = ending.map((r) => r.lastDay).sort()[LIST_LIMIT - 1];
  const first = cutoff === undefined ? ending : ending.filter((r) => r.lastDay <= cutoff);
  const rows = db.prepare(`
    SELECT l.id AS leaseId, l.unit_id AS unitId, u.label AS unitLabel, b.id AS buildingId, b.name_zh AS bzh, b.name_en AS ben,
      t.name_zh AS tzh, t.name_en AS ten, l.area_m2 AS areaM2, ${LAST_DAY_SQL} AS lastDay
    FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id JOIN tenant t ON t.id = l.tenant_id
    WHERE l.rowid IN (SELECT value FROM json_each(@rows))
    ORDER BY lastDay, u.label LIMIT ${LIST_LIMIT}`).all({ rows: JSON.stringify(first.map((r) => r.r)) }) as (Omit<ExpiryLease, 'buildingName' | 'tenantName'> & {
      bzh: string; ben: string; tzh: string; ten: string;
    })[];
  const leases: ExpiryLease[] = rows.map((r) => ({
    leaseId: r.leaseId, unitId: r.unitId, unitLabel: r.unitLabel, buildingId: r.buildingId, areaM2: r.areaM2, lastDay: r.lastDay,
    buildingName: { zh: r.bzh, en: r.ben }, tenantName: { zh: r.tzh, en: r.ten },
  }));
  return { asOf, buckets, leases };
}

/** Sort keys → SQL expressions over the vacancy scan. */
const VACANCY_SORT: Record<NonNullable<z.output<typeof vacancyQuery>['sortBy']>, string> = {
  areaM2: 'u.area_m2', availableM2: 'u.area_m2 - coalesce(a.taken, 0)', floor: 'u.floor', zone: '(SELECT code FROM zone WHERE id = b.zone_id)', building: 'b.name_zh',
};

export function vacancies(db: Db, q: z.output<typeof vacancyQuery>): Page<VacancyRow> {
  const where = ['u.counts_toward_target = 1', 'u.out_of_service = 0', 'b.delivery_date IS NOT NULL', 'b.delivery_date <= @d'];
  if (q.zoneId) where.push('b.zone_id = @zone');
  if (q.use) where.push('u.use = @use');
  const dir = q.sortDir === 'asc' ? 'ASC' : 'DESC';
  // One pass finds the page (by rowid, carrying only the sort key through the sort) and counts every match
  // (the window count is taken before LIMIT); names are joined for the page's rows only.
  const scan = `
    WITH active AS (SELECT l.unit_id, sum(l.area_m2) AS taken FROM lease l WHERE ${ACTIVE} GROUP BY l.unit_id),
    page AS (
      SELECT u.rowid AS r, ${VACANCY_SORT[q.sortBy ?? 'availableM2']} AS k, u.area_m2 - coalesce(a.taken, 0) AS available, count(*) OVER () AS total
      FROM unit u JOIN building b ON b.id = u.building_id LEFT JOIN active a ON a.unit_id = u.id
      WHERE ${where.join(' AND ')} AND u.area_m2 - coalesce(a.taken, 0) >= @min
      ORDER BY k ${dir}, u.id LIMIT @limit OFFSET @offset)
    SELECT u.id AS unitId, u.label, u.floor, u.use, u.area_m2 AS areaM2, page.available, page.total,
      b.id AS buildingId, b.name_zh AS bzh, b.name_en AS ben, z.id AS zoneId, z.name_zh AS zzh, z.name_en AS zen
    FROM page CROSS JOIN unit u ON u.rowid = page.r JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id
    ORDER BY page.k ${dir}, u.id`;
  const offset = q.offset ?? 0;
  const params = { d: q.asOf, zone: q.zoneId ?? null, use: q.use ?? null, min: q.minAreaM2 ?? 0.005, limit: q.limit ?? 200, offset };
  const rows = db.prepare(scan).all(params) as {
    unitId: string; label: string; floor: number; use: VacancyRow['use']; areaM2: number; available: number; total: number;
    buildingId: string; bzh: string; ben: string; zoneId: string; zzh: string; zen: string;
  }[];
  // A page past the end has no row to carry the count: count again without the page.
  const total = rows[0]?.total ?? (offset > 0 ? vacancies(db, { ...q, offset: 0, limit: 1 }).total : 0);
  return {
    total,
    offset,
    rows: rows.map((r) => ({
      unitId: r.unitId, label: r.label, floor: r.floor, use: r.use, areaM2: r.areaM2, availableM2: round2(r.available),
      buildingId: r.buildingId, buildingName: { zh: r.bzh, en: r.ben }, zoneId: r.zoneId, zoneName: { zh: r.zzh, en: r.zen },
    })),
  };
}
