import type { BuildingStatus } from '../enums';

// Floors: 1..floorsAbove above ground, -1..-floorsBelow below; there is no floor 0.
export function floorInBuilding(floor: number, building: { floorsAbove: number; floorsBelow: number }): boolean {
  if (!Number.isInteger(floor) || floor === 0) return false;
  return floor > 0 ? floor <= building.floorsAbove : -floor <= building.floorsBelow;
}

/**
 * The floors a building has, as people write them (issue 10, item 9): "B2–B1, 1–3", "1–12", "B1, 1". The same text in
 * both languages, used by the floor field's hint and by the out-of-range message.
 */
export function floorRangeText(building: { floorsAbove: number; floorsBelow: number }): string {
  const span = (a: string, b: string) => (a === b ? a : `${a}–${b}`);
  const parts: string[] = [];
  if (building.floorsBelow > 0) parts.push(span(`B${building.floorsBelow}`, 'B1'));
  if (building.floorsAbove > 0) parts.push(span('1', String(building.floorsAbove)));
  return parts.join(', ') || '—';
}

/** A unit sum off the declared rentable area by more than this share of it is a data-quality warning. */
export const RENTABLE_MISMATCH_LIMIT = 0.01;

/** Relative difference between the unit sum and the declared rentable area, or null when either is missing. */
export function rentableMismatch(unitSumM2: number, declaredM2: number | null): number | null {
  if (declaredM2 === null || declaredM2 <= 0 || unitSumM2 <= 0) return null;
  return Math.abs(unitSumM2 - declaredM2) / declaredM2;
}

/** The data-quality warning (ARCHITECTURE "Rentable area"): units and declared area differ by more than 1 %. */
export function isRentableMismatch(unitSumM2: number, declaredM2: number | null): boolean {
  return declaredM2 !== null && declaredM2 > 0 && unitSumM2 > 0 && Math.abs(unitSumM2 - declaredM2) > RENTABLE_MISMATCH_LIMIT * declaredM2;
}

/** What a building is at an as-of date D, as every map card, colour and label shows it. */
export const BUILDING_STATES = ['pipeline', 'renovating', 'operational'] as const;
export type BuildingState = (typeof BUILDING_STATES)[number];

/**
 * A building not delivered at D is pipeline, whatever its stored status says (that status describes today);
 * a delivered one is renovating or in use (issue 10, item 3). `delivered` is isDeliveredOn(deliveryDate, D).
 */
export function buildingStateAt(b: { delivered: boolean; status: BuildingStatus }): BuildingState {
  if (!b.delivered) return 'pipeline';
  return b.status === 'renovating' ? 'renovating' : 'operational';
}
