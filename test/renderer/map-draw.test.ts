// The draw tool's geometry: vertices from a stored shape, the polygon they close into, double-click duplicates
// dropped, the check that stops a save, dragging and picking vertices, and what the draw source shows.
import { describe, expect, it } from 'vitest';
import type { Geometry } from '../../shared/models';
import {
  checkDraft,
  cleanVertices,
  drawFeatures,
  moveVertex,
  nearestVertex,
  polygonOf,
  verticesOf,
  type LngLat,
} from '../../renderer/map/draw/geometry';

const ring: LngLat[] = [
  [116.34, 39.94],
  [116.3405, 39.94],
  [116.3405, 39.9404],
  [116.34, 39.9404],
];

describe('draw geometry', () => {
  it('reads the outer ring of a polygon or the first part of a multipolygon, without the closing point', () => {
    const poly: Geometry = { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
    expect(verticesOf(poly)).toEqual(ring);
    expect(verticesOf({ type: 'MultiPolygon', coordinates: [[[...ring, ring[0]!]]] })).toEqual(ring);
    expect(verticesOf(null)).toEqual([]);
  });

  it('closes the vertices into a polygon, dropping the repeated points a double-click leaves', () => {
    const clicked: LngLat[] = [...ring, ring[3]!, [116.34000000001, 39.9404]];
    expect(cleanVertices(clicked)).toEqual(ring);
    expect(cleanVertices([...ring, ring[0]!])).toEqual(ring);
    expect(polygonOf(clicked)).toEqual({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });
    expect(polygonOf(ring.slice(0, 2))).toBeNull();
  });

  it('rounds to 7 decimals as the inventory stores them', () => {
    expect(cleanVertices([[116.123456789, 39.987654321]])).toEqual([[116.1234568, 39.9876543]]);
  });

  it('measures and checks with the server’s rules: unclosed, self-intersecting, too small', () => {
    const ok = checkDraft(ring);
    expect(ok.problem).toBeNull();
    expect(ok.areaM2).toBeGreaterThan(1500);
    expect(ok.areaM2).toBeLessThan(2000);
    expect(checkDraft(ring.slice(0, 2)).problem).toBe('geometry_unclosed');
    const bowTie: LngLat[] = [ring[0]!, ring[2]!, ring[1]!, ring[3]!];
    expect(checkDraft(bowTie).problem).toBe('geometry_self_intersecting');
    expect(
      checkDraft([
        [116.34, 39.94],
        [116.34001, 39.94],
        [116.34001, 39.94001],
      ]).problem,
    ).toBe('geometry_too_small');
  });

  it('moves a vertex without touching the others', () => {
    expect(moveVertex(ring, 1, [1, 2])).toEqual([ring[0], [1, 2], ring[2], ring[3]]);
    expect(moveVertex(ring, 9, [1, 2])).toBe(ring);
  });

  it('picks the nearest vertex within the tolerance', () => {
    const screen: [number, number][] = [
      [10, 10],
      [100, 10],
      [100, 100],
    ];
    expect(nearestVertex(screen, [98, 12])).toBe(1);
    expect(nearestVertex(screen, [50, 50])).toBe(-1);
    expect(nearestVertex(screen, [55, 10], 50)).toBe(1);
  });

  it('shows an open line (with the pointer) while drawing, the polygon once closed, and a point per vertex', () => {
    const open = drawFeatures(ring.slice(0, 2), false, [116.3405, 39.9404]);
    expect(open.features.map((f) => f.geometry.type)).toEqual(['LineString', 'Point', 'Point']);
    expect((open.features[0]?.geometry as { coordinates: number[][] }).coordinates).toHaveLength(3);
    const closed = drawFeatures(ring, true);
    expect(closed.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point', 'Point', 'Point', 'Point']);
    expect(closed.features[1]?.properties).toEqual({ index: 0 });
    expect(drawFeatures([], false).features).toEqual([]);
  });
});
