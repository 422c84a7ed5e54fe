// Geometry checks and measures for footprints and boundaries (GeoJSON, WGS84 lon/lat).
import type { Geometry } from './models';

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

function cross(o: Position, a: Position, b: Position): number {
  return ((a[0] ?? 0) - (o[0] ?? 0)) * ((b[1] ?? 0) - (o[1] ?? 0)) - ((a[1] ?? 0) - (o[1] ?? 0)) * ((b[0] ?? 0) - (o[0] ?? 0));
}

function onSegment(p: Position, q: Position, r: Position): boolean {
  return Math.min(p[0] ?? 0, r[0] ?? 0) <= (q[0] ?? 0) && (q[0] ?? 0) <= Math.max(p[0] ?? 0, r[0] ?? 0)
    && Math.min(p[1] ?? 0, r[1] ?? 0) <= (q[1] ?? 0) && (q[1] ?? 0) <= Math.max(p[1] ?? 0, r[1] ?? 0);
}

/** Do segments p1p2 and p3p4 meet (touching counts)? */
export function segmentsIntersect(p1: Position, p2: Position, p3: Position, p4: Position): boolean {
  const d1 = cross(p3, p4, p1);
  const d2 = cross(p3, p4, p2);
  const d3 = cross(p1, p2, p3);
  const d4 = cross(p1, p2, p4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && onSegment(p3, p1, p4)) || (d2 === 0 && onSegment(p3, p2, p4))
    || (d3 === 0 && onSegment(p1, p3, p2)) || (d4 === 0 && onSegment(p1, p4, p2));
}

/** A ring crosses or touches itself anywhere but at neighbouring segments' shared corner. */
export function ringSelfIntersects(ring: Ring): boolean {
  const n = ring.length - 1; // segments (ring is closed)
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      if (adjacent) continue;
      if (segmentsIntersect(ring[i] as Position, ring[i + 1] as Position, ring[j] as Position, ring[j + 1] as Position)) return true;
    }
  }
  // A repeated vertex (other than the closing one) is a pinch.
  const keys = ring.slice(0, n).map((p) => `${p[0]},${p[1]}`);
  return new Set(keys).size !== keys.length;
}

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
