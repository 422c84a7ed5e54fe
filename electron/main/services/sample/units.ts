// Units on the buildings' floors (no floor 0; basements negative), then calibration of their areas so the
// standard sample's provided space at the end of 2025 lands just short of the target, then each building's
// declared rentable and gross areas derived from its units (a few deliberately off by more than 1%).
import type { UnitUse } from '../../../../shared/enums';
import type { NewId, Planned, PlannedBuilding } from './model';
import { PLAN_DUE, type SamplePlan } from './plan';
import { Rng, apportion, round2 } from './random';

const COUNTS: Record<UnitUse, boolean> = { office: true, lab: true, retail: true, common: false, other: false };

function useFor(floor: number, labPark: boolean, rng: Rng): UnitUse {
  if (floor < 0) return rng.chance(0.3) ? 'retail' : 'other';
  if (rng.chance(0.04)) return 'common';
  if (floor === 1 && rng.chance(0.4)) return 'retail';
  if (labPark && rng.chance(0.35)) return 'lab';
  return rng.chance(0.01) ? 'other' : 'office';
}

/** Which above-ground floors carry units, and how many each: every floor when there are enough units. */
function floorsFor(count: number, floors: number): [floor: number, units: number][] {
  if (count >= floors) {
    return apportion(
      count,
      Array.from({ length: floors }, () => 1),
    ).map((n, i) => [i + 1, n]);
  }
  return Array.from({ length: count }, (_, i) => [1 + Math.floor((i * floors) / count), 1]);
}

export function layoutUnits(plan: SamplePlan, rng: Rng, newId: NewId, buildings: PlannedBuilding[]): Planned<'unit'>[] {
  const withUnits = buildings.filter((b) => b.hasUnits);
  const counts = apportion(
    plan.units,
    withUnits.map((b) => b.floorRentableM2 * b.draft.floorsAbove),
    1,
  );
  const units: Planned<'unit'>[] = [];
  withUnits.forEach((b, i) => {
    const total = counts[i] ?? 1;
    const basement = b.draft.floorsBelow >= 1 && total >= 4 && rng.chance(0.35) ? Math.min(b.draft.floorsBelow, rng.int(1, 2)) : 0;
    const floors: [number, number][] = [
      ...Array.from({ length: basement }, (_, k): [number, number] => [-(k + 1), 1]),
      ...floorsFor(total - basement, b.draft.floorsAbove),
    ];
    for (const [floor, n] of floors) {
      const plate = floor < 0 ? b.floorRentableM2 * 0.5 : b.floorRentableM2;
      // "1203" is floor 12, unit 3; past 99 units on a floor a dash keeps labels unique ("1-101").
      const label = (k: number) =>
        floor < 0 ? `B${-floor}-${String(k).padStart(2, '0')}` : n > 99 ? `${floor}-${k}` : `${floor}${String(k).padStart(2, '0')}`;
      for (let k = 1; k <= n; k += 1) {
        const use = useFor(floor, b.labPark, rng);
        units.push({
          id: newId(),
          draft: {
            buildingId: b.id,
            floor,
            label: label(k),
            areaM2: Math.max(10, round2((plate / n) * rng.float(0.85, 1.15))),
            use,
            countsTowardTarget: COUNTS[use],
            outOfService: rng.chance(0.03),
          },
        });
      }
    }
  });
  const scale = calibrate(plan, rng, buildings, units);
  finishBuildings(rng, buildings, units, scale);
  return units;
}

/** Provided space at `day` as docs/ARCHITECTURE.md defines it ("What the numbers mean"), over the planned units. */
export function providedAt(day: string, buildings: PlannedBuilding[], units: Planned<'unit'>[]): number {
  const delivered = new Set(buildings.filter((b) => b.draft.deliveryDate !== null && b.draft.deliveryDate <= day).map((b) => b.id));
  return units.reduce((s, u) => (u.draft.countsTowardTarget && delivered.has(u.draft.buildingId) ? s + u.draft.areaM2 : s), 0);
}

function calibrate(plan: SamplePlan, rng: Rng, buildings: PlannedBuilding[], units: Planned<'unit'>[]): number {
  if (!plan.providedAtEnd2025) return 1;
  const [low, high] = plan.providedAtEnd2025;
  const goal = rng.float(low, high);
  const raw = providedAt(PLAN_DUE, buildings, units);
  if (raw <= 0) return 1;
  const scale = goal / raw;
  for (const u of units) u.draft.areaM2 = Math.max(1, round2(u.draft.areaM2 * scale));
  return scale;
}

function finishBuildings(rng: Rng, buildings: PlannedBuilding[], units: Planned<'unit'>[], scale: number): void {
  const sums = new Map<string, number>();
  for (const u of units) sums.set(u.draft.buildingId, (sums.get(u.draft.buildingId) ?? 0) + u.draft.areaM2);
  for (const b of buildings) {
    const estimate = b.floorRentableM2 * scale * (b.draft.floorsAbove + b.draft.floorsBelow * 0.5);
    const unitSum = sums.get(b.id);
    const noise = rng.chance(0.12) ? rng.pick([-1, 1]) * rng.float(0.02, 0.06) : rng.float(-0.008, 0.008);
    const declared = Math.round((unitSum ?? estimate) * (1 + noise));
    b.draft.declaredRentableM2 = Math.max(1, declared);
    b.draft.grossFloorAreaM2 = Math.max(
      1,
      Math.round((b.floorRentableM2 * scale * (b.draft.floorsAbove + b.draft.floorsBelow)) / b.efficiency),
    );
  }
}
