// Deals (tenant attraction, 招商): the generic list rows, and what the pipeline reads — every deal with its
// prospect's names, the units deals name and the leases they created.
import type { UnitUse } from '../../../../shared/enums';
import type { Deal, DealRow, LocalName } from '../../../../shared/models';
import type { DealLease, DealUnit } from '../../../../shared/pipeline/views';
import type { z } from 'zod';
import type { dealQuery } from '../../../../shared/validation/queries';
import type { Db } from '../connection';
import { rowToRecord, selectColumns } from '../tables';
import { localName, requiredName } from './names';
import { pageIds, rowsInOrder, type ListSpec } from './paging';

type Query = z.output<typeof dealQuery>;

const spec: ListSpec<Query> = {
  from: 'deal d',
  joins: [{ alias: 'p', sql: 'JOIN prospect p ON p.id = d.prospect_id' }],
  alias: 'd',
  search: ['p.name_zh', 'p.name_en', 'p.manager'],
  sorts: { prospect: 'p.name_zh', stage: 'd.stage', stageOn: 'd.stage_on', areaM2: 'd.area_m2', startDate: 'd.start_date' },
  defaultSort: 'stageOn',
  filters: { prospectId: (v) => ['d.prospect_id = ?', [v]], stage: (v) => ['d.stage = ?', [v]] },
};

const JOINED = `SELECT ${selectColumns('deal', 'd')}, p.name_zh AS prospect_name_zh, p.name_en AS prospect_name_en, p.manager AS manager,
  p.category AS category, coalesce(b.zone_id, p.zone_id) AS row_zone_id, b.name_zh AS building_name_zh, b.name_en AS building_name_en
  FROM deal d JOIN prospect p ON p.id = d.prospect_id LEFT JOIN building b ON b.id = d.building_id`;

function toRow(r: Record<string, unknown>): DealRow {
  return {
    ...rowToRecord('deal', r),
    prospectName: requiredName(r, 'prospect'),
    manager: String(r.manager),
    category: r.category as DealRow['category'],
    zoneId: (r.row_zone_id as string | null) ?? null,
    buildingName: localName(r, 'building'),
  };
}

export function dealRows(db: Db, ids: string[]): DealRow[] {
  return rowsInOrder<{ id: string } & Record<string, unknown>>(db, `${JOINED} WHERE d.id IN (SELECT value FROM json_each(?))`, ids).map(
    toRow,
  );
}

export function listDeals(db: Db, query: Query) {
  const { ids, total, offset } = pageIds(db, spec, query);
  return { rows: dealRows(db, ids), total, offset };
}

/** Every deal with its prospect's names (a district has hundreds, not thousands). */
export function allDealRows(db: Db): DealRow[] {
  return (db.prepare(`${JOINED} ORDER BY d.stage_on, d.id`).all() as Record<string, unknown>[]).map(toRow);
}

export function dealRecord(db: Db, id: string): Deal | null {
  const row = db.prepare('SELECT * FROM deal WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  return row ? rowToRecord('deal', row) : null;
}

export interface UnitFacts extends DealUnit {
  buildingId: string;
  buildingName: LocalName;
  zoneId: string;
}

/** The units with these ids that exist, by id. */
export function unitsByIds(db: Db, ids: readonly string[]): Map<string, UnitFacts> {
  if (!ids.length) return new Map();
  const rows = db
    .prepare(
      `SELECT u.id, u.label, u.floor, u.area_m2 AS areaM2, u.use, u.building_id AS buildingId,
      b.name_zh AS bzh, b.name_en AS ben, b.zone_id AS zoneId
    FROM unit u JOIN building b ON b.id = u.building_id WHERE u.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...new Set(ids)])) as {
    id: string;
    label: string;
    floor: number;
    areaM2: number;
    use: UnitUse;
    buildingId: string;
    bzh: string;
    ben: string;
    zoneId: string;
  }[];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        label: r.label,
        floor: r.floor,
        areaM2: r.areaM2,
        use: r.use,
        buildingId: r.buildingId,
        buildingName: { zh: r.bzh, en: r.ben },
        zoneId: r.zoneId,
      },
    ]),
  );
}

/** The leases and reservations with these ids that still exist, in the ids' order. */
export function dealLeases(db: Db, ids: readonly string[]): DealLease[] {
  if (!ids.length) return [];
  const rows = db
    .prepare(
      `SELECT l.id, l.kind, u.label AS unitLabel, l.start_date AS startDate, l.end_date AS endDate,
      l.terminated_on AS terminatedOn, l.area_m2 AS areaM2
    FROM lease l JOIN unit u ON u.id = l.unit_id WHERE l.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as DealLease[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The park of each building (vacancy matching ranks by the prospect's preferred park). */
export function buildingParks(db: Db, buildingIds: readonly string[]): Map<string, string | null> {
  if (!buildingIds.length) return new Map();
  const rows = db
    .prepare('SELECT id, park_id AS parkId FROM building WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...new Set(buildingIds)])) as { id: string; parkId: string | null }[];
  return new Map(rows.map((r) => [r.id, r.parkId]));
}
