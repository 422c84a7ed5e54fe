// Pure geometry of the map's own small draw tool: vertices as the user clicks them, the polygon they make,
// the GeoJSON shown while drawing, vertex dragging and picking. No map, no DOM.
import type { Feature, FeatureCollection, Geometry as GeoJsonGeometry } from 'geojson';
import { checkGeometry, geodesicArea, type GeometryProblem } from '../../../shared/geo';
import type { Geometry } from '../../../shared/models';

export type LngLat = [number, number];

/** The outer ring of a stored shape (first polygon), without its closing point: the vertices to edit. */
export function verticesOf(geometry: Geometry | null): LngLat[] {
  if (!geometry) return [];
  const ring = geometry.type === 'Polygon' ? (geometry.coordinates as number[][][])[0] : (geometry.coordinates as number[][][][])[0]?.[0];
  if (!ring || ring.length < 2) return [];
  const pts = ring.map((p) => [p[0] ?? 0, p[1] ?? 0] as LngLat);
  const [first, last] = [pts[0], pts[pts.length - 1]];
  if (first && last && first[0] === last[0] && first[1] === last[1]) pts.pop();
  return pts;
}

/**
 * Drop a vertex equal (within `eps` degrees) to the one before it; a double-click adds its point twice.
 * Coordinates are rounded to 7 decimals (about 1 cm), as the inventory stores them.
 */
export function cleanVertices(vertices: LngLat[], eps = 1e-9): LngLat[] {
  const out: LngLat[] = [];
  for (const v of vertices) {
    const r: LngLat = [Math.round(v[0] * 1e7) / 1e7, Math.round(v[1] * 1e7) / 1e7];
    const prev = out[out.length - 1];
    if (prev && Math.abs(prev[0] - r[0]) <= eps && Math.abs(prev[1] - r[1]) <= eps) continue;
    out.push(r);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && Math.abs(first[0] - last[0]) <= eps && Math.abs(first[1] - last[1]) <= eps) out.pop();
  return out;
}

/** The closed polygon of these vertices, or null with fewer than 3. */
export function polygonOf(vertices: LngLat[]): Geometry | null {
  const v = cleanVertices(vertices);
  if (v.length < 3) return null;
  return { type: 'Polygon', coordinates: [[...v.map((p) => [p[0], p[1]]), [v[0]![0], v[0]![1]]]] };
}

export interface DraftCheck {
  geometry: Geometry | null;
  areaM2: number;
  /** The problem that stops a save; too few points count as unclosed. */
  problem: GeometryProblem | null;
}

export function checkDraft(vertices: LngLat[]): DraftCheck {
  const geometry = polygonOf(vertices);
  if (!geometry) return { geometry: null, areaM2: 0, problem: 'geometry_unclosed' };
  return { geometry, areaM2: geodesicArea(geometry), problem: checkGeometry(geometry) };
}

export function moveVertex(vertices: LngLat[], index: number, to: LngLat): LngLat[] {
  if (index < 0 || index >= vertices.length) return vertices;
  return vertices.map((v, i) => (i === index ? to : v));
}

/** Index of the vertex nearest to `p` (screen pixels) within `tolerance`, or -1. */
export function nearestVertex(screen: [number, number][], p: [number, number], tolerance = 8): number {
  let best = -1;
  let bestD = tolerance * tolerance;
  screen.forEach((s, i) => {
    const d = (s[0] - p[0]) ** 2 + (s[1] - p[1]) ** 2;
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

/** What the draw source shows: the polygon (closed) or the open line, plus one point per vertex. */
export function drawFeatures(vertices: LngLat[], closed: boolean, cursor: LngLat | null = null): FeatureCollection {
  const features: Feature[] = [];
  const line = cursor && !closed ? [...vertices, cursor] : vertices;
  const geometry = closed ? polygonOf(vertices) : null;
  if (geometry) {
    features.push({ type: 'Feature', properties: {}, geometry: geometry as GeoJsonGeometry });
  } else if (line.length >= 2) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } });
  }
  vertices.forEach((v, index) => features.push({ type: 'Feature', properties: { index }, geometry: { type: 'Point', coordinates: v } }));
  return { type: 'FeatureCollection', features };
}
