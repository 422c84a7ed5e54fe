// A building's stacking plan: every floor, top first, its units as blocks with their status at D.
import { emptySums, round2, sharesOfSums, unitShares, unitStatus } from '../../../../shared/accounting/figures';
import { isDeliveredOn } from '../../../../shared/accounting/rules';
import type { StackingPlan, StackingUnit } from '../../../../shared/accounting/views';
import { AppError } from '../../../../shared/errors';
import type { Unit } from '../../../../shared/models';
import { isActiveOn, lastActiveDay } from '../../../../shared/rules/leases';
import type { Db } from '../../db/connection';
import { stackingInputs, type StackingLease } from '../../db/repos/stacking';
import { buildingFigures } from './rollup';

/** Whole months from D to the last day (0 when it ends this month). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

export function stackingPlan(db: Db, buildingId: string, asOf: string): StackingPlan {
  const inputs = stackingInputs(db, buildingId);
  if (!inputs) throw new AppError('not_found', `building ${buildingId} not found`, { entity: 'building', id: buildingId });
  const { building: b, units, leases } = inputs;
  const delivered = isDeliveredOn(b.deliveryDate, asOf);
  const active = new Map<string, StackingLease[]>();
  for (const l of leases) {
    if (!isActiveOn(l, asOf)) continue;
    active.set(l.unitId, [...(active.get(l.unitId) ?? []), l]);
  }
  const block = (u: Unit): StackingUnit => {
    const mine = active.get(u.id) ?? [];
    const leasedM2 = mine.filter((l) => l.kind === 'lease').reduce((s, l) => s + l.areaM2, 0);
    const reservedM2 = mine.filter((l) => l.kind === 'reservation').reduce((s, l) => s + l.areaM2, 0);
    const withDay = mine.map((l) => ({ l, last: lastActiveDay(l) }));
    const latest = withDay.find((x) => x.last === null) ?? withDay.sort((a, c) => ((a.last ?? '') < (c.last ?? '') ? 1 : -1))[0];
    const atDate = { ...u, delivered, activeLeaseM2: leasedM2, activeReservationM2: reservedM2 };
    return {
      id: u.id,
      label: u.label,
      areaM2: u.areaM2,
      use: u.use,
      leasedM2,
      reservedM2,
      status: unitStatus(atDate),
      shares: unitShares(atDate),
      lease: latest ? { id: latest.l.id, tenantName: latest.l.tenantName, lastDay: latest.last, kind: latest.l.kind } : null,
      monthsToExpiry: latest?.last ? monthsBetween(asOf, latest.last) : null,
    };
  };
  const floors: StackingPlan['floors'] = [];
  const numbers = [
    ...Array.from({ length: b.floorsAbove }, (_, i) => b.floorsAbove - i),
    ...Array.from({ length: b.floorsBelow }, (_, i) => -(i + 1)),
  ];
  const extra = units.map((u) => u.floor).filter((f) => !numbers.includes(f)); // tolerate imported units outside the range
  for (const floor of [...new Set([...numbers, ...extra])].sort((x, y) => y - x)) {
    const onFloor = units.filter((u) => u.floor === floor).map(block);
    floors.push({ floor, areaM2: onFloor.reduce((s, u) => s + u.areaM2, 0), units: onFloor });
  }
  // The legend's sums: the dashboard's roll-up for this building, so the two never disagree.
  const row = buildingFigures(db, buildingId, asOf);
  const notCounted = units.filter((u) => !u.countsTowardTarget).reduce((s, u) => s + u.areaM2, 0);
  const totals = sharesOfSums(row ?? emptySums(), round2(notCounted));
  return { buildingId, name: { zh: b.nameZh, en: b.nameEn }, asOf, delivered, totals, floors };
}
