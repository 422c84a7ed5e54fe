// The hand-written references the issue measures against, as someone would write them without the app's
// machinery: a district aggregate in one SQL statement, and the unit search as one LIKE over a join.
import type { Db } from '../electron/main/db/connection';
import { escapeLike } from '../electron/main/db/repos/paging';

/** Units × buildings × active leases, by zone. */
const PLAIN_ROLLUP = `
SELECT b.zone_id,
  sum(CASE WHEN b.delivery_date <= @d THEN u.area_m2 ELSE 0 END) AS provided,
  sum(CASE WHEN b.delivery_date <= @d THEN coalesce(a.leased, 0) ELSE 0 END) AS leased,
  sum(CASE WHEN b.delivery_date <= @d THEN coalesce(a.reserved, 0) ELSE 0 END) AS reserved
FROM unit u JOIN building b ON b.id = u.building_id
LEFT JOIN (
  SELECT unit_id, sum(CASE WHEN kind = 'lease' THEN area_m2 ELSE 0 END) AS leased,
    sum(CASE WHEN kind = 'reservation' THEN area_m2 ELSE 0 END) AS reserved
  FROM lease WHERE start_date <= @d AND (end_date IS NULL OR end_date >= @d) AND (terminated_on IS NULL OR terminated_on > @d)
  GROUP BY unit_id
) a ON a.unit_id = u.id
WHERE u.counts_toward_target = 1
GROUP BY b.zone_id`;

export function plainRollup(db: Db): (asOf: string) => unknown {
  const stmt = db.prepare(PLAIN_ROLLUP);
  return (asOf) => stmt.all({ d: asOf });
}

/** The first 100 units by label whose label or building name contains the term, with the count. */
export function plainUnitSearch(db: Db): (term: string) => unknown {
  const where = `FROM unit u JOIN building b ON b.id = u.building_id
    WHERE lower(u.label) LIKE @like ESCAPE '\\' OR lower(b.name_zh) LIKE @like ESCAPE '\\' OR lower(b.name_en) LIKE @like ESCAPE '\\'`;
  const count = db.prepare(`SELECT count(*) AS n ${where}`);
  const page = db.prepare(`SELECT u.id ${where} ORDER BY u.label, u.id LIMIT 100`);
  return (term) => {
    const like = `%${escapeLike(term.toLowerCase())}%`;
    return [count.get({ like }), page.all({ like })];
  };
}
