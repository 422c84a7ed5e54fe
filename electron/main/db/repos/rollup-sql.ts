// The roll-up in SQL, for large databases: the same figures as shared/accounting/rollup.ts (a property test
// holds the two together), computed by SQLite without loading rows into JavaScript.
import { emptySums, type AreaSums } from '../../../../shared/accounting/figures';
import type { GroupSums, RollupGroup, TargetWindow } from '../../../../shared/accounting/rollup';
import type { Db } from '../connection';
import { activeAt } from './active';
import { deliveredSql, newFirmSql } from './rules-sql';

const UNIT_KEY: Record<RollupGroup, string> = {
  zone: 'b.zone_id',
  park: "coalesce(b.park_id, '')",
  building: 'b.id',
  floor: "b.id || ':' || u.floor",
  use: 'u.use',
};
const BUILDING_KEY: Record<RollupGroup, string> = {
  zone: 'b.zone_id',
  park: "coalesce(b.park_id, '')",
  building: 'b.id',
  floor: "b.id || ':'",
  use: "''",
};

const ACTIVE = activeAt('@d');
const DELIVERED = deliveredSql('@d');

/** Restricts to one zone, park or building (`@w`), for level-by-level break-downs. */
const within = (w: boolean) => (w ? ' AND (b.zone_id = @w OR b.park_id = @w OR b.id = @w)' : '');

const unitSql = (by: RollupGroup, w: boolean) => `
WITH active AS (
  SELECT l.unit_id,
    sum(CASE WHEN l.kind = 'lease' THEN l.area_m2 ELSE 0 END) AS leased,
    sum(CASE WHEN l.kind = 'reservation' THEN l.area_m2 ELSE 0 END) AS reserved
  FROM lease l WHERE ${ACTIVE} GROUP BY l.unit_id
), per_unit AS (
  SELECT ${UNIT_KEY[by]} AS key, u.area_m2 AS area, u.out_of_service AS oos, ${DELIVERED} AS delivered,
    coalesce(a.leased, 0) AS leased, coalesce(a.reserved, 0) AS reserved
  FROM unit u JOIN building b ON b.id = u.building_id LEFT JOIN active a ON a.unit_id = u.id
  WHERE u.counts_toward_target = 1${within(w)}
)
SELECT key,
  total(CASE WHEN delivered THEN area END) AS providedM2,
  total(CASE WHEN delivered THEN leased END) AS leasedM2,
  total(CASE WHEN delivered THEN reserved END) AS reservedM2,
  total(CASE WHEN delivered AND oos THEN max(0, area - leased - reserved) END) AS outOfServiceM2,
  total(CASE WHEN delivered AND NOT oos THEN max(0, area - leased - reserved) END) AS availableM2,
  total(CASE WHEN delivered THEN 0 ELSE area END) AS pipelineM2,
  total(CASE WHEN delivered THEN 0 ELSE leased END) AS preLetM2
FROM per_unit GROUP BY key`;

const declaredSql = (by: RollupGroup, w: boolean) => `
SELECT ${BUILDING_KEY[by]} AS key,
  total(CASE WHEN ${DELIVERED} THEN b.declared_rentable_m2 END) AS providedM2,
  total(CASE WHEN ${DELIVERED} THEN b.declared_rentable_m2 END) AS availableM2,
  total(CASE WHEN ${DELIVERED} THEN 0 ELSE b.declared_rentable_m2 END) AS pipelineM2
FROM building b
WHERE b.declared_rentable_m2 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.building_id = b.id)${within(w)}
GROUP BY key`;

const NEW_FIRM = newFirmSql('@d', '@start', '@due');

const firmsSql = (by: RollupGroup, w: boolean) => `
SELECT ${UNIT_KEY[by]} AS key, count(DISTINCT l.tenant_id) AS n
FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id JOIN tenant t ON t.id = l.tenant_id
WHERE ${ACTIVE} AND u.counts_toward_target = 1 AND ${NEW_FIRM}${within(w)}
GROUP BY key`;

export function rollupGroupsSql(db: Db, asOf: string, by: RollupGroup, window: TargetWindow, withinId?: string): GroupSums[] {
  const w = withinId !== undefined;
  const scope = w ? { w: withinId } : {};
  const groups = new Map<string, GroupSums>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, sums: emptySums(), newFirms: 0 }));
    return g;
  };
  for (const row of db.prepare(unitSql(by, w)).all({ d: asOf, ...scope }) as (AreaSums & { key: string })[]) {
    const { key, ...sums } = row;
    Object.assign(group(key).sums, sums);
  }
  for (const row of db.prepare(declaredSql(by, w)).all({ d: asOf, ...scope }) as (Partial<AreaSums> & { key: string })[]) {
    const g = group(row.key);
    g.sums.providedM2 += row.providedM2 ?? 0;
    g.sums.availableM2 += row.availableM2 ?? 0;
    g.sums.pipelineM2 += row.pipelineM2 ?? 0;
  }
  if (window.firms) {
    const params = { d: asOf, start: window.firms.startDate, due: window.firms.dueDate, ...scope };
    for (const row of db.prepare(firmsSql(by, w)).all(params) as { key: string; n: number }[]) {
      const g = groups.get(row.key);
      if (g) g.newFirms = row.n;
    }
  }
  return [...groups.values()];
}

export function newFirmsSql(db: Db, asOf: string, window: TargetWindow): number {
  if (!window.firms) return 0;
  const params = { d: asOf, start: window.firms.startDate, due: window.firms.dueDate };
  return (db.prepare(`SELECT count(*) AS n FROM tenant t WHERE ${NEW_FIRM}`).get(params) as { n: number }).n;
}
