// The O(n log n) self-intersection sweep against a plain all-pairs check written here, on random small rings on an
// integer grid (where corners, collinear runs, touching and crossing are common), and on large outlines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ringSelfIntersects, segmentsIntersect } from '../../shared/geo-sweep';

type P = number[];

/** Reference: every pair of non-neighbouring segments, plus repeated corners and neighbours folding back. */
function allPairs(ring: P[]): boolean {
  const n = ring.length - 1;
  const key = (p: P) => `${p[0]},${p[1]}`;
  if (new Set(ring.slice(0, n).map(key)).size !== n) return true;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      const [a, b, c, d] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
      if (!adjacent) {
        if (segmentsIntersect(a, b, c, d)) return true;
        continue;
      }
      // Neighbours meet at their shared corner; any other common point means they overlap.
      const shared = j === i + 1 ? b : a;
      const [u, v] = j === i + 1 ? [a, d] : [b, c];
      const cross = (u[0]! - shared[0]!) * (v[1]! - shared[1]!) - (u[1]! - shared[1]!) * (v[0]! - shared[0]!);
      const dot = (u[0]! - shared[0]!) * (v[0]! - shared[0]!) + (u[1]! - shared[1]!) * (v[1]! - shared[1]!);
      if (cross === 0 && dot > 0) return true;
    }
  }
  return false;
}

const closed = (pts: P[]) => [...pts, pts[0]!];

describe('ringSelfIntersects (sweep) equals the all-pairs check', () => {
  it('on 20,000 random rings of 3–12 corners on a 7×7 grid', () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })).map(([x, y]) => [x, y]);
    let crossing = 0;
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), (pts) => {
        const ring = closed(pts);
        const expected = allPairs(ring);
        if (expected) crossing += 1;
        expect(ringSelfIntersects(ring)).toBe(expected);
      }),
      { numRuns: 20_000, seed: 11 },
    );
    // Both outcomes were exercised plenty.
    expect(crossing).toBeGreaterThan(2_000);
    expect(crossing).toBeLessThan(19_000);
  });

  it('on random simple polygons (star-shaped, many corners) and the same with one corner moved across', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: 5, maxLength: 300 }), fc.nat(), (radii, pick) => {
        const n = radii.length;
        const ring = closed(
          radii.map((r, i) => [116.3 + r * Math.cos((2 * Math.PI * i) / n) * 1e-3, 39.9 + r * Math.sin((2 * Math.PI * i) / n) * 1e-3]),
        );
        expect(ringSelfIntersects(ring)).toBe(allPairs(ring));
        const moved = ring.map((p) => [...p]);
        const k = pick % n;
        moved[k] = [116.3 - moved[k]![0]! + 232.6, 39.9 - moved[k]![1]! + 79.8]; // mirrored through the centre
        if (k === 0) moved[n] = moved[0]!;
        expect(ringSelfIntersects(moved)).toBe(allPairs(moved));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('on a 5,000-corner spiral outline (simple) and the same with its last corner pulled across', () => {
    const inward: P[] = [];
    const outward: P[] = [];
    for (let i = 0; i < 2_500; i += 1) {
      const a = i * 0.05;
      inward.push([Math.cos(a) * (1 + i * 0.01), Math.sin(a) * (1 + i * 0.01)]);
      outward.push([Math.cos(a) * (1.004 + i * 0.01), Math.sin(a) * (1.004 + i * 0.01)]);
    }
    const ring = closed([...inward, ...outward.reverse()]);
    expect(allPairs(ring)).toBe(false);
    expect(ringSelfIntersects(ring)).toBe(false);
    const broken = ring.map((p) => [...p]);
    broken[2_500] = [0, 0];
    expect(allPairs(broken)).toBe(true);
    expect(ringSelfIntersects(broken)).toBe(true);
  });
});
