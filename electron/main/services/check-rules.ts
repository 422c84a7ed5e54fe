// Cross-record rules over the whole file, the same ones entry applies: floors, a building's park in its
// zone, dates in order, lease area within the unit, no over-leasing on any day, credit codes valid and unique,
// zone codes and unit labels (per building) unique.
// SQL narrows each rule to the offending rows, so a check of the large sample stays quick.
import type { FieldError } from '../../../shared/errors';
import { floorInBuilding } from '../../../shared/rules/buildings';
import { findOverLease, type LeaseSpan } from '../../../shared/rules/leases';
import { checkUscc, normalizeUscc } from '../../../shared/uscc';
import type { Db } from '../db/connection';
import { fieldProblem, type Problem } from './check-problem';

const EPSILON = 1e-6;

function checkBuildings(db: Db, out: Problem[]): void {
  for (const b of db.prepare('SELECT id FROM building WHERE floors_above < 1').all() as { id: string }[]) {
    out.push(fieldProblem('building', b.id, { field: 'floorsAbove', code: 'floors_invalid' }));
  }
  const mismatched = db.prepare(
    'SELECT b.id FROM building b JOIN park p ON p.id = b.park_id WHERE p.zone_id <> b.zone_id',
  ).all() as { id: string }[];
  for (const b of mismatched) out.push(fieldProblem('building', b.id, { field: 'parkId', code: 'park_zone_mismatch' }));
}

function checkUnits(db: Db, out: Problem[]): void {
  const rows = db.prepare(
    `SELECT u.id, u.floor, b.floors_above AS above, b.floors_below AS below FROM unit u JOIN building b ON b.id = u.building_id
     WHERE u.floor = 0 OR u.floor > b.floors_above OR -u.floor > b.floors_below`,
  ).all() as { id: string; floor: number; above: number; below: number }[];
  for (const u of rows) {
    if (floorInBuilding(u.floor, { floorsAbove: u.above, floorsBelow: u.below })) continue;
    out.push(fieldProblem('unit', u.id, {
      field: 'floor', code: 'floor_out_of_range', params: { min: u.below > 0 ? -u.below : 1, max: u.above },
    }));
  }
}

function checkDates(db: Db, out: Problem[]): void {
  const push = (entity: 'lease' | 'target', sql: string, error: FieldError) => {
    for (const r of db.prepare(sql).all() as { id: string }[]) out.push(fieldProblem(entity, r.id, error));
  };
  push('lease', 'SELECT id FROM lease WHERE end_date IS NOT NULL AND end_date < start_date', { field: 'endDate', code: 'end_before_start' });
  push('lease', 'SELECT id FROM lease WHERE terminated_on IS NOT NULL AND terminated_on < start_date', {
    field: 'terminatedOn', code: 'terminated_before_start',
  });
  push('target', 'SELECT id FROM target WHERE due_date < start_date', { field: 'dueDate', code: 'end_before_start' });
}

interface LeaseRow {
  id: string;
  unitId: string;
  tenantId: string;
  startDate: string;
  endDate: string | null;
  terminatedOn: string | null;
  areaM2: number;
  unitArea: number;
}

function checkLeases(db: Db, out: Problem[]): void {
  const tenantName = db.prepare('SELECT name_en AS en, name_zh AS zh FROM tenant WHERE id = ?');
  const nameOf = (id: string) => {
    const t = tenantName.get(id) as { en: string; zh: string } | undefined;
    return t ? t.en || t.zh : id;
  };
  const rows = db.prepare(
    `SELECT l.id, l.unit_id AS unitId, l.tenant_id AS tenantId, l.start_date AS startDate, l.end_date AS endDate,
            l.terminated_on AS terminatedOn, l.area_m2 AS areaM2, u.area_m2 AS unitArea
     FROM lease l JOIN unit u ON u.id = l.unit_id ORDER BY l.unit_id, l.start_date, l.id`,
  ).iterate() as IterableIterator<LeaseRow>;
  let unitId: string | null = null;
  let accepted: (LeaseSpan & { tenantId: string })[] = [];
  for (const lease of rows) {
    if (lease.unitId !== unitId) {
      unitId = lease.unitId;
      accepted = [];
    }
    if (lease.areaM2 > lease.unitArea + EPSILON) {
      out.push(fieldProblem('lease', lease.id, { field: 'areaM2', code: 'area_exceeds_unit', params: { max: lease.unitArea } }));
      continue;
    }
    const hit = findOverLease(lease.unitArea, lease, accepted);
    if (hit) {
      const otherId = hit.leaseIds.find((id) => id !== lease.id) ?? lease.id;
      const other = accepted.find((a) => a.id === otherId);
      out.push(fieldProblem('lease', lease.id, {
        field: 'areaM2',
        code: 'over_lease',
        params: { date: hit.date, lease: otherId, tenant: other ? nameOf(other.tenantId) : '', total: hit.totalM2, max: lease.unitArea },
      }));
      continue;
    }
    accepted.push(lease);
  }
}

function checkTenants(db: Db, out: Problem[]): void {
  const rows = db.prepare(
    "SELECT id, uscc, name_en AS en, name_zh AS zh FROM tenant WHERE uscc <> '' ORDER BY created_at, id",
  ).all() as { id: string; uscc: string; en: string; zh: string }[];
  const owners = new Map<string, { en: string; zh: string }>();
  for (const t of rows) {
    const problem = checkUscc(t.uscc);
    if (problem) out.push(fieldProblem('tenant', t.id, { field: 'uscc', code: problem }));
    const key = normalizeUscc(t.uscc);
    const owner = owners.get(key);
    if (owner) out.push(fieldProblem('tenant', t.id, { field: 'uscc', code: 'uscc_duplicate', params: { name: owner.en || owner.zh } }));
    else owners.set(key, t);
  }
}

/** Codes and unit labels are unique by index; a file whose index was dropped or damaged still gets caught. */
function checkUnique(db: Db, out: Problem[]): void {
  const zones = db.prepare(
    `SELECT id FROM zone z WHERE EXISTS (SELECT 1 FROM zone o WHERE o.code = z.code AND (o.created_at, o.id) < (z.created_at, z.id))`,
  ).all() as { id: string }[];
  for (const z of zones) out.push(fieldProblem('zone', z.id, { field: 'code', code: 'code_duplicate' }));
  const units = db.prepare(
    `SELECT u.id FROM unit u JOIN (SELECT building_id, label FROM unit GROUP BY building_id, label HAVING count(*) > 1) d
       ON d.building_id = u.building_id AND d.label = u.label
     WHERE EXISTS (SELECT 1 FROM unit o WHERE o.building_id = u.building_id AND o.label = u.label AND (o.created_at, o.id) < (u.created_at, u.id))`,
  ).all() as { id: string }[];
  for (const u of units) out.push(fieldProblem('unit', u.id, { field: 'label', code: 'label_duplicate' }));
}

export function checkRules(db: Db): Problem[] {
  const out: Problem[] = [];
  checkBuildings(db, out);
  checkUnits(db, out);
  checkDates(db, out);
  checkLeases(db, out);
  checkTenants(db, out);
  checkUnique(db, out);
  return out;
}
