// GeoJSON for the map's sources, built from what `map:features` returns: zones, zone label points, parks,
// building footprints and points (a building without a footprint sits at its park's or zone's centre).
// Names are in the interface language; colours per status and per occupancy are precomputed properties.
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import type { Locale } from '../../../shared/enums';
import { bboxOf } from '../../../shared/geo';
import type { MapBuilding, MapFeatures } from '../../../shared/map-views';
import type { Geometry, LocalName } from '../../../shared/models';
import {
  COLUMN_EXAGGERATION,
  COLUMN_SIDE_M,
  FLOOR_HEIGHT_M,
  occupancyBand,
  occupancyColor,
  STATUS_COLORS,
  statusClass,
  zoneColor,
} from './colors';
import { OCCUPANCY_PATTERNS, patternImageId, STATUS_PATTERNS, type PatternKind } from './patterns';

export type Bounds = [number, number, number, number];
type Shape = Polygon | MultiPolygon;

export interface MapSources {
  zones: FeatureCollection<Shape>;
  zoneLabels: FeatureCollection<Point>;
  parks: FeatureCollection<Shape>;
  /** One label point per park (a polygon's own label would repeat on every tile it spans). */
  parkLabels: FeatureCollection<Point>;
  buildings: FeatureCollection<Shape>;
  buildingPoints: FeatureCollection<Point>;
  /** One square column per building at its point, for 3D at district zoom. */
  buildingColumns: FeatureCollection<Polygon>;
}

/** A square of `sideM` metres around a point (degrees of longitude shrink with the cosine of the latitude). */
export function squareAround([x, y]: [number, number], sideM: number): Polygon {
  const dy = sideM / 2 / 111_320;
  const dx = dy / Math.cos((y * Math.PI) / 180);
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x - dx, y - dy],
        [x + dx, y - dy],
        [x + dx, y + dy],
        [x - dx, y + dy],
        [x - dx, y - dy],
      ],
    ],
  };
}

export function labelOf(name: LocalName, locale: Locale): string {
  return locale === 'zh-CN' ? name.zh || name.en : name.en || name.zh;
}

export function toShape(g: Geometry): Shape {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates as number[][][] }
    : { type: 'MultiPolygon', coordinates: g.coordinates as number[][][][] };
}

export function centreOf(g: Geometry): [number, number] {
  const [x0, y0, x1, y1] = bboxOf(g);
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

/** Zones in code order; the index picks the zone's colour. */
export function zoneOrder(data: MapFeatures): Map<string, number> {
  const sorted = [...data.zones].sort((a, b) => a.code.localeCompare(b.code));
  return new Map(sorted.map((z, i) => [z.id, i]));
}

const patternId = (kind: PatternKind | null) => (kind ? patternImageId(kind) : '');

export function buildingProperties(b: MapBuilding, locale: Locale) {
  const cls = statusClass(b);
  return {
    id: b.id,
    kind: 'building',
    zoneId: b.zoneId,
    parkId: b.parkId ?? '',
    name: labelOf(b.name, locale),
    status: b.status,
    statusClass: cls,
    statusColor: STATUS_COLORS[cls],
    occupancy: b.occupancy ?? -1,
    occupancyBand: occupancyBand(b.occupancy),
    occupancyColor: occupancyColor(b.occupancy),
    // The pattern drawn over the colour ('' = plain), per colouring (patterns.ts).
    statusPattern: patternId(STATUS_PATTERNS[cls]),
    occupancyPattern: patternId(OCCUPANCY_PATTERNS[occupancyBand(b.occupancy)]),
    theme: b.isThemeBuilding,
    height: Math.max(1, b.floorsAbove) * FLOOR_HEIGHT_M,
    providedM2: b.providedM2,
    leasedM2: b.leasedM2,
    availableM2: b.availableM2,
    uses: b.uses,
  };
}

export function buildSources(data: MapFeatures, locale: Locale): MapSources {
  const order = zoneOrder(data);
  const zoneCentre = new Map<string, [number, number]>();
  const parkCentre = new Map<string, [number, number]>();
  const zones: Feature<Shape>[] = [];
  const zoneLabels: Feature<Point>[] = [];
  for (const z of data.zones) {
    if (!z.boundary) continue;
    const props = {
      id: z.id,
      kind: 'zone',
      zoneKind: z.kind,
      code: z.code,
      name: labelOf(z.name, locale),
      color: zoneColor(order.get(z.id) ?? 0),
    };
    zones.push({ type: 'Feature', id: order.get(z.id) ?? 0, properties: props, geometry: toShape(z.boundary) });
    const c = centreOf(z.boundary);
    zoneCentre.set(z.id, c);
    zoneLabels.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: c } });
  }
  const parks: Feature<Shape>[] = [];
  const parkLabels: Feature<Point>[] = [];
  for (const p of data.parks) {
    if (!p.boundary) continue;
    const c = centreOf(p.boundary);
    parkCentre.set(p.id, c);
    const properties = {
      id: p.id,
      kind: 'park',
      zoneId: p.zoneId,
      name: labelOf(p.name, locale),
      color: zoneColor(order.get(p.zoneId) ?? 0),
    };
    parks.push({ type: 'Feature', properties, geometry: toShape(p.boundary) });
    parkLabels.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: c } });
  }
  const buildings: Feature<Shape>[] = [];
  const buildingPoints: Feature<Point>[] = [];
  const buildingColumns: Feature<Polygon>[] = [];
  for (const b of data.buildings) {
    const properties = buildingProperties(b, locale);
    if (b.footprint) {
      buildings.push({ type: 'Feature', properties, geometry: toShape(b.footprint) });
      // A dot too, so a 30 m building is seen at district zoom (the dots layer stops where footprints are readable),
      // and a column for 3D there.
      const at = centreOf(b.footprint);
      buildingPoints.push({ type: 'Feature', properties: { ...properties, dot: true }, geometry: { type: 'Point', coordinates: at } });
      buildingColumns.push({
        type: 'Feature',
        properties: { ...properties, height: properties.height * COLUMN_EXAGGERATION },
        geometry: squareAround(at, COLUMN_SIDE_M),
      });
    } else {
      const at = (b.parkId ? parkCentre.get(b.parkId) : undefined) ?? zoneCentre.get(b.zoneId);
      if (at)
        buildingPoints.push({ type: 'Feature', properties: { ...properties, dot: false }, geometry: { type: 'Point', coordinates: at } });
    }
  }
  const fc = <G extends Shape | Point | Polygon>(features: Feature<G>[]): FeatureCollection<G> => ({ type: 'FeatureCollection', features });
  return {
    zones: fc(zones),
    zoneLabels: fc(zoneLabels),
    parks: fc(parks),
    parkLabels: fc(parkLabels),
    buildings: fc(buildings),
    buildingPoints: fc(buildingPoints),
    buildingColumns: fc(buildingColumns),
  };
}

function extend(acc: Bounds, b: Bounds): Bounds {
  return [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])];
}

const EMPTY: Bounds = [Infinity, Infinity, -Infinity, -Infinity];

/** Bounds of some geometries, or null when there are none. */
export function boundsOf(geometries: (Geometry | null)[]): Bounds | null {
  let acc = EMPTY;
  for (const g of geometries) if (g) acc = extend(acc, bboxOf(g));
  return Number.isFinite(acc[0]) ? acc : null;
}

export function districtBounds(data: MapFeatures): Bounds | null {
  return boundsOf([...data.zones.map((z) => z.boundary), ...data.parks.map((p) => p.boundary), ...data.buildings.map((b) => b.footprint)]);
}

/**
 * Where a building is on the map: its footprint, or without one its park, else its zone, where its point is drawn
 * (issue 10, item 8: opening a building without an outline goes to where it would be, never leaves the map as it was).
 */
export function placeBounds(data: MapFeatures, b: MapBuilding): Bounds | null {
  const park = b.parkId ? (data.parks.find((p) => p.id === b.parkId)?.boundary ?? null) : null;
  const zone = data.zones.find((z) => z.id === b.zoneId)?.boundary ?? null;
  return boundsOf([b.footprint]) ?? boundsOf([park]) ?? boundsOf([zone]);
}

export interface SearchHit {
  kind: 'building' | 'park' | 'zone';
  id: string;
  label: string;
  bounds: Bounds | null;
}

/** Buildings, parks and zones whose name (either language) or code contains the query, exact names first; at most `limit`. */
export function searchFeatures(data: MapFeatures, query: string, locale: Locale, limit = 8): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const match = (n: LocalName, extra = '') => `${n.zh}\n${n.en}\n${extra}`.toLowerCase().includes(q);
  const rank = (label: string, n: LocalName) =>
    [n.zh, n.en].some((x) => x.toLowerCase() === q) ? 0 : label.toLowerCase().startsWith(q) ? 1 : 2;
  const hits: SearchHit[] = [];
  for (const b of data.buildings) {
    if (match(b.name)) hits.push({ kind: 'building', id: b.id, label: labelOf(b.name, locale), bounds: placeBounds(data, b) });
  }
  for (const p of data.parks) {
    if (match(p.name)) hits.push({ kind: 'park', id: p.id, label: labelOf(p.name, locale), bounds: boundsOf([p.boundary]) });
  }
  for (const z of data.zones) {
    if (match(z.name, z.code)) hits.push({ kind: 'zone', id: z.id, label: labelOf(z.name, locale), bounds: boundsOf([z.boundary]) });
  }
  const named = new Map([...data.buildings, ...data.parks, ...data.zones].map((r) => [r.id, r.name]));
  return hits
    .map((h, i) => ({ h, i, r: rank(h.label, named.get(h.id) ?? { zh: '', en: '' }) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.h);
}
