// Filters of the map (zone, park, what a building is at the as-of date, use) as maplibre filter expressions.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { UNIT_USES, type UnitUse } from '../../../shared/enums';
import { BUILDING_STATES, type BuildingState } from '../../../shared/rules/buildings';

export interface MapFilters {
  zoneId: string;
  parkId: string;
  /** What the building is at the map's as-of date (buildingStateAt), as its colour and card say (issue 10, item 3). */
  status: BuildingState | '';
  /** Buildings with at least one unit of this use. */
  use: UnitUse | '';
}

export const NO_FILTERS: MapFilters = { zoneId: '', parkId: '', status: '', use: '' };

export function isUnitUse(value: string): value is UnitUse {
  return (UNIT_USES as readonly string[]).includes(value);
}

export function isBuildingState(value: string): value is BuildingState {
  return (BUILDING_STATES as readonly string[]).includes(value);
}

/** The filter for building layers: every set criterion must hold; `true` when none is set. */
export function buildingFilter(f: MapFilters): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [];
  if (f.zoneId) parts.push(['==', ['get', 'zoneId'], f.zoneId]);
  if (f.parkId) parts.push(['==', ['get', 'parkId'], f.parkId]);
  if (f.status) parts.push(['==', ['get', 'statusClass'], f.status]);
  if (f.use) parts.push(['in', `,${f.use},`, ['get', 'uses']]);
  if (parts.length === 0) return ['boolean', true];
  return parts.length === 1 ? (parts[0] as ExpressionSpecification) : ['all', ...parts];
}

/** Parks follow the zone and park criteria (status concerns buildings only). */
export function parkFilter(f: MapFilters): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [];
  if (f.zoneId) parts.push(['==', ['get', 'zoneId'], f.zoneId]);
  if (f.parkId) parts.push(['==', ['get', 'id'], f.parkId]);
  if (parts.length === 0) return ['boolean', true];
  return parts.length === 1 ? (parts[0] as ExpressionSpecification) : ['all', ...parts];
}
