// Floors: 1..floorsAbove above ground, -1..-floorsBelow below; there is no floor 0.
export function floorInBuilding(floor: number, building: { floorsAbove: number; floorsBelow: number }): boolean {
  if (!Number.isInteger(floor) || floor === 0) return false;
  return floor > 0 ? floor <= building.floorsAbove : -floor <= building.floorsBelow;
}

/** Relative difference between the unit sum and the declared rentable area (> 0.01 is a data-quality warning). */
export function rentableMismatch(unitSumM2: number, declaredM2: number | null): number | null {
  if (declaredM2 === null || declaredM2 <= 0 || unitSumM2 <= 0) return null;
  return Math.abs(unitSumM2 - declaredM2) / declaredM2;
}
