// The data-quality panel: what a manager should fix before trusting the figures.
import type { QualityView } from '../../../../shared/accounting/views';
import { checkUscc } from '../../../../shared/uscc';
import type { Db } from '../../db/connection';
import { rentableMismatchSql } from '../../db/repos/rules-sql';

const LIMIT = 200;

type NameRow = { id: string; zh: string; en: string };
const named = (rows: NameRow[]) => rows.map((r) => ({ id: r.id, name: { zh: r.zh, en: r.en } }));

export function quality(db: Db, asOf: string): QualityView {
  const mismatched = db.prepare(`
    SELECT b.id, b.name_zh AS zh, b.name_en AS en, s.total AS unitSumM2, b.declared_rentable_m2 AS declaredM2
    FROM building b JOIN (SELECT building_id, sum(area_m2) AS total FROM unit GROUP BY building_id) s ON s.building_id = b.id
    WHERE ${rentableMismatchSql('s.total', 'b.declared_rentable_m2')}
    ORDER BY abs(s.total - b.declared_rentable_m2) / b.declared_rentable_m2 DESC`).all() as (NameRow & { unitSumM2: number; declaredM2: number })[];
  const noFootprint = db.prepare('SELECT id, name_zh AS zh, name_en AS en FROM building WHERE footprint IS NULL ORDER BY name_zh').all() as NameRow[];
  const noDelivery = db.prepare('SELECT id, name_zh AS zh, name_en AS en FROM building WHERE delivery_date IS NULL ORDER BY name_zh').all() as NameRow[];
  const badTenants = (db.prepare('SELECT id, name_zh AS zh, name_en AS en, uscc FROM tenant ORDER BY name_zh').all() as (NameRow & { uscc: string })[])
    .map((t) => ({ ...t, problem: t.uscc === '' ? ('missing' as const) : checkUscc(t.uscc) }))
    .filter((t): t is typeof t & { problem: NonNullable<typeof t.problem> } => t.problem !== null);
  const pastEndCount = (db.prepare('SELECT count(*) AS n FROM lease WHERE end_date < ? AND terminated_on IS NULL').get(asOf) as { n: number }).n;
  const pastEnd = db.prepare(`
    SELECT l.id, t.name_zh AS tzh, t.name_en AS ten, u.label AS unitLabel, b.name_zh AS bzh, b.name_en AS ben, l.end_date AS endDate
    FROM lease l JOIN tenant t ON t.id = l.tenant_id JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id
    WHERE l.end_date < ? AND l.terminated_on IS NULL ORDER BY l.end_date LIMIT ${LIMIT}`).all(asOf) as {
      id: string; tzh: string; ten: string; unitLabel: string; bzh: string; ben: string; endDate: string;
    }[];
  return {
    mismatchedBuildings: mismatched.slice(0, LIMIT).map((r) => ({
      id: r.id, name: { zh: r.zh, en: r.en }, unitSumM2: r.unitSumM2, declaredM2: r.declaredM2,
      difference: (r.unitSumM2 - r.declaredM2) / r.declaredM2,
    })),
    buildingsWithoutFootprint: named(noFootprint.slice(0, LIMIT)),
    buildingsWithoutDeliveryDate: named(noDelivery.slice(0, LIMIT)),
    tenantsWithoutValidCode: badTenants.slice(0, LIMIT).map((t) => ({ id: t.id, name: { zh: t.zh, en: t.en }, uscc: t.uscc, problem: t.problem })),
    leasesPastEnd: pastEnd.map((r) => ({
      id: r.id, tenantName: { zh: r.tzh, en: r.ten }, unitLabel: r.unitLabel, buildingName: { zh: r.bzh, en: r.ben }, endDate: r.endDate,
    })),
    counts: {
      mismatchedBuildings: mismatched.length,
      buildingsWithoutFootprint: noFootprint.length,
      buildingsWithoutDeliveryDate: noDelivery.length,
      tenantsWithoutValidCode: badTenants.length,
      leasesPastEnd: pastEndCount,
    },
  };
}
