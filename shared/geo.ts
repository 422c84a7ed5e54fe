// Geometry checks and measures for footprints and boundaries (GeoJSON, WGS84 lon/lat).
import { ringSelfIntersects } from './geo-sweep';
import type { Geometry } from './models';

export { ringSelfIntersects, segmentsIntersect } from './geo-sweep';

export const EARTH_RADIUS_M = 6_378_137;
/** Shapes smaller than this are taken as slips of the mouse, not buildings or parks. */
export const MIN_AREA_M2 = 10;

export type Position = number[];
export type Ring = Position[];
export type GeometryProblem = 'geometry_unclosed' | 'geometry_self_intersecting' | 'geometry_too_small' | 'geometry_out_of_range';

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Area of a ring on the sphere (m², always ≥ 0); Chamberlain & Duquette's spherical-excess approximation. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [lon1 = 0, lat1 = 0] = ring[i] as Position;
    const [lon2 = 0, lat2 = 0] = ring[i + 1] as Position;
    sum += rad(lon2 - lon1) * (2 + Math.sin(rad(lat1)) + Math.sin(rad(lat2)));
  }
  return Math.abs((sum * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

export function polygons(geometry: Geometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);
}

/** Geodesic area: outer rings minus holes, summed over the parts (m²). */
export function geodesicArea(geometry: Geometry): number {
  return polygons(geometry).reduce((total, rings) => {
    const [outer, ...holes] = rings;
    return total + (outer ? ringArea(outer) : 0) - holes.reduce((h, r) => h + ringArea(r), 0);
  }, 0);
}

const samePoint = (a: Position | undefined, b: Position | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** null when the shape can be saved; otherwise the first problem found. */
export function checkGeometry(geometry: Geometry, minAreaM2 = MIN_AREA_M2): GeometryProblem | null {
  for (const rings of polygons(geometry)) {
    for (const ring of rings) {
      if (ring.some((p) => Math.abs(p[0] ?? 0) > 180 || Math.abs(p[1] ?? 0) > 90)) return 'geometry_out_of_range';
      if (ring.length < 4 || !samePoint(ring[0], ring[ring.length - 1])) return 'geometry_unclosed';
      if (ringSelfIntersects(ring)) return 'geometry_self_intersecting';
    }
  }
  return geodesicArea(geometry) < minAreaM2 ? 'geometry_too_small' : null;
}

/** Centre of a geometry's bounding box (for labels and points of buildings drawn as points). */
export function bboxOf(geometry: Geometry): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons(geometry)) {
    for (const p of rings[0] ?? []) {
      minX = Math.min(minX, p[0] ?? 0);
      minY = Math.min(minY, p[1] ?? 0);
      maxX = Math.max(maxX, p[0] ?? 0);
      maxY = Math.max(maxY, p[1] ?? 0);
    }
  }
  return [minX, minY, maxX, maxY];
}
