// Leases and reservations: per unit, one or two "tracks" (two tenants sharing a unit split its area) of
// back-to-back, non-overlapping terms, so no unit is ever over-leased. Starts spread from each building's
// delivery (or a pre-let before it) up to the end of 2026; some leases terminated early, some open-ended.
import type { LeaseKind } from '../../../../shared/enums';
import type { NewId, Planned, PlannedBuilding } from './model';
import { PLAN_DUE, SAMPLE_AS_OF, SAMPLE_HORIZON, type SamplePlan } from './plan';
import { Rng, addYears, dayOf, isoOf } from './random';

const RENT: Record<string, [number, number]> = { CORE: [8, 14], 'WING-NE': [6, 11], 'WING-S': [5, 9] };
const HORIZON = dayOf(SAMPLE_HORIZON);
const AS_OF = dayOf(SAMPLE_AS_OF);
const LATE_2025 = dayOf('2025-07-01');
/** Most current terms run at least this far, so the end of 2025 finds the district mostly let. */
const RUNS_PAST = dayOf('2026-09-30');
const TERMS = [1, 2, 3, 5, 8, 10] as const;

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
    } else if (delivery > PLAN_DUE) {
      first = dayOf(delivery) - rng.int(0, 240);
    } else {
      first = dayOf(delivery) + rng.int(0, 90);
    }
    first = Math.min(first, HORIZON);
    const cap = Math.min(4, 1 + Math.floor((HORIZON - first) / 240));
    const count = Math.min(
      cap,
      rng.weighted([
        [0, 12],
        [1, 66],
        [2, 16],
        [3, 6],
      ] as const),
    );
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
    if (slot.count < slot.cap) {
      slot.count += 1;
      sum += 1;
    }
  }
  // Trim lease histories before leaving units empty, so the district stays mostly let, but keep a tenth of
  // the units with a history (earlier tenants, early terminations).
  let multi = slots.filter((x) => x.count >= 2).length;
  const keepMulti = Math.floor(slots.length * 0.1);
  while (sum > total) {
    const slot = slots[rng.int(0, slots.length - 1)] as Slot;
    if (slot.count >= 2 || (multi <= keepMulti && slot.count > 0)) {
      if (slot.count === 2) multi -= 1;
      slot.count -= 1;
      sum -= 1;
    }
  }
}

/**
 * End and termination of one term on a track. `next` is where the following term's segment begins (null for
 * the unit's current term): an earlier term ends, or is terminated, before it with a vacant gap between.
 */
function termDays(rng: Rng, start: number, next: number | null, kind: LeaseKind): { end: number | null; terminated: number | null } {
  const startIso = isoOf(start);
  const yearsEnd = (years: number) => dayOf(addYears(startIso, years)) - 1;
  if (kind === 'reservation') {
    const end = start + rng.int(60, 270);
    return { end: next === null ? end : Math.min(end, next - 1), terminated: null };
  }
  if (next !== null) {
    const gap = rng.int(0, Math.min(120, Math.floor((next - start) * 0.3)));
    if (rng.chance(0.25)) return { end: yearsEnd(TERMS.find((y) => yearsEnd(y) > next) ?? 10), terminated: next - gap };
    return { end: next - 1 - gap, terminated: null };
  }
  const end = rng.chance(0.08)
    ? null
    : yearsEnd(rng.chance(0.85) ? rng.pick(TERMS.filter((y) => yearsEnd(y) >= RUNS_PAST).slice(0, 3)) : rng.pick([1, 2, 3, 5]));
  const upper = Math.min(AS_OF, end ?? AS_OF);
  return { end, terminated: upper > start + 30 && rng.chance(0.06) ? rng.int(start + 30, upper) : null };
}

export function layoutLeases(
  plan: SamplePlan,
  rng: Rng,
  newId: NewId,
  buildings: PlannedBuilding[],
  units: Planned<'unit'>[],
  tenants: Planned<'tenant'>[],
): Planned<'lease'>[] {
  const slots = slotsFor(rng, buildings, units);
  settleCounts(rng, slots, plan.leases);
  const leases: Planned<'lease'>[] = [];
  const firstStart = new Map<string, number>();
  const pickTenant = (): string => (tenants[Math.floor(tenants.length * rng.next() ** 1.3)] as Planned<'tenant'>).id;

  for (const slot of slots) {
    if (slot.count === 0) continue;
    const cents = Math.round(slot.unit.draft.areaM2 * 100);
    const split = slot.count >= 2 && cents >= 20_000 && rng.chance(0.15);
    const first = split ? Math.floor(cents * rng.float(0.35, 0.65)) : cents;
    const tracks: [number, number][] = split
      ? [
          [first, Math.ceil(slot.count / 2)],
          [cents - first, Math.floor(slot.count / 2)],
        ]
      : [[cents, slot.count]];
    for (const [trackCents, count] of tracks) {
      const span = HORIZON - slot.firstDay;
      for (let i = 0; i < count; i += 1) {
        const segStart = slot.firstDay + Math.floor((i * span) / count);
        const next = i < count - 1 ? slot.firstDay + Math.floor(((i + 1) * span) / count) : null;
        const start = segStart + rng.int(0, Math.floor((span / count) * 0.2));
        const pipeline = slot.building.draft.deliveryDate === null || slot.building.draft.deliveryDate > PLAN_DUE;
        const kind: LeaseKind =
          (pipeline && rng.chance(0.5)) || (next === null && start >= LATE_2025 && rng.chance(0.35)) || rng.chance(0.04)
            ? 'reservation'
            : 'lease';
        const { end, terminated } = termDays(rng, start, next, kind);
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
            startDate: isoOf(start),
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
    else if (r < 0.78) day = rng.int(dayOf('2008-01-01'), dayOf('2020-12-31'));
    else if (first !== undefined) day = first - rng.int(0, 120);
    else day = rng.int(dayOf('2021-01-01'), dayOf('2026-09-30'));
    t.draft.enteredDistrictOn = day === null ? null : isoOf(day);
  }
}
