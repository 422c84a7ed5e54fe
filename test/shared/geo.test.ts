import { describe, expect, it } from 'vitest';
import { checkGeometry, geodesicArea, ringSelfIntersects } from '../../shared/geo';
import type { Geometry } from '../../shared/models';

/** A square of `side` metres near the core (1° lat ≈ 111,320 m; 1° lon ≈ 111,320·cos(lat) m). */
function square(side: number, lon = 116.337, lat = 39.939): Geometry {
  const dLat = side / 111_320;
  const dLon = side / (111_320 * Math.cos((lat * Math.PI) / 180));
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + dLon, lat],
        [lon + dLon, lat + dLat],
        [lon, lat + dLat],
        [lon, lat],
      ],
    ],
  };
}

describe('geodesic area', () => {
  it('measures a 50 m square as about 2,500 m²', () => {
    expect(geodesicArea(square(50))).toBeGreaterThan(2_480);
    expect(geodesicArea(square(50))).toBeLessThan(2_520);
  });
  it('subtracts holes and adds the parts of a multipolygon', () => {
    const outer = (square(50).coordinates as number[][][])[0]!;
    const hole = (square(10, 116.3372, 39.9392).coordinates as number[][][])[0]!;
    expect(geodesicArea({ type: 'Polygon', coordinates: [outer, hole] })).toBeCloseTo(
      geodesicArea(square(50)) - geodesicArea(square(10)),
      -1,
    );
    expect(geodesicArea({ type: 'MultiPolygon', coordinates: [[outer], [outer]] })).toBeCloseTo(2 * geodesicArea(square(50)), 6);
  });
});

describe('shape checks', () => {
  it('accepts a normal footprint', () => expect(checkGeometry(square(30))).toBeNull());
  it('refuses an unclosed ring', () => {
    const ring = (square(30).coordinates as number[][][])[0]!.slice(0, 4);
    ring.push([116.3371, 39.9391]);
    expect(checkGeometry({ type: 'Polygon', coordinates: [ring] })).toBe('geometry_unclosed');
  });
  it('refuses a bow-tie', () => {
    const bowtie = [
      [116.337, 39.939],
      [116.338, 39.94],
      [116.338, 39.939],
      [116.337, 39.94],
      [116.337, 39.939],
    ];
    expect(ringSelfIntersects(bowtie)).toBe(true);
    expect(checkGeometry({ type: 'Polygon', coordinates: [bowtie] })).toBe('geometry_self_intersecting');
  });
  it('refuses a tiny shape', () => expect(checkGeometry(square(2))).toBe('geometry_too_small'));
  it('refuses coordinates off the globe', () => {
    expect(
      checkGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [200, 0],
            [201, 0],
            [201, 1],
            [200, 0],
          ],
        ],
      }),
    ).toBe('geometry_out_of_range');
  });
});

import { contentSecurityPolicy, META_CONTENT_SECURITY_POLICY } from '../../shared/api';
import { basemapOrigin } from '../../shared/map-views';

describe('the CSP follows the online basemap', () => {
  it('takes the https origin of a tile template, nothing else', () => {
    expect(basemapOrigin({ kind: 'raster-url', source: 'https://Tiles.Example.org:8443/{z}/{x}/{y}.png' })).toBe(
      'https://tiles.example.org:8443',
    );
    expect(basemapOrigin({ kind: 'raster-url', source: 'http://tiles.example.org/{z}/{x}/{y}.png' })).toBeNull();
    expect(basemapOrigin({ kind: 'pmtiles', source: '/data/base.pmtiles' })).toBeNull();
    expect(basemapOrigin({ kind: 'none', source: '' })).toBeNull();
  });
  it('adds that origin to img-src and connect-src only, and ignores anything that is not an origin', () => {
    const policy = contentSecurityPolicy(['https://tiles.example.org', "https://x.org; script-src 'unsafe-eval'"]);
    expect(policy).toContain("img-src 'self' data: blob: https://tiles.example.org;");
    expect(policy).toContain("connect-src 'self' https://tiles.example.org;");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("script-src 'self';");
  });
  it('the meta tag defers the basemap decision to the header and carries no frame-ancestors', () => {
    expect(META_CONTENT_SECURITY_POLICY).toContain("connect-src 'self' https:");
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  });
});
