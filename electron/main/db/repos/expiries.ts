// Leases whose last day falls within a window after D, for the expiries panel.
import type { ExpiryLease } from '../../../../shared/accounting/views';
import type { Db } from '../connection';
import { activeAt } from './active';
import { lastDaySql } from './rules-sql';

const LAST_DAY = lastDaySql();

/**
 * Active leases (not reservations) whose last day falls before `@until`. The two bounded ranges let SQLite read
 * the end-date and termination indexes instead of every lease (`+start_date` keeps it off the start-date index).
 */
const ENDING = `((l.end_date >= @d AND l.end_date < @until) OR (l.terminated_on > @d AND l.terminated_on <= @until))
  AND l.kind = 'lease' AND ${activeAt('@d', { indexStart: false })}
  AND ${LAST_DAY} < @until`;

export interface EndingLease {
  /** The lease's rowid, to read the few listed ones again with their names. */
  rowid: number;
  tenantId: string;
  unitId: string;
  areaM2: number;
  lastDay: string;
}

/** Every lease active at D that ends before `until`: its tenant, unit, area and last day (no joins). */
export function endingLeases(db: Db, asOf: string, until: string): EndingLease[] {
  return db
    .prepare(
      `SELECT l.rowid AS rowid, l.tenant_id AS tenantId, l.unit_id AS unitId, l.area_m2 AS areaM2, ${LAST_DAY} AS lastDay
    FROM lease l WHERE ${ENDING}`,
    )
    .all({ d: asOf, until }) as EndingLease[];
}

/** The leases of `rowids` with their unit, building and tenant, soonest last day first (then unit label), at most `limit`. */
export function endingLeaseList(db: Db, rowids: number[], limit: number): ExpiryLease[] {
  const rows = db
    .prepare(
      `
    SELECT l.id AS leaseId, l.unit_id AS unitId, u.label AS unitLabel, b.id AS buildingId, b.name_zh AS bzh, b.name_en AS ben,
      t.name_zh AS tzh, t.name_en AS ten, l.area_m2 AS areaM2, ${LAST_DAY} AS lastDay
    FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id JOIN tenant t ON t.id = l.tenant_id
    WHERE l.rowid IN (SELECT value FROM json_each(@rows))
    ORDER BY lastDay, u.label LIMIT @limit`,
    )
    .all({ rows: JSON.stringify(rowids), limit }) as (Omit<ExpiryLease, 'buildingName' | 'tenantName'> & {
    bzh: string;
    ben: string;
    tzh: string;
    ten: string;
  })[];
  return rows.map((r) => ({
    leaseId: r.leaseId,
    unitId: r.unitId,
    unitLabel: r.unitLabel,
    buildingId: r.buildingId,
    areaM2: r.areaM2,
    lastDay: r.lastDay,
    buildingName: { zh: r.bzh, en: r.ben },
    tenantName: { zh: r.tzh, en: r.ten },
  }));
}
