import type { LeaseRow } from '../../../../shared/models';
import type { LeaseSpan } from '../../../../shared/rules/leases';
import type { z } from 'zod';
import type { leaseQuery } from '../../../../shared/validation/queries';
import type { Db } from '../connection';
import { rowToRecord, selectColumns } from '../tables';
import { requiredName } from './names';
import { pageIds, rowsInOrder, type ListSpec } from './paging';
import { ACTIVE_ON } from './units';

type Query = z.output<typeof leaseQuery>;

const FROM = 'lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id JOIN tenant t ON t.id = l.tenant_id';

const spec: ListSpec<Query> = {
  from: 'lease l',
  joins: [
    { alias: 'u', sql: 'JOIN unit u ON u.id = l.unit_id' },
    { alias: 'b', sql: 'JOIN building b ON b.id = u.building_id', needs: ['u'] },
    { alias: 't', sql: 'JOIN tenant t ON t.id = l.tenant_id' },
  ],
  alias: 'l',
  search: ['t.name_zh', 't.name_en', 't.uscc', 'u.label', 'b.name_zh', 'b.name_en'],
  sorts: {
    startDate: 'l.start_date',
    endDate: 'l.end_date',
    areaM2: 'l.area_m2',
    tenant: 't.name_zh',
    unit: 'u.label',
    building: 'b.name_zh',
  },
  defaultSort: 'startDate',
  filters: {
    zoneId: (v) => ['b.zone_id = ?', [v]],
    parkId: (v) => ['b.park_id = ?', [v]],
    buildingId: (v) => ['u.building_id = ?', [v]],
    unitId: (v) => ['l.unit_id = ?', [v]],
    tenantId: (v) => ['l.tenant_id = ?', [v]],
    kind: (v) => ['l.kind = ?', [v]],
    activeOn: (v) => [`(${ACTIVE_ON})`, [v, v, v]],
  },
};

const ROWS = `SELECT ${selectColumns('lease', 'l')}, u.label AS unit_label, u.floor AS unit_floor, u.building_id AS building_id,
  b.name_zh AS building_name_zh, b.name_en AS building_name_en, t.name_zh AS tenant_name_zh, t.name_en AS tenant_name_en
  FROM ${FROM} WHERE l.id IN (SELECT value FROM json_each(?))`;

export function leaseRows(db: Db, ids: string[]): LeaseRow[] {
  return rowsInOrder<{ id: string } & Record<string, unknown>>(db, ROWS, ids).map((r) => ({
    ...rowToRecord('lease', r),
    unitLabel: String(r.unit_label),
    unitFloor: Number(r.unit_floor),
    buildingId: String(r.building_id),
    buildingName: requiredName(r, 'building'),
    tenantName: requiredName(r, 'tenant'),
  }));
}

export function listLeases(db: Db, query: Query) {
  const { ids, total, offset } = pageIds(db, spec, query);
  return { rows: leaseRows(db, ids), total, offset };
}

/** Every lease and reservation on a unit, as the over-leasing rule reads them. */
export function leaseSpansOfUnit(db: Db, unitId: string): LeaseSpan[] {
  return db
    .prepare(
      'SELECT id, start_date AS startDate, end_date AS endDate, terminated_on AS terminatedOn, area_m2 AS areaM2 FROM lease WHERE unit_id = ?',
    )
    .all(unitId) as LeaseSpan[];
}

/** A lease's tenant (Chinese name) and dates, to name it in a message. */
export function leaseSummary(db: Db, id: string): { tenant: string; start: string; end: string | null } | undefined {
  return db
    .prepare(
      'SELECT t.name_zh AS tenant, l.start_date AS start, l.end_date AS end FROM lease l JOIN tenant t ON t.id = l.tenant_id WHERE l.id = ?',
    )
    .get(id) as { tenant: string; start: string; end: string | null } | undefined;
}
