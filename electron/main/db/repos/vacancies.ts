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

/** Sort keys → columns of the vacancy select. */
const VACANCY_SORT: Record<NonNullable<z.output<typeof vacancyQuery>['sortBy']>, string> = {
  areaM2: 'areaM2', availableM2: 'available', floor: 'floor', zone: 'zoneCode', building: 'bzh',
};

export function vacancyPage(db: Db, q: z.output<typeof vacancyQuery>): Page<VacancyRow> {
  const where = ['u.counts_toward_target = 1', 'u.out_of_service = 0', deliveredSql('@d')];
  if (q.zoneId) where.push('b.zone_id = @zone');
  if (q.parkId) where.push('b.park_id = @park');
  if (q.use) where.push('u.use = @use');
  const base = `
    WITH active AS (SELECT l.unit_id, sum(l.area_m2) AS taken FROM lease l WHERE ${activeAt('@d')} GROUP BY l.unit_id)
    SELECT u.id AS unitId, u.label, u.floor, u.use, u.area_m2 AS areaM2, u.area_m2 - coalesce(a.taken, 0) AS available,
      b.id AS buildingId, b.name_zh AS bzh, b.name_en AS ben, z.id AS zoneId, z.code AS zoneCode, z.name_zh AS zzh, z.name_en AS zen
    FROM unit u JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id LEFT JOIN active a ON a.unit_id = u.id
    WHERE ${where.join(' AND ')}`;
  const params = { d: q.asOf, zone: q.zoneId ?? null, park: q.parkId ?? null, use: q.use ?? null, min: q.minAreaM2 ?? 0.005 };
  const filtered = `SELECT * FROM (${base}) WHERE available >= @min`;
  const total = (db.prepare(`SELECT count(*) AS n FROM (${filtered})`).get(params) as { n: number }).n;
  const dir = q.sortDir === 'asc' ? 'ASC' : 'DESC';
  const offset = q.offset ?? 0;
  const rows = db.prepare(`${filtered} ORDER BY ${VACANCY_SORT[q.sortBy ?? 'availableM2']} ${dir}, unitId LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit ?? 200, offset }) as {
      unitId: string; label: string; floor: number; use: VacancyRow['use']; areaM2: number; available: number;
      buildingId: string; bzh: string; ben: string; zoneId: string; zzh: string; zen: string;
    }[];
  return {
    total,
    offset,
    rows: rows.map((r) => ({
      unitId: r.unitId, label: r.label, floor: r.floor, use: r.use, areaM2: r.areaM2, availableM2: round2(r.available),
      buildingId: r.buildingId, buildingName: { zh: r.bzh, en: r.ben }, zoneId: r.zoneId, zoneName: { zh: r.zzh, en: r.zen },
    })),
  };
}
