// Generating a building's floors and units in one step (issue 10, item 5): the floors from–to, so many units per
// floor, labels from a pattern, one area for all or one per position on the floor. Pure, so the form's preview and
// the service that writes them plan exactly the same units.
import type { FieldError } from '../errors';
import type { UnitUse } from '../enums';

export interface UnitPlanSpec {
  floorFrom: number;
  floorTo: number;
  perFloor: number;
  /** `{floor}` → the floor (basements B1, B2), `{nn}` → the position on the floor as two digits, `{n}` → as is. */
  pattern: string;
  /** One area for every unit, or one per position on the floor (perFloor of them). */
  areas: number[];
  use: UnitUse;
  countsTowardTarget: boolean;
}

export interface PlannedUnit {
  floor: number;
  label: string;
  areaM2: number;
}

/** At most this many units in one step (a 100-floor tower of 20 units a floor). */
export const MAX_PLANNED_UNITS = 2000;

/** The floors between two numbers, lowest first, without floor 0. */
export function floorsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let f = Math.min(from, to); f <= Math.max(from, to); f += 1) if (f !== 0) out.push(f);
  return out;
}

export function unitLabel(pattern: string, floor: number, position: number): string {
  return pattern
    .replace(/\{floor\}/g, floor < 0 ? `B${-floor}` : String(floor))
    .replace(/\{nn\}/g, String(position).padStart(2, '0'))
    .replace(/\{n\}/g, String(position));
}

/** The units the spec describes, floor by floor from the lowest, positions 1… on each. */
export function planUnits(spec: UnitPlanSpec): PlannedUnit[] {
  const units: PlannedUnit[] = [];
  for (const floor of floorsBetween(spec.floorFrom, spec.floorTo)) {
    for (let position = 1; position <= spec.perFloor; position += 1) {
      const areaM2 = spec.areas.length === 1 ? (spec.areas[0] as number) : (spec.areas[position - 1] ?? Number.NaN);
      units.push({ floor, label: unitLabel(spec.pattern, floor, position), areaM2 });
    }
  }
  return units;
}

/** What is wrong with the spec as a whole (before any unit is checked against the building), as field errors. */
export function planProblems(spec: UnitPlanSpec): FieldError[] {
  const errors: FieldError[] = [];
  const floors = floorsBetween(spec.floorFrom, spec.floorTo).length;
  if (floors * spec.perFloor > MAX_PLANNED_UNITS)
    errors.push({ field: 'perFloor', code: 'too_many_units', params: { max: MAX_PLANNED_UNITS } });
  if (floors === 0) errors.push({ field: 'floorFrom', code: 'floor_zero' });
  if (spec.areas.length !== 1 && spec.areas.length !== spec.perFloor) {
    errors.push({ field: 'areas', code: 'areas_count', params: { count: spec.perFloor } });
  }
  if (errors.length) return errors;
  const labels = planUnits(spec).map((u) => u.label);
  if (new Set(labels).size !== labels.length) errors.push({ field: 'pattern', code: 'pattern_repeats' });
  return errors;
}
