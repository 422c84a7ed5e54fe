// Cross-record rules over the whole file, the same ones entry applies: floors, a building's park in its
// zone, dates in order, lease area within the unit, no over-leasing on any day, credit codes valid and unique,
// zone codes and unit labels (per building) unique, deals' stages in date order with their units present.
// SQL (repos/check.ts) narrows each rule to the offending rows, so a check of the large sample stays quick.
import type { FieldError } from '../../../shared/errors';
import { floorInBuilding, floorRangeText } from '../../../shared/rules/buildings';
import { findOverLease, type LeaseSpan } from '../../../shared/rules/leases';
import { checkUscc, normalizeUscc } from '../../../shared/uscc';
import type { Db } from '../db/connection';
import {
  buildingsOutsideParkZone,
  buildingsWithoutFloors,
  leasesByUnit,
  leasesEndingBeforeStart,
  leasesTerminatedBeforeStart,
  targetsDueBeforeStart,
  tenantNames,
  tenantsWithCodes,
  unitsOffFloors,
  unitsWithTakenLabel,
  zonesWithTakenCode,
} from '../db/repos/check';
import type { EntityName } from '../../../shared/enums';
import { allDealRows } from '../db/repos/deals';
import { draftOf } from '../db/tables';
import { readRecord } from '../db/writer';
import { fieldProblem, type Problem } from './check-problem';
import { ruleErrors } from './inventory/rules';

const EPSILON = 1e-6;

function checkBuildings(db: Db, out: Problem[]): void {
  for (const id of buildingsWithoutFloors(db)) out.push(fieldProblem('building', id, { field: 'floorsAbove', code: 'floors_invalid' }));
  for (const id of buildingsOutsideParkZone(db)) out.push(fieldProblem('building', id, { field: 'parkId', code: 'park_zone_mismatch' }));
}

function checkUnits(db: Db, out: Problem[]): void {
  for (const u of unitsOffFloors(db)) {
    if (floorInBuilding(u.floor, { floorsAbove: u.above, floorsBelow: u.below })) continue;
    out.push(
      fieldProblem('unit', u.id, {
        field: 'floor',
        code: 'floor_out_of_range',
        params: { range: floorRangeText({ floorsAbove: u.above, floorsBelow: u.below }) },
      }),
    );
  }
}

function checkDates(db: Db, out: Problem[]): void {
  const push = (entity: 'lease' | 'target', ids: string[], error: FieldError) => {
    for (const id of ids) out.push(fieldProblem(entity, id, error));
  };
  push('lease', leasesEndingBeforeStart(db), { field: 'endDate', code: 'end_before_start' });
  push('lease', leasesTerminatedBeforeStart(db), { field: 'terminatedOn', code: 'terminated_before_start' });
  push('target', targetsDueBeforeStart(db), { field: 'dueDate', code: 'end_before_start' });
}

function checkLeases(db: Db, out: Problem[]): void {
  const named = tenantNames(db);
  const nameOf = (id: string) => named(id) ?? id;
  const rows = leasesByUnit(db);
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
      out.push(
        fieldProblem('lease', lease.id, {
          field: 'areaM2',
          code: 'over_lease',
          params: { date: hit.date, lease: otherId, tenant: other ? nameOf(other.tenantId) : '', total: hit.totalM2, max: lease.unitArea },
        }),
      );
      continue;
    }
    accepted.push(lease);
  }
}

function checkTenants(db: Db, out: Problem[]): void {
  const rows = tenantsWithCodes(db);
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
  for (const id of zonesWithTakenCode(db)) out.push(fieldProblem('zone', id, { field: 'code', code: 'code_duplicate' }));
  for (const id of unitsWithTakenLabel(db)) out.push(fieldProblem('unit', id, { field: 'label', code: 'label_duplicate' }));
}

/** The deal rules entry applies that concern the deal itself: stages in date order, a lost deal's reason, its dates and units. */
const DEAL_FIELDS: ReadonlySet<string> = new Set(['stageOn', 'lostReason', 'endDate', 'unitIds']);

function checkDeals(db: Db, out: Problem[]): void {
  const reader = { db, get: <E extends EntityName>(entity: E, id: string) => readRecord(db, entity, id) };
  for (const deal of allDealRows(db)) {
    for (const error of ruleErrors(reader, 'deal', draftOf('deal', deal), deal.id)) {
      if (DEAL_FIELDS.has(error.field)) out.push(fieldProblem('deal', deal.id, error));
    }
  }
}

export function checkRules(db: Db): Problem[] {
  const out: Problem[] = [];
  checkBuildings(db, out);
  checkUnits(db, out);
  checkDates(db, out);
  checkLeases(db, out);
  checkTenants(db, out);
  checkUnique(db, out);
  checkDeals(db, out);
  return out;
}
