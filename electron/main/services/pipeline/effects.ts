// What a deal's stage does to the inventory, inside the batch that moves it: a prospect becomes a tenant (or is linked
// to the one with its credit code), "reserved" creates reservations and "signed" the leases — through the same
// createIn / updateIn as the forms, so every lease rule (over-letting, dates, areas) applies; its errors are handed
// back as errors of the deal, naming the unit.
import { AppError, validationError, type FieldError } from '../../../../shared/errors';
import type { Deal, Lease, Prospect, Tenant, Unit } from '../../../../shared/models';
import { enteredOnSigning, leaseAreas, moveInOf, releaseReservation, reservationSpan } from '../../../../shared/rules/deals';
import { normalizeUscc } from '../../../../shared/uscc';
import { tenantIdWithUscc } from '../../db/repos/prospects';
import type { ChangeWriter } from '../../db/writer';
import { createIn, updateIn } from '../inventory/crud';

/** The deal's space and dates as the effects read them. */
export type DealSpace = Pick<Deal, 'unitIds' | 'areaM2' | 'startDate' | 'endDate' | 'rentCnyPerM2Day' | 'leaseIds'>;

/**
 * The prospect's tenant: the one it is linked to, else the tenant with its credit code, else a new tenant carrying
 * its names, code and category (not yet a new firm: its entry date is set when it signs). The prospect keeps the link.
 */
export function ensureTenant(w: ChangeWriter, prospect: Prospect): Tenant {
  const linked = prospect.tenantId === null ? null : w.get('tenant', prospect.tenantId);
  if (linked) return linked;
  const sameCode = tenantIdWithUscc(w.db, normalizeUscc(prospect.uscc));
  const tenant = sameCode
    ? w.require('tenant', sameCode)
    : createIn(w, 'tenant', {
        nameZh: prospect.nameZh,
        nameEn: prospect.nameEn,
        uscc: prospect.uscc,
        category: prospect.category,
        enteredDistrictOn: null,
      });
  updateIn(w, 'prospect', prospect.id, undefined, { tenantId: tenant.id });
  return tenant;
}

/** Runs a lease write for one of the deal's units; a refusal comes back as the deal's error on that unit. */
function onUnit<T>(label: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'validation') throw err;
    const fields: FieldError[] = (err.details?.fields ?? []).map((f) => ({
      field: 'unitIds',
      code: f.code,
      params: { ...f.params, label },
    }));
    throw validationError(fields);
  }
}

function unitsOf(w: ChangeWriter, space: DealSpace) {
  if (!space.unitIds.length) throw validationError([{ field: 'unitIds', code: 'deal_needs_units' }]);
  return space.unitIds.map((id) => {
    const unit = w.get('unit', id);
    if (!unit) throw validationError([{ field: 'unitIds', code: 'unit_not_found' }]);
    return unit;
  });
}

/**
 * One lease or reservation per unit for the tenant on the same terms, the deal's area shared out over the units
 * (leaseAreas); a unit's refusal is named by its label. The new ids.
 */
function leasesOn(
  w: ChangeWriter,
  units: readonly Unit[],
  tenantId: string,
  areaM2: number | null,
  terms: Pick<Lease, 'kind' | 'startDate' | 'endDate' | 'rentCnyPerM2Day'>,
): string[] {
  const areas = leaseAreas(
    units.map((u) => u.areaM2),
    areaM2,
  );
  return units.map((unit, i) =>
    onUnit(
      unit.label,
      () => createIn(w, 'lease', { ...terms, unitId: unit.id, tenantId, areaM2: areas[i] as number, terminatedOn: null }).id,
    ),
  );
}

/** Reserves the deal's units from `on` until the day before the move-in: the new reservations' ids. */
export function reserve(w: ChangeWriter, space: DealSpace, prospect: Prospect, on: string): string[] {
  const units = unitsOf(w, space);
  const tenant = ensureTenant(w, prospect);
  const span = reservationSpan(on, moveInOf(space, prospect));
  return leasesOn(w, units, tenant.id, space.areaM2, {
    kind: 'reservation',
    startDate: span.startDate,
    endDate: span.endDate,
    rentCnyPerM2Day: null,
  });
}

/**
 * Ends the deal's reservations: for a signing (`leaseStart`) the day before the lease starts; for a step back or a
 * loss, terminated on `on`. The ids still held (removed reservations are gone).
 */
export function release(w: ChangeWriter, leaseIds: readonly string[], on: string, leaseStart: string | null): string[] {
  const kept: string[] = [];
  for (const id of leaseIds) {
    const held = w.get('lease', id);
    if (!held) continue;
    if (held.kind !== 'reservation') {
      kept.push(id);
      continue;
    }
    const next = releaseReservation(held, on, leaseStart);
    if (next.remove) w.remove('lease', id);
    else {
      updateIn(w, 'lease', id, undefined, { endDate: next.endDate, terminatedOn: next.terminatedOn });
      kept.push(id);
    }
  }
  return kept;
}

/**
 * Signs the deal on `on`: its reservations end before the lease, a lease per unit starts at the move-in, and the
 * tenant enters the district (the signing day, or the lease's start when earlier) unless it already had. Returns
 * the ids the deal now holds and the lease start it fixed.
 */
export function sign(w: ChangeWriter, space: DealSpace, prospect: Prospect, on: string): { leaseIds: string[]; startDate: string } {
  const start = moveInOf(space, prospect);
  if (start === null) throw validationError([{ field: 'startDate', code: 'deal_needs_start' }]);
  const units = unitsOf(w, space);
  const tenant = ensureTenant(w, prospect);
  const kept = release(w, space.leaseIds, on, start);
  const leases = leasesOn(w, units, tenant.id, space.areaM2, {
    kind: 'lease',
    startDate: start,
    endDate: space.endDate,
    rentCnyPerM2Day: space.rentCnyPerM2Day,
  });
  const current = w.require('tenant', tenant.id);
  if (current.enteredDistrictOn === null) updateIn(w, 'tenant', tenant.id, undefined, { enteredDistrictOn: enteredOnSigning(on, start) });
  return { leaseIds: [...kept, ...leases], startDate: start };
}
