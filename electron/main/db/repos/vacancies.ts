// The vacancy list a manager hands to a prospective tenant: counted, in-service units of delivered buildings
// with space that no active lease or reservation holds at D.
import { round2 } from '../../../../shared/accounting/figures';
import type { VacancyRow } from '../../../../shared/accounting/views';
import type { Page } from '../../../../shared/models';
import type { vacancyQuery } from '../../../../shared/validation/queries';
import type { z } from 'zod';
import type { Db } from '../connection';
import { activeAt } from './active';
import { deliveredSql } from './rules-sql';

/** Sort keys → SQL expressions over the vacancy scan. */
const VACANCY_SORT: Record<NonNullable<z.output<typeof vacancyQuery>['sortBy']>, string> = {
  areaM2: 'u.area_m2',
  availableM2: 'u.area_m2 - coalesce(a.taken, 0)',
  floor: 'u.floor',
  zone: '(SELECT code FROM zone WHERE id = b.zone_id)',
  building: 'b.name_zh',
};

export function vacancyPage(db: Db, q: z.output<typeof vacancyQuery>): Page<VacancyRow> {
  const where = ['u.counts_toward_target = 1', 'u.out_of_service = 0', deliveredSql('@d')];
  if (q.zoneId) where.push('b.zone_id = @zone');
  if (q.parkId) where.push('b.park_id = @park');
  if (q.use) where.push('u.use = @use');
  const dir = q.sortDir === 'asc' ? 'ASC' : 'DESC';
  // One pass finds the page (by rowid, carrying only the sort key through the sort) and counts every match
  // (the window count is taken before LIMIT); names are joined for the page's rows only.
  const scan = `
    WITH active AS (SELECT l.unit_id, sum(l.area_m2) AS taken FROM lease l WHERE ${activeAt('@d')} GROUP BY l.unit_id),
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
  const params = {
    d: q.asOf,
    zone: q.zoneId ?? null,
    park: q.parkId ?? null,
    use: q.use ?? null,
    min: q.minAreaM2 ?? 0.005,
    limit: q.limit ?? 200,
    offset,
  };
  const rows = db.prepare(scan).all(params) as {
    unitId: string;
    label: string;
    floor: number;
    use: VacancyRow['use'];
    areaM2: number;
    available: number;
    total: number;
    buildingId: string;
    bzh: string;
    ben: string;
    zoneId: string;
    zzh: string;
    zen: string;
  }[];
  // A page past the end has no row to carry the count: count again without the page.
  const total = rows[0]?.total ?? (offset > 0 ? vacancyPage(db, { ...q, offset: 0, limit: 1 }).total : 0);
  return {
    total,
    offset,
    rows: rows.map((r) => ({
      unitId: r.unitId,
      label: r.label,
      floor: r.floor,
      use: r.use,
      areaM2: r.areaM2,
      availableM2: round2(r.available),
      buildingId: r.buildingId,
      buildingName: { zh: r.bzh, en: r.ben },
      zoneId: r.zoneId,
      zoneName: { zh: r.zzh, en: r.zen },
    })),
  };
}
