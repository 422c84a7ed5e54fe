// Colours of the map: one per zone (so the core and each wing read apart), per building status at D and per
// occupancy band. Pure data, shared by the layers, the legend and the tests.
import type { MapBuilding } from '../../../shared/map-views';
import { BUILDING_STATES, buildingStateAt, type BuildingState } from '../../../shared/rules/buildings';

/** Zones in code order take these in turn (the core first in the sample: CORE < WING-*). */
export const ZONE_PALETTE = ['#e76f51', '#2a9d8f', '#6c5ce7', '#e9c46a', '#3a86ff', '#8d6e63'] as const;

export function zoneColor(index: number): string {
  return ZONE_PALETTE[((index % ZONE_PALETTE.length) + ZONE_PALETTE.length) % ZONE_PALETTE.length] as string;
}

/** What a building is at the as-of date (the rule lives in shared/rules/buildings.ts). */
export const STATUS_CLASSES = BUILDING_STATES;
export type StatusClass = BuildingState;

export const STATUS_COLORS: Record<StatusClass, string> = {
  pipeline: '#9aa5b1',
  renovating: '#f4a259',
  operational: '#1d6fb8',
};

export function statusClass(b: Pick<MapBuilding, 'delivered' | 'status'>): StatusClass {
  return buildingStateAt(b);
}

/** Occupancy bands (leased / provided): lower bound inclusive. `none` = nothing provided at D. */
export const OCCUPANCY_BANDS = [
  { key: 'none', min: null, color: '#c3c9d0' },
  { key: 'low', min: 0, color: '#d7301f' },
  { key: 'mid', min: 0.5, color: '#fc8d59' },
  { key: 'high', min: 0.8, color: '#91cf60' },
  { key: 'full', min: 0.95, color: '#1a9850' },
] as const;
export type OccupancyBand = (typeof OCCUPANCY_BANDS)[number]['key'];

export function occupancyBand(occupancy: number | null): OccupancyBand {
  if (occupancy === null || !Number.isFinite(occupancy)) return 'none';
  let band: OccupancyBand = 'low';
  for (const b of OCCUPANCY_BANDS) if (b.min !== null && occupancy >= b.min) band = b.key;
  return band;
}

export function occupancyColor(occupancy: number | null): string {
  const key = occupancyBand(occupancy);
  return OCCUPANCY_BANDS.find((b) => b.key === key)?.color ?? '#c3c9d0';
}

export const THEME_OUTLINE = '#b8860b';
export const PARK_OUTLINE = '#37474f';
export const SELECTED_OUTLINE = '#111111';
export const DRAW_COLOR = '#d81b60';

/** Metres per floor when buildings are extruded in 3D. */
export const FLOOR_HEIGHT_M = 3.5;

/**
 * At district zoom a footprint is a few pixels wide, so in 3D each building also stands as a column (issue 10,
 * item 14): a square this many metres wide, this many times as tall as the building, so the skyline reads.
 */
export const COLUMN_SIDE_M = 70;
export const COLUMN_EXAGGERATION = 4;
