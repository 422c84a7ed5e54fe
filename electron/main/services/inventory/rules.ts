// Cross-record rules checked on every create and update, on the record as it would be after the write.
// Shape rules (required, ranges, dates, and footprints/boundaries: bounded, closed, simple, not tiny) were already
// applied by the contract's schemas, before the write transaction began.
import type { EntityName } from '../../../../shared/enums';
import type { FieldError } from '../../../../shared/errors';
import type { Draft } from '../../../../shared/models';
import { floorInBuilding } from '../../../../shared/rules/buildings';
import { findOverLease, peakArea, type LeaseSpan } from '../../../../shared/rules/leases';
import { checkUscc } from '../../../../shared/uscc';
import { countParkBuildingsOutside } from '../../db/repos/buildings';
import { leaseSpansOfUnit, leaseSummary } from '../../db/repos/leases';
import { tenantWithUscc } from '../../db/repos/tenants';
import { unitFloorRange, unitLabelTaken } from '../../db/repos/units';
import { zoneWithCode } from '../../db/repos/zones';
import type { ChangeWriter } from '../../db/writer';

type Rule<E extends EntityName> = (w: ChangeWriter, draft: Draft<E>, id: string | null) => FieldError[];

const exists = (w: ChangeWriter, entity: 'zone' | 'tenant', id: string): boolean => w.get(entity, id) !== null;

const round2 = (n: number) => Math.round(n * 100) / 100;

const zone: Rule<'zone'> = (w, d, id) => {
  const clash = zoneWithCode(w.db, d.code, id);
  return clash ? [{ field: 'code', code: 'code_duplicate' as const }] : [];
};

const park: Rule<'park'> = (w, d, id) => {
  if (!exists(w, 'zone', d.zoneId)) return [{ field: 'zoneId', code: 'reference_missing' }];
  // Moving a park to another zone would leave its buildings in the old one (a building's park lies in its zone).
  const elsewhere = id === null ? 0 : countParkBuildingsOutside(w.db, id, d.zoneId);
  return elsewhere ? [{ field: 'zoneId', code: 'park_buildings_elsewhere' as const, params: { count: elsewhere } }] : [];
};

const building: Rule<'building'> = (w, d, id) => {
  const errors: FieldError[] = [];
  if (!exists(w, 'zone', d.zoneId)) errors.push({ field: 'zoneId', code: 'reference_missing' });
  if (d.parkId !== null) {
    const p = w.get('park', d.parkId);
    if (!p) errors.push({ field: 'parkId', code: 'reference_missing' });
    else if (p.zoneId !== d.zoneId) errors.push({ field: 'parkId', code: 'park_zone_mismatch' });
  }
  if (d.floorsAbove < 1) errors.push({ field: 'floorsAbove', code: 'floors_invalid' });
  if (id !== null) {
    const range = unitFloorRange(w.db, id);
    if (range.top !== null && range.top > d.floorsAbove) errors.push({ field: 'floorsAbove', code: 'floor_has_units', params: { floor: range.top } });
    if (range.bottom !== null && range.bottom < 0 && -range.bottom > d.floorsBelow) {
      errors.push({ field: 'floorsBelow', code: 'floor_has_units', params: { floor: range.bottom } });
    }
  }
  return errors;
};

const unit: Rule<'unit'> = (w, d, id) => {
  const b = w.get('building', d.buildingId);
  if (!b) return [{ field: 'buildingId', code: 'reference_missing' }];
  const errors: FieldError[] = [];
  if (!floorInBuilding(d.floor, b)) {
    errors.push({ field: 'floor', code: 'floor_out_of_range', params: { min: -b.floorsBelow, max: b.floorsAbove } });
  }
  if (unitLabelTaken(w.db, d.buildingId, d.label, id)) {
    errors.push({ field: 'label', code: 'label_duplicate' });
  }
  if (id !== null) {
    const peak = peakArea(leaseSpansOfUnit(w.db, id));
    if (peak && peak.totalM2 > d.areaM2 + 1e-6) {
      errors.push({ field: 'areaM2', code: 'unit_area_below_leases', params: { date: peak.date, total: round2(peak.totalM2) } });
    }
  }
  return errors;
};

const tenant: Rule<'tenant'> = (w, d, id) => {
  if (d.uscc === '') return [];
  const problem = checkUscc(d.uscc);
  if (problem) return [{ field: 'uscc', code: problem }];
  const clash = tenantWithUscc(w.db, d.uscc, id);
  return clash ? [{ field: 'uscc', code: 'uscc_duplicate', params: { name: clash.name } }] : [];
};

const lease: Rule<'lease'> = (w, d, id) => {
  const errors: FieldError[] = [];
  const u = w.get('unit', d.unitId);
  if (!u) errors.push({ field: 'unitId', code: 'reference_missing' });
  if (!exists(w, 'tenant', d.tenantId)) errors.push({ field: 'tenantId', code: 'reference_missing' });
  if (d.endDate !== null && d.endDate < d.startDate) errors.push({ field: 'endDate', code: 'end_before_start' });
  if (d.terminatedOn !== null && d.terminatedOn < d.startDate) errors.push({ field: 'terminatedOn', code: 'terminated_before_start' });
  if (!u || errors.length) return errors;
  if (d.areaM2 > u.areaM2 + 1e-6) return [{ field: 'areaM2', code: 'area_exceeds_unit', params: { max: u.areaM2 } }];
  const candidate: LeaseSpan = { id: id ?? '', startDate: d.startDate, endDate: d.endDate, terminatedOn: d.terminatedOn, areaM2: d.areaM2 };
  const over = findOverLease(u.areaM2, candidate, leaseSpansOfUnit(w.db, d.unitId));
  if (!over) return [];
  const otherId = over.leaseIds.find((x) => x !== candidate.id) ?? '';
  const other = leaseSummary(w.db, otherId);
  return [{
    field: 'areaM2',
    code: 'over_lease',
    params: {
      date: over.date, total: over.totalM2, max: u.areaM2, leaseId: otherId,
      lease: other ? `${other.start} – ${other.end ?? '…'}` : otherId, tenant: other?.tenant ?? '',
    },
  }];
};

const target: Rule<'target'> = (w, d) => {
  const errors: FieldError[] = [];
  if (d.dueDate < d.startDate) errors.push({ field: 'dueDate', code: 'end_before_start' });
  if (d.zoneId !== null && !exists(w, 'zone', d.zoneId)) errors.push({ field: 'zoneId', code: 'reference_missing' });
  return errors;
};

export const RULES: { [E in EntityName]: Rule<E> } = { zone, park, building, unit, tenant, lease, target };
