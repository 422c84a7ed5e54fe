// The figures of docs/ARCHITECTURE.md, "What the numbers mean", and how a group's figures are finished from its sums.
// The dashboard, the map colours, the CLI and the spreadsheets all read these, so they cannot disagree.

/** Additive figures (m²): sums of per-unit (or per-building, for buildings without units) contributions. */
export interface AreaSums {
  providedM2: number;
  leasedM2: number;
  reservedM2: number;
  outOfServiceM2: number;
  availableM2: number;
  pipelineM2: number;
  /** Active leases on units of buildings not yet delivered (reported apart from leased). */
  preLetM2: number;
}

export interface Figures extends AreaSums {
  /** leased / provided; null when nothing is provided. */
  occupancy: number | null;
  /** provided / the space target's value; null without a space target. */
  targetProgress: number | null;
  /** Target-category tenants that entered the district inside the firms target's window and on or before D. */
  newFirms: number;
}

export const AREA_KEYS: readonly (keyof AreaSums)[] = [
  'providedM2',
  'leasedM2',
  'reservedM2',
  'outOfServiceM2',
  'availableM2',
  'pipelineM2',
  'preLetM2',
];

export function emptySums(): AreaSums {
  return { providedM2: 0, leasedM2: 0, reservedM2: 0, outOfServiceM2: 0, availableM2: 0, pipelineM2: 0, preLetM2: 0 };
}

export function addSums(into: AreaSums, add: AreaSums): AreaSums {
  for (const k of AREA_KEYS) into[k] += add[k];
  return into;
}

/** Sums are rounded to 0.01 m² so that both paths (JS and SQL) report identical figures. */
export const round2 = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;

export function finishFigures(sums: AreaSums, spaceTargetM2: number | null, newFirms: number): Figures {
  const rounded = Object.fromEntries(AREA_KEYS.map((k) => [k, round2(sums[k])])) as unknown as AreaSums;
  return {
    ...rounded,
    occupancy: rounded.providedM2 > 0 ? rounded.leasedM2 / rounded.providedM2 : null,
    targetProgress: spaceTargetM2 && spaceTargetM2 > 0 ? rounded.providedM2 / spaceTargetM2 : null,
    newFirms,
  };
}

/** A unit at D, as the roll-up and the stacking plan see it (a building without units: its declared area). */
export interface UnitAtDate {
  areaM2: number;
  countsTowardTarget: boolean;
  outOfService: boolean;
  delivered: boolean;
  activeLeaseM2: number;
  activeReservationM2: number;
}

export const UNIT_STATUSES = ['leased', 'reserved', 'available', 'out_of_service', 'pipeline', 'not_counted'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/**
 * What a unit is at D, in the order the roll-up books its area: not counted, pipeline (building not delivered),
 * out of service, then leased, reserved, available. The stacking plan colours by it; addContribution sums by it.
 */
export function unitStatus(u: UnitAtDate): UnitStatus {
  if (!u.countsTowardTarget) return 'not_counted';
  if (!u.delivered) return 'pipeline';
  if (u.outOfService) return 'out_of_service';
  if (u.activeLeaseM2 > 0) return 'leased';
  if (u.activeReservationM2 > 0) return 'reserved';
  return 'available';
}

/** How a unit's area splits between the statuses at D (m²), for drawing a partly let unit partly filled. */
export type StatusShares = Record<UnitStatus, number>;

/**
 * A unit's shares at D are exactly what addContribution books for it (so a stacking plan's blocks add up to the
 * roll-up), plus its whole area as not counted when it does not count toward the target.
 */
export function unitShares(u: UnitAtDate): StatusShares {
  const s = emptySums();
  addContribution(s, u);
  return sharesOfSums(s, u.countsTowardTarget ? 0 : u.areaM2);
}

/** The roll-up's figures as status shares (not counted: what the caller adds, the roll-up has no such figure). */
export function sharesOfSums(s: AreaSums, notCountedM2: number): StatusShares {
  return {
    leased: s.leasedM2,
    reserved: s.reservedM2,
    available: s.availableM2,
    out_of_service: s.outOfServiceM2,
    pipeline: s.pipelineM2,
    not_counted: notCountedM2,
  };
}

/** What of a unit no active lease or reservation holds at D, never below 0 (the lease form pre-fills it too). */
export function freeAreaM2(areaM2: number, leasedM2: number, reservedM2: number): number {
  return Math.max(0, areaM2 - leasedM2 - reservedM2);
}

/** Add one unit's contribution at D (a building without units contributes its declared area the same way). */
export function addContribution(into: AreaSums, u: UnitAtDate): void {
  const status = unitStatus(u);
  if (status === 'not_counted') return;
  if (status === 'pipeline') {
    into.pipelineM2 += u.areaM2;
    into.preLetM2 += u.activeLeaseM2;
    return;
  }
  // An out-of-service unit counts as out of service for the part no active lease or reservation holds, so a
  // unit is never subtracted twice and provided = leased + reserved + out of service + available.
  const free = freeAreaM2(u.areaM2, u.activeLeaseM2, u.activeReservationM2);
  const outOfService = status === 'out_of_service' ? free : 0;
  into.providedM2 += u.areaM2;
  into.leasedM2 += u.activeLeaseM2;
  into.reservedM2 += u.activeReservationM2;
  into.outOfServiceM2 += outOfService;
  into.availableM2 += free - outOfService;
}
