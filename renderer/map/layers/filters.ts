// Filters of the map (the same ones as the building list: zone, park, status, use) as maplibre filter expressions.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BUILDING_STATUSES, UNIT_USES, type BuildingStatus, type UnitUse } from '../../../shared/enums';

export interface MapFilters {
  zoneId: string;
  parkId: string;
  status: BuildingStatus | '';
  /** Buildings with at least one unit of this use. */
  use: UnitUse | '';
}

export const NO_FILTERS: MapFilters = { zoneId: '', parkId: '', status: '', use: '' };

export function isUnitUse(value: string): value is UnitUse {
  return (UNIT_USES as readonly string[]).includes(value);
}

export function isBuildingStatus(value: string): value is BuildingStatus {
  return (BUILDING_STATUSES as readonly string[]).includes(value);
}

/** The filter for building layers: every set criterion must hold; `true` when none is set. */
export function buildingFilter(f: MapFilters): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [];
  if (f.zoneId) parts.push(['==', ['get', 'zoneId'], f.zoneId]);
  if (f.parkId) parts.push(['==', ['get', 'parkId'], f.parkId]);
  if (f.status) parts.push(['==', ['get', 'status'], f.status]);
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
