// What the map channel returns: the inventory's shapes with the figures that colour them at D.
import type { BuildingStatus, ZoneKind } from './enums';
import type { Geometry, LocalName } from './models';

export interface MapZone {
  id: string;
  code: string;
  name: LocalName;
  kind: ZoneKind;
  boundary: Geometry | null;
}

export interface MapPark {
  id: string;
  zoneId: string;
  name: LocalName;
  theme: string;
  boundary: Geometry | null;
}

export interface MapBuilding {
  id: string;
  zoneId: string;
  parkId: string | null;
  name: LocalName;
  isThemeBuilding: boolean;
  status: BuildingStatus;
  /** Delivered on or before D. */
  delivered: boolean;
  deliveryDate: string | null;
  floorsAbove: number;
  footprint: Geometry | null;
  /** The uses of its units as `,office,lab,` (empty `,,` without units), for substring filters on the map. */
  uses: string;
  providedM2: number;
  leasedM2: number;
  reservedM2: number;
  availableM2: number;
  pipelineM2: number;
  /** leased / provided at D; null when nothing is provided. */
  occupancy: number | null;
}

export interface MapFeatures {
  asOf: string;
  zones: MapZone[];
  parks: MapPark[];
  buildings: MapBuilding[];
}

export const BASEMAP_KINDS = ['none', 'pmtiles', 'raster-url', 'vector-url'] as const;
export type BasemapKind = (typeof BASEMAP_KINDS)[number];

export interface BasemapSetting {
  kind: BasemapKind;
  /** A local file path (pmtiles) or an https tile URL template / style URL. */
  source: string;
}

/** The https origin an online basemap loads from, or null (none, a local file, or not https). */
export function basemapOrigin(setting: BasemapSetting): string | null {
  if (setting.kind !== 'raster-url' && setting.kind !== 'vector-url') return null;
  const match = /^https:\/\/([A-Za-z0-9.-]+(?::\d{1,5})?)(?:[/?#]|$)/.exec(setting.source);
  return match ? `https://${match[1]!.toLowerCase()}` : null;
}
