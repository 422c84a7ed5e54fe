// Leases and reservations: per unit, one or two "tracks" (two tenants sharing a unit split its area) of
// back-to-back, non-overlapping terms, so no unit is ever over-leased. Starts spread from each building's
// delivery (or a pre-let before it) up to the end of 2026; some leases terminated early, some open-ended.
import type { LeaseKind } from '../../../../shared/enums';
import type { NewId, Planned, PlannedBuilding } from './model';
import { SAMPLE_AS_OF, SAMPLE_HORIZON, type SamplePlan } from './plan';
import { Rng, addYears, dayOf, isoOf } from './random';

const RENT: Record<string, [number, number]> = { CORE: [8, 14], 'WING-NE': [6, 11], 'WING-S': [5, 9] };
const HORIZON = dayOf(SAMPLE_HORIZON);
const AS_OF = dayOf(SAMPLE_AS_OF);
const YEAR_2026 = dayOf('2026-01-01');

interface Slot {
  unit: Planned<'unit'>;
  building: PlannedBuilding;
  firstDay: number;
  cap: number;
  count: number;
}

function slotsFor(rng: Rng, buildings: PlannedBuilding[], units: Planned<'unit'>[]): Slot[] {
  const byId = new Map(buildings.map((b) => [b.id, b]));
  const slots: Slot[] = [];
  for (const unit of units) {
    const building = byId.get(unit.draft.buildingId);
    if (!building || unit.draft.use === 'common' || unit.draft.outOfService) continue;
    const delivery = building.draft.deliveryDate;
    let first: number;
    if (delivery === null) {
      if (!rng.chance(0.5)) continue;
      first = rng.int(dayOf('2025-06-01'), dayOf('2026-09-30'));
    } else if (delivery > '2025-12-31') {
      first = dayOf(delivery) - rng.int(0, 240);
    } else {
      first = dayOf(delivery) + rng.int(0, 90);
    }
    first = Math.min(first, HORIZON);
    const cap = Math.min(4, 1 + Math.floor((HORIZON - first) / 240));
    const count = Math.min(cap, rng.weighted([[0, 16], [1, 50], [2, 22], [3, 12]] as const));
    slots.push({ unit, building, firstDay: first, cap, count });
  }
  return slots;
}

/** Moves the per-unit counts up or down at random until they add up to exactly `total`. */
function settleCounts(rng: Rng, slots: Slot[], total: number): void {
  const capacity = slots.reduce((s, x) => s + x.cap, 0);
  if (capacity < total) throw new Error(`sample plan does not fit: room for ${capacity} leases, ${total} wanted`);
  let sum = slots.reduce((s, x) => s + x.count, 0);
  while (sum < total) {
    const slot = slots[rng.int(0, slots.length - 1)] as Slot;
    if (slot.count < slot.cap) { slot.count += 1; sum += 1; }
  }
  while (sum > total) {
    const slot = slots[rng.int(0, slots.length - 1)] as Slot;
    if (slot.count > 0) { slot.count -= 1; sum -= 1; }
  }
}

export function layoutLeases(
  plan: SamplePlan, rng: Rng, newId: NewId, buildings: PlannedBuilding[], units: Planned<'unit'>[], tenants: Planned<'tenant'>[],
): Planned<'lease'>[] {
  const slots = slotsFor(rng, buildings, units);
  settleCounts(rng, slots, plan.leases);
  const leases: Planned<'lease'>[] = [];
  const firstStart = new Map<string, number>();
  const pickTenant = (): string => (tenants[Math.floor(tenants.length * rng.next() ** 1.7)] as Planned<'tenant'>).id;

  for (const slot of slots) {
    if (slot.count === 0) continue;
    const cents = Math.round(slot.unit.draft.areaM2 * 100);
    const split = slot.count >= 2 && cents >= 20_000 && rng.chance(0.15);
    const first = split ? Math.floor(cents * rng.float(0.35, 0.65)) : cents;
    const tracks: [number, number][] = split
      ? [[first, Math.ceil(slot.count / 2)], [cents - first, Math.floor(slot.count / 2)]]
      : [[cents, slot.count]];
    for (const [trackCents, count] of tracks) {
      const span = HORIZON - slot.firstDay;
      for (let i = 0; i < count; i += 1) {
        const segStart = slot.firstDay + Math.floor((i * span) / count);
        const next = i < count - 1 ? slot.firstDay + Math.floor(((i + 1) * span) / count) : null;
        const start = segStart + rng.int(0, Math.floor((span / count) * 0.2));
        const pipeline = slot.building.draft.deliveryDate === null || slot.building.draft.deliveryDate > '2025-12-31';
        const kind: LeaseKind =
          (pipeline && rng.chance(0.5)) || (next === null && start >= YEAR_2026 && rng.chance(0.35)) || rng.chance(0.04)
            ? 'reservation'
            : 'lease';
        const startIso = isoOf(start);
        let end: number | null = kind === 'reservation'
          ? start + rng.int(60, 270)
          : dayOf(addYears(startIso, rng.weighted([[1, 20], [2, 30], [3, 30], [5, 20]] as const))) - 1;
        let terminated: number | null = null;
        if (next !== null && end > next - 1) {
          if (kind === 'lease' && rng.chance(0.4)) terminated = rng.int(start + 1, next);
          else end = next - 1;
        } else if (next === null && kind === 'lease') {
          if (rng.chance(0.08)) end = null;
          const upper = Math.min(AS_OF, end ?? AS_OF);
          if (upper > start + 30 && rng.chance(0.06)) terminated = rng.int(start + 30, upper);
        }
        const area = split || rng.chance(0.85) ? trackCents : Math.floor(trackCents * rng.float(0.5, 0.95));
        const [lo, hi] = RENT[slot.building.zoneCode] ?? [6, 10];
        const tenantId = pickTenant();
        firstStart.set(tenantId, Math.min(firstStart.get(tenantId) ?? Infinity, start));
        leases.push({
          id: newId(),
          draft: {
            unitId: slot.unit.id,
            tenantId,
            kind,
            startDate: startIso,
            endDate: end === null ? null : isoOf(end),
            areaM2: area / 100,
            rentCnyPerM2Day: kind === 'reservation' && rng.chance(0.7) ? null : Math.round(rng.float(lo, hi) * 10) / 10,
            terminatedOn: terminated === null ? null : isoOf(terminated),
          },
        });
      }
    }
  }
  enterDistrict(rng, tenants, firstStart);
  return leases;
}

/** When each tenant came to the district: most long before 2021, the rest shortly before their first lease. */
function enterDistrict(rng: Rng, tenants: Planned<'tenant'>[], firstStart: Map<string, number>): void {
  for (const t of tenants) {
    const r = rng.next();
    const first = firstStart.get(t.id);
    let day: number | null;
    if (r < 0.03) day = null;
    else if (r < 0.65) day = rng.int(dayOf('2008-01-01'), dayOf('2020-12-31'));
    else if (first !== undefined) day = first - rng.int(0, 120);
    else day = rng.int(dayOf('2021-01-01'), dayOf('2026-09-30'));
    t.draft.enteredDistrictOn = day === null ? null : isoOf(day);
  }
}
