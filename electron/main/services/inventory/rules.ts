// Cross-record rules checked on every create and update, on the record as it would be after the write.
// Shape rules (required, ranges, dates, and footprints/boundaries: bounded, closed, simple, not tiny) were already
// applied by the contract's schemas, before the write transaction began.
// Each check names the fields it reads, so that when a save also has shape errors the checks over the fields that
// are fine still run and the form shows every problem at once (issue 10, item 7), and so that the bulk unit step
// runs the very same checks on each unit inside its own batch (issue 10, item 5).
import type { EntityName } from '../../../../shared/enums';
import type { FieldError } from '../../../../shared/errors';
import type { Draft, EntityMap } from '../../../../shared/models';
import { floorInBuilding, floorRangeText } from '../../../../shared/rules/buildings';
import { findOverLease, peakArea, type LeaseSpan } from '../../../../shared/rules/leases';
import { checkUscc } from '../../../../shared/uscc';
import type { Db } from '../../db/connection';
import { countParkBuildingsOutside } from '../../db/repos/buildings';
import { leaseSpansOfUnit, leaseSummary } from '../../db/repos/leases';
import { returnTaken } from '../../db/repos/tenant-returns';
import { tenantWithUscc } from '../../db/repos/tenants';
import { unitFloorRange, unitLabelTaken } from '../../db/repos/units';
import { zoneWithCode } from '../../db/repos/zones';

/** What the rules read: the database and records by id (a ChangeWriter inside a batch, or a plain reader). */
export interface RuleReader {
  readonly db: Db;
  get<E extends EntityName>(entity: E, id: string): EntityMap[E] | null;
}

interface Check<E extends EntityName> {
  /** The draft's fields this check reads: it runs only when all of them hold a valid value. */
  needs: readonly (keyof Draft<E> & string)[];
  run(r: RuleReader, d: Draft<E>, id: string | null): FieldError[];
}

const check = <E extends EntityName>(needs: readonly (keyof Draft<E> & string)[], run: Check<E>['run']): Check<E> => ({ needs, run });
const exists = (r: RuleReader, entity: 'zone' | 'tenant' | 'unit' | 'building' | 'prospect', id: string): boolean =>
  r.get(entity, id) !== null;
const round2 = (n: number) => Math.round(n * 100) / 100;

const zone: Check<'zone'>[] = [
  check(['code'], (r, d, id) => (zoneWithCode(r.db, d.code, id) ? [{ field: 'code', code: 'code_duplicate' }] : [])),
];

const park: Check<'park'>[] = [
  check(['zoneId'], (r, d, id) => {
    if (!exists(r, 'zone', d.zoneId)) return [{ field: 'zoneId', code: 'reference_missing' }];
    // Moving a park to another zone would leave its buildings in the old one (a building's park lies in its zone).
    const elsewhere = id === null ? 0 : countParkBuildingsOutside(r.db, id, d.zoneId);
    return elsewhere ? [{ field: 'zoneId', code: 'park_buildings_elsewhere', params: { count: elsewhere } }] : [];
  }),
];

const building: Check<'building'>[] = [
  check(['zoneId'], (r, d) => (exists(r, 'zone', d.zoneId) ? [] : [{ field: 'zoneId', code: 'reference_missing' }])),
  check(['zoneId', 'parkId'], (r, d) => {
    if (d.parkId === null) return [];
    const p = r.get('park', d.parkId);
    if (!p) return [{ field: 'parkId', code: 'reference_missing' }];
    return p.zoneId !== d.zoneId ? [{ field: 'parkId', code: 'park_zone_mismatch' }] : [];
  }),
  check(['floorsAbove'], (_r, d) => (d.floorsAbove < 1 ? [{ field: 'floorsAbove', code: 'floors_invalid' }] : [])),
  check(['floorsAbove', 'floorsBelow'], (r, d, id) => {
    if (id === null) return [];
    const errors: FieldError[] = [];
    const range = unitFloorRange(r.db, id);
    if (range.top !== null && range.top > d.floorsAbove)
      errors.push({ field: 'floorsAbove', code: 'floor_has_units', params: { floor: range.top } });
    if (range.bottom !== null && range.bottom < 0 && -range.bottom > d.floorsBelow) {
      errors.push({ field: 'floorsBelow', code: 'floor_has_units', params: { floor: range.bottom } });
    }
    return errors;
  }),
];

const unit: Check<'unit'>[] = [
  check(['buildingId'], (r, d) => (exists(r, 'building', d.buildingId) ? [] : [{ field: 'buildingId', code: 'reference_missing' }])),
  check(['buildingId', 'floor'], (r, d) => {
    const b = r.get('building', d.buildingId);
    return b && !floorInBuilding(d.floor, b) ? [{ field: 'floor', code: 'floor_out_of_range', params: { range: floorRangeText(b) } }] : [];
  }),
  check(['buildingId', 'label'], (r, d, id) =>
    unitLabelTaken(r.db, d.buildingId, d.label, id) ? [{ field: 'label', code: 'label_duplicate' }] : [],
  ),
  check(['areaM2'], (r, d, id) => {
    if (id === null) return [];
    const peak = peakArea(leaseSpansOfUnit(r.db, id));
    return peak && peak.totalM2 > d.areaM2 + 1e-6
      ? [{ field: 'areaM2', code: 'unit_area_below_leases', params: { date: peak.date, total: round2(peak.totalM2) } }]
      : [];
  }),
];

/** A credit code, when given, is well formed (a prospect's need not be unique: it may name a tenant already in). */
const usccShape = (uscc: string): FieldError[] => {
  const problem = uscc === '' ? null : checkUscc(uscc);
  return problem ? [{ field: 'uscc', code: problem }] : [];
};

const tenant: Check<'tenant'>[] = [
  check(['uscc'], (r, d, id) => {
    if (d.uscc === '') return [];
    const problem = usccShape(d.uscc)[0];
    if (problem) return [problem];
    const clash = tenantWithUscc(r.db, d.uscc, id);
    return clash ? [{ field: 'uscc', code: 'uscc_duplicate', params: { name: clash.name } }] : [];
  }),
];

/** The lease's area against its unit on every day of its span (only once its unit and dates are sound). */
function leaseArea(r: RuleReader, d: Draft<'lease'>, id: string | null): FieldError[] {
  const u = r.get('unit', d.unitId);
  if (!u || (d.endDate !== null && d.endDate < d.startDate) || (d.terminatedOn !== null && d.terminatedOn < d.startDate)) return [];
  if (d.areaM2 > u.areaM2 + 1e-6) return [{ field: 'areaM2', code: 'area_exceeds_unit', params: { max: u.areaM2 } }];
  const candidate: LeaseSpan = { id: id ?? '', startDate: d.startDate, endDate: d.endDate, terminatedOn: d.terminatedOn, areaM2: d.areaM2 };
  const over = findOverLease(u.areaM2, candidate, leaseSpansOfUnit(r.db, d.unitId));
  if (!over) return [];
  const otherId = over.leaseIds.find((x) => x !== candidate.id) ?? '';
  const other = leaseSummary(r.db, otherId);
  return [
    {
      field: 'areaM2',
      code: 'over_lease',
      params: {
        date: over.date,
        total: over.totalM2,
        max: u.areaM2,
        leaseId: otherId,
        lease: other ? `${other.start} – ${other.end ?? '…'}` : otherId,
        tenant: other?.tenant ?? '',
      },
    },
  ];
}

const lease: Check<'lease'>[] = [
  check(['unitId'], (r, d) => (exists(r, 'unit', d.unitId) ? [] : [{ field: 'unitId', code: 'reference_missing' }])),
  check(['tenantId'], (r, d) => (exists(r, 'tenant', d.tenantId) ? [] : [{ field: 'tenantId', code: 'reference_missing' }])),
  check(['startDate', 'endDate'], (_r, d) =>
    d.endDate !== null && d.endDate < d.startDate ? [{ field: 'endDate', code: 'end_before_start' }] : [],
  ),
  check(['startDate', 'terminatedOn'], (_r, d) =>
    d.terminatedOn !== null && d.terminatedOn < d.startDate ? [{ field: 'terminatedOn', code: 'terminated_before_start' }] : [],
  ),
  check(['unitId', 'areaM2', 'startDate', 'endDate', 'terminatedOn'], leaseArea),
];

const target: Check<'target'>[] = [
  check(['startDate', 'dueDate'], (_r, d) => (d.dueDate < d.startDate ? [{ field: 'dueDate', code: 'end_before_start' }] : [])),
  check(['zoneId'], (r, d) => (d.zoneId !== null && !exists(r, 'zone', d.zoneId) ? [{ field: 'zoneId', code: 'reference_missing' }] : [])),
];

const prospect: Check<'prospect'>[] = [
  check(['uscc'], (_r, d) => usccShape(d.uscc)),
  check(['zoneId'], (r, d) => (d.zoneId !== null && !exists(r, 'zone', d.zoneId) ? [{ field: 'zoneId', code: 'reference_missing' }] : [])),
  check(['zoneId', 'parkId'], (r, d) => {
    if (d.parkId === null) return [];
    const p = r.get('park', d.parkId);
    if (!p) return [{ field: 'parkId', code: 'reference_missing' }];
    return d.zoneId !== null && p.zoneId !== d.zoneId ? [{ field: 'parkId', code: 'park_zone_mismatch' }] : [];
  }),
  check(['tenantId'], (r, d) =>
    d.tenantId !== null && !exists(r, 'tenant', d.tenantId) ? [{ field: 'tenantId', code: 'reference_missing' }] : [],
  ),
];

const deal: Check<'deal'>[] = [
  check(['prospectId'], (r, d) => (exists(r, 'prospect', d.prospectId) ? [] : [{ field: 'prospectId', code: 'reference_missing' }])),
  check(['buildingId'], (r, d) =>
    d.buildingId !== null && !exists(r, 'building', d.buildingId) ? [{ field: 'buildingId', code: 'reference_missing' }] : [],
  ),
  check(['buildingId', 'floor'], (r, d) => {
    const b = d.buildingId === null || d.floor === null ? null : r.get('building', d.buildingId);
    return b && d.floor !== null && !floorInBuilding(d.floor, b)
      ? [{ field: 'floor', code: 'floor_out_of_range', params: { range: floorRangeText(b) } }]
      : [];
  }),
  check(['buildingId', 'unitIds'], (r, d) =>
    d.unitIds.flatMap((unitId): FieldError[] => {
      const u = r.get('unit', unitId);
      if (!u) return [{ field: 'unitIds', code: 'unit_not_found' }];
      return d.buildingId !== null && u.buildingId !== d.buildingId
        ? [{ field: 'unitIds', code: 'unit_not_in_building', params: { label: u.label } }]
        : [];
    }),
  ),
  check(['startDate', 'endDate'], (_r, d) =>
    d.startDate !== null && d.endDate !== null && d.endDate < d.startDate ? [{ field: 'endDate', code: 'end_before_start' }] : [],
  ),
  check(['stageOn', 'history'], (_r, d) => {
    const last = d.history.reduce<string | null>((m, e) => (m === null || e.on > m ? e.on : m), null);
    return last !== null && d.stageOn < last ? [{ field: 'stageOn', code: 'stage_date_before', params: { date: last } }] : [];
  }),
  check(['stage', 'lostReason'], (_r, d) =>
    d.stage === 'lost' && d.lostReason.trim() === '' ? [{ field: 'lostReason', code: 'required' }] : [],
  ),
];

const tenantReturn: Check<'tenant_return'>[] = [
  check(['tenantId'], (r, d) => (exists(r, 'tenant', d.tenantId) ? [] : [{ field: 'tenantId', code: 'reference_missing' }])),
  check(['tenantId', 'year'], (r, d, id) =>
    returnTaken(r.db, d.tenantId, d.year, id) ? [{ field: 'year', code: 'return_duplicate', params: { year: d.year } }] : [],
  ),
  check(['inventionPatents', 'highQualityPatents'], (_r, d) =>
    d.highQualityPatents > d.inventionPatents
      ? [{ field: 'highQualityPatents', code: 'patents_over_total', params: { max: d.inventionPatents } }]
      : [],
  ),
];

const RULES: { [E in EntityName]: Check<E>[] } = {
  zone,
  park,
  building,
  unit,
  tenant,
  lease,
  target,
  tenant_return: tenantReturn,
  prospect,
  deal,
};

/**
 * Every problem the cross-record rules find with a draft. With `valid` (the fields that passed the schema), only
 * the checks over valid fields run: the others' fields already carry their shape error.
 */
export function ruleErrors<E extends EntityName>(
  r: RuleReader,
  entity: E,
  draft: Draft<E>,
  id: string | null,
  valid?: ReadonlySet<string>,
): FieldError[] {
  const checks = RULES[entity] as Check<E>[];
  return checks.filter((c) => !valid || c.needs.every((f) => valid.has(f))).flatMap((c) => c.run(r, draft, id));
}
