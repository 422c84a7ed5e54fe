// The rows behind the data-quality panel: what a manager should fix before trusting the figures.
import type { LocalName } from '../../../../shared/models';
import type { Db } from '../connection';
import { rentableMismatchSql } from './rules-sql';

type NameRow = { id: string; zh: string; en: string };
const named = <R extends NameRow>({ zh, en, ...rest }: R) => ({ ...rest, name: { zh, en } as LocalName });

/** Buildings whose units add up to more than 1 % off the declared rentable area, the largest relative difference first. */
export function mismatchedBuildings(db: Db): { id: string; name: LocalName; unitSumM2: number; declaredM2: number }[] {
  return (
    db
      .prepare(
        `
    SELECT b.id, b.name_zh AS zh, b.name_en AS en, s.total AS unitSumM2, b.declared_rentable_m2 AS declaredM2
    FROM building b JOIN (SELECT building_id, sum(area_m2) AS total FROM unit GROUP BY building_id) s ON s.building_id = b.id
    WHERE ${rentableMismatchSql('s.total', 'b.declared_rentable_m2')}
    ORDER BY abs(s.total - b.declared_rentable_m2) / b.declared_rentable_m2 DESC`,
      )
      .all() as (NameRow & { unitSumM2: number; declaredM2: number })[]
  ).map(named);
}

export function buildingsWithoutFootprint(db: Db): { id: string; name: LocalName }[] {
  return (
    db.prepare('SELECT id, name_zh AS zh, name_en AS en FROM building WHERE footprint IS NULL ORDER BY name_zh').all() as NameRow[]
  ).map(named);
}

export function buildingsWithoutDeliveryDate(db: Db): { id: string; name: LocalName }[] {
  return (
    db.prepare('SELECT id, name_zh AS zh, name_en AS en FROM building WHERE delivery_date IS NULL ORDER BY name_zh').all() as NameRow[]
  ).map(named);
}

/** Every tenant's credit code, by Chinese name. */
export function tenantCodes(db: Db): { id: string; name: LocalName; uscc: string }[] {
  return (
    db.prepare('SELECT id, name_zh AS zh, name_en AS en, uscc FROM tenant ORDER BY name_zh').all() as (NameRow & { uscc: string })[]
  ).map(named);
}

const PAST_END = 'l.end_date < ? AND l.terminated_on IS NULL';

export function countLeasesPastEnd(db: Db, asOf: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM lease l WHERE ${PAST_END}`).get(asOf) as { n: number }).n;
}

/** Leases whose end date has passed at D without being terminated, oldest end first, at most `limit`. */
export function leasesPastEnd(
  db: Db,
  asOf: string,
  limit: number,
): { id: string; tenantName: LocalName; unitLabel: string; buildingName: LocalName; endDate: string }[] {
  const rows = db
    .prepare(
      `
    SELECT l.id, t.name_zh AS tzh, t.name_en AS ten, u.label AS unitLabel, b.name_zh AS bzh, b.name_en AS ben, l.end_date AS endDate
    FROM lease l JOIN tenant t ON t.id = l.tenant_id JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id
    WHERE ${PAST_END} ORDER BY l.end_date LIMIT ?`,
    )
    .all(asOf, limit) as {
    id: string;
    tzh: string;
    ten: string;
    unitLabel: string;
    bzh: string;
    ben: string;
    endDate: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    tenantName: { zh: r.tzh, en: r.ten },
    unitLabel: r.unitLabel,
    buildingName: { zh: r.bzh, en: r.ben },
    endDate: r.endDate,
  }));
}
