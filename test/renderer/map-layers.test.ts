// The map's pure builders: GeoJSON from MapFeatures, colours per status and occupancy band, labels per language,
// filters as maplibre expressions, and the style (offline: glyphs from the app, no sprite, basemap only if set).
import { describe, expect, it } from 'vitest';
import type { MapBuilding, MapFeatures } from '../../shared/map-views';
import type { Geometry } from '../../shared/models';
import {
  occupancyBand,
  occupancyColor,
  OCCUPANCY_BANDS,
  STATUS_COLORS,
  statusClass,
  zoneColor,
  FLOOR_HEIGHT_M,
  COLUMN_EXAGGERATION,
  COLUMN_SIDE_M,
} from '../../renderer/map/layers/colors';
import { geodesicArea } from '../../shared/geo';
import { buildSources, districtBounds, labelOf, searchFeatures, zoneOrder } from '../../renderer/map/layers/features';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildingFilter, NO_FILTERS, parkFilter, type MapFilters } from '../../renderer/map/layers/filters';
import { basemapParts, type LocalTiles } from '../../renderer/map/layers/basemap';
import { buildStyle, colourExpression, DOTS_MAX_ZOOM, glyphsUrl, isTileTemplate } from '../../renderer/map/layers/style';

const square = (x: number, y: number, d = 0.0005): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

function building(over: Partial<MapBuilding>): MapBuilding {
  return {
    id: 'b1',
    zoneId: 'z1',
    parkId: 'p1',
    name: { zh: '一号楼', en: 'Building 1' },
    isThemeBuilding: false,
    status: 'operational',
    delivered: true,
    deliveryDate: '2022-01-01',
    floorsAbove: 10,
    footprint: square(116.34, 39.94),
    providedM2: 1000,
    leasedM2: 600,
    reservedM2: 0,
    availableM2: 400,
    pipelineM2: 0,
    occupancy: 0.6,
    uses: ',office,',
    ...over,
  };
}

const data: MapFeatures = {
  asOf: '2025-12-31',
  zones: [
    { id: 'z2', code: 'WING-S', name: { zh: '广安南翼', en: 'South Wing' }, kind: 'wing', boundary: square(116.35, 39.89, 0.01) },
    { id: 'z1', code: 'CORE', name: { zh: '北展核心区', en: 'Core' }, kind: 'core', boundary: square(116.33, 39.93, 0.02) },
    { id: 'z3', code: 'WING-N', name: { zh: '德胜', en: '' }, kind: 'wing', boundary: null },
  ],
  parks: [
    { id: 'p1', zoneId: 'z1', name: { zh: '金融科技园', en: 'Fintech Park' }, theme: 'fintech', boundary: square(116.339, 39.939, 0.003) },
  ],
  buildings: [
    building({}),
    building({
      id: 'b2',
      name: { zh: '二号楼', en: 'Building 2' },
      footprint: null,
      delivered: false,
      status: 'planned',
      occupancy: null,
      isThemeBuilding: true,
    }),
    building({ id: 'b3', parkId: null, zoneId: 'z2', name: { zh: '三号楼', en: 'Tower 3' }, footprint: null, status: 'renovating' }),
  ],
};

describe('colours', () => {
  it('give the core and each wing their own colour', () => {
    const order = zoneOrder(data);
    expect(order.get('z1')).toBe(0);
    const colours = ['z1', 'z2', 'z3'].map((id) => zoneColor(order.get(id) ?? -1));
    expect(new Set(colours).size).toBe(3);
    expect(zoneColor(-1)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('class a building by what it is at D: pipeline until delivered, then renovating or operational', () => {
    expect(statusClass({ delivered: false, status: 'operational' })).toBe('pipeline');
    expect(statusClass({ delivered: true, status: 'renovating' })).toBe('renovating');
    expect(statusClass({ delivered: true, status: 'planned' })).toBe('operational');
    expect(new Set(Object.values(STATUS_COLORS)).size).toBe(3);
  });

  it('band occupancy at 50 %, 80 % and 95 %, with its own colour for nothing provided', () => {
    expect([null, 0, 0.499, 0.5, 0.79, 0.8, 0.949, 0.95, 1].map(occupancyBand)).toEqual([
      'none',
      'low',
      'low',
      'mid',
      'mid',
      'high',
      'high',
      'full',
      'full',
    ]);
    expect(occupancyBand(Number.NaN)).toBe('none');
    expect(new Set(OCCUPANCY_BANDS.map((b) => b.color)).size).toBe(OCCUPANCY_BANDS.length);
    expect(occupancyColor(0.96)).toBe(OCCUPANCY_BANDS.find((b) => b.key === 'full')?.color);
  });
});

describe('features', () => {
  it('turn zones, parks and buildings into GeoJSON with colours and heights as properties', () => {
    const s = buildSources(data, 'zh-CN');
    expect(s.zones.features.map((f) => f.properties?.id)).toEqual(['z2', 'z1']);
    expect(s.zoneLabels.features).toHaveLength(2);
    expect(s.parkLabels.features.map((f) => f.properties?.name)).toEqual(['金融科技园']);
    expect(s.parks.features[0]?.properties?.color).toBe(zoneColor(0));
    expect(s.buildings.features).toHaveLength(1);
    const b1 = s.buildings.features[0]?.properties;
    expect(b1).toMatchObject({ id: 'b1', statusClass: 'operational', occupancyBand: 'mid', height: 10 * FLOOR_HEIGHT_M, theme: false });
    expect(b1?.statusColor).toBe(STATUS_COLORS.operational);
  });

  it('place a building without a footprint at its park’s centre, or its zone’s, and dot every footprint', () => {
    const s = buildSources(data, 'en');
    const points = Object.fromEntries(
      s.buildingPoints.features.map((f) => [`${f.properties?.id}:${f.properties?.dot}`, f.geometry.coordinates]),
    );
    const near = (got: number[] | undefined, want: [number, number]) => want.forEach((w, i) => expect(got?.[i]).toBeCloseTo(w, 9));
    near(points['b2:false'], [116.3405, 39.9405]);
    near(points['b3:false'], [116.355, 39.895]);
    near(points['b1:true'], [116.34025, 39.94025]);
    expect(s.buildingPoints.features.find((f) => f.properties?.id === 'b2')?.properties).toMatchObject({
      statusClass: 'pipeline',
      occupancy: -1,
      theme: true,
    });
  });

  it('label in the interface language, falling back to the other one', () => {
    expect(buildSources(data, 'zh-CN').zoneLabels.features.map((f) => f.properties?.name)).toEqual(['广安南翼', '北展核心区']);
    expect(buildSources(data, 'en').zoneLabels.features.map((f) => f.properties?.name)).toEqual(['South Wing', 'Core']);
    expect(labelOf({ zh: '德胜', en: '' }, 'en')).toBe('德胜');
    expect(labelOf({ zh: '', en: 'Desheng' }, 'zh-CN')).toBe('Desheng');
  });

  it('find buildings, parks and zones by either name, and bound the district', () => {
    expect(searchFeatures(data, 'tower', 'zh-CN').map((h) => [h.kind, h.id, h.label])).toEqual([['building', 'b3', '三号楼']]);
    expect(searchFeatures(data, '金融', 'en').map((h) => h.id)).toEqual(['p1']);
    expect(searchFeatures(data, 'core', 'en')[0]?.bounds).toEqual([116.33, 39.93, 116.35, 39.95]);
    expect(searchFeatures(data, '  ', 'en')).toEqual([]);
    // A building without an outline is found where its point is: its park, else its zone (issue 10, item 8).
    expect(searchFeatures(data, '二号楼', 'zh-CN')[0]?.bounds).toEqual([116.339, 39.939, 116.342, 39.942]);
    expect(searchFeatures(data, 'tower', 'en')[0]?.bounds).toEqual([116.35, 39.89, 116.36, 39.9]);
    // An exact name comes before names that contain it.
    const parkNamed = { ...data, parks: [{ ...data.parks[0]!, name: { zh: '一号楼', en: 'No. 1' } }] };
    expect(searchFeatures(parkNamed, '一号楼', 'zh-CN').map((h) => h.kind)).toEqual(['building', 'park']);
    expect(
      searchFeatures({ ...parkNamed, buildings: [building({ name: { zh: '一号楼东座', en: 'B1 East' } })] }, '一号楼', 'zh-CN').map(
        (h) => h.kind,
      ),
    ).toEqual(['park', 'building']);
    expect(districtBounds(data)).toEqual([116.33, 39.89, 116.36, 39.95]);
  });
});

describe('filters', () => {
  it('are `true` when nothing is set, one comparison per criterion otherwise', () => {
    expect(buildingFilter(NO_FILTERS)).toEqual(['boolean', true]);
    expect(buildingFilter({ ...NO_FILTERS, zoneId: 'z1' })).toEqual(['==', ['get', 'zoneId'], 'z1']);
    expect(buildingFilter({ ...NO_FILTERS, zoneId: 'z1', parkId: 'p1', status: 'pipeline' })).toEqual([
      'all',
      ['==', ['get', 'zoneId'], 'z1'],
      ['==', ['get', 'parkId'], 'p1'],
      ['==', ['get', 'statusClass'], 'pipeline'],
    ]);
    expect(parkFilter({ ...NO_FILTERS, parkId: 'p1', status: 'pipeline' })).toEqual(['==', ['get', 'id'], 'p1']);
    expect(buildingFilter({ ...NO_FILTERS, use: 'lab' })).toEqual(['in', ',lab,', ['get', 'uses']]);
  });

  it('keep the buildings maplibre would draw, evaluated from the style’s own expressions', () => {
    // Every building as a point feature with the properties the map gives it (buildSources).
    const points = buildSources(data, 'en').buildingPoints.features;
    expect(points.map((f) => f.properties?.id)).toEqual(['b1', 'b2', 'b3']);
    const shown = (filters: MapFilters, layer = 'building-labels') => {
      const spec = buildStyle({ ...styleBase, filters, basemap: { kind: 'none', source: '' } }).layers.find((l) => l.id === layer);
      const { filter } = featureFilter((spec as { filter?: FilterSpecification } | undefined)?.filter);
      return points.filter((f) => filter({ zoom: 17 }, { type: 'Point', properties: f.properties ?? {} })).map((f) => f.properties?.id);
    };
    expect(shown(NO_FILTERS)).toEqual(['b1', 'b2', 'b3']);
    expect(shown({ ...NO_FILTERS, zoneId: 'z1', status: 'pipeline' })).toEqual(['b2']);
    // The status filter is what a building is at the as-of date, as its colour says (b3 is stored renovating).
    expect(shown({ ...NO_FILTERS, status: 'renovating' })).toEqual(['b3']);
    expect(shown({ ...NO_FILTERS, zoneId: 'z1', parkId: 'p1' })).toEqual(['b1', 'b2']);
    expect(shown({ ...NO_FILTERS, use: 'office' })).toEqual(['b1', 'b2', 'b3']);
    expect(shown({ ...NO_FILTERS, use: 'lab' })).toEqual([]);
    // The footprint layers use the same filter; the point layer adds "no footprint" (b1 has one, so it is a dot).
    expect(shown({ ...NO_FILTERS, zoneId: 'z1' }, 'buildings-fill')).toEqual(['b1', 'b2']);
    expect(shown({ ...NO_FILTERS, zoneId: 'z1' }, 'building-points')).toEqual(['b2']);
  });
});

const styleBase = { baseUrl: 'app://park/', localTiles: null, colourMode: 'status' as const, threeD: false, selectedId: '' };

describe('style', () => {
  const base = { ...styleBase, filters: NO_FILTERS };

  it('is offline: glyphs from the app’s folder, no sprite, no source with a URL unless a basemap is set', () => {
    const style = buildStyle({ ...base, basemap: { kind: 'none', source: '' } });
    expect(style.glyphs).toBe('app://park/glyphs/{fontstack}/{range}.pbf');
    expect(glyphsUrl('http://127.0.0.1:5000/')).toMatch(/^http:\/\/127\.0\.0\.1:5000\/glyphs\//);
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.sources)).not.toMatch(/https?:/);
    expect(style.layers.map((l) => l.id)).toContain('zones-fill');
  });

  it('adds a raster basemap below the zones only for an https tile template', () => {
    const url = 'https://tiles.example.org/{z}/{x}/{y}.png';
    expect(isTileTemplate(url)).toBe(true);
    expect(isTileTemplate('http://tiles.example.org/{z}/{x}/{y}.png')).toBe(false);
    expect(isTileTemplate('https://tiles.example.org/tile.png')).toBe(false);
    expect(basemapParts({ kind: 'pmtiles', source: '' }, null)).toEqual({ sources: {}, layers: [] });
    expect(basemapParts({ kind: 'raster-url', source: 'javascript:alert(1)' }, null).layers).toEqual([]);
    const style = buildStyle({ ...base, basemap: { kind: 'raster-url', source: url } });
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('basemap')).toBeLessThan(ids.indexOf('zones-fill'));
    expect(style.sources.basemap).toMatchObject({ type: 'raster', tiles: [url] });
  });

  it('draws a local PMTiles file picked in this session through the pmtiles:// protocol, raster or vector', () => {
    const raster: LocalTiles = { key: 'city.pmtiles', name: 'city.pmtiles', kind: 'raster', vectorLayers: [], minzoom: 0, maxzoom: 16 };
    const r = basemapParts({ kind: 'pmtiles', source: '' }, raster);
    expect(r.sources.basemap).toEqual({ type: 'raster', url: 'pmtiles://city.pmtiles', tileSize: 256 });
    const vector = { ...raster, kind: 'vector' as const, vectorLayers: ['water', 'roads'] };
    const style = buildStyle({ ...base, basemap: { kind: 'pmtiles', source: '' }, localTiles: vector });
    const ids = style.layers.map((l) => l.id);
    expect(ids.slice(1, 5)).toEqual(['basemap-water-fill', 'basemap-water-line', 'basemap-roads-fill', 'basemap-roads-line']);
    expect(ids.indexOf('basemap-roads-line')).toBeLessThan(ids.indexOf('zones-fill'));
    expect(style.sources.basemap).toEqual({ type: 'vector', url: 'pmtiles://city.pmtiles' });
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });

  it('colours buildings by the chosen property and shows either flat footprints or extrusions', () => {
    expect(colourExpression('occupancy')).toEqual(['get', 'occupancyColor']);
    const flat = buildStyle({ ...base, basemap: { kind: 'none', source: '' } });
    const tall = buildStyle({ ...base, threeD: true, basemap: { kind: 'none', source: '' } });
    const vis = (s: typeof flat, id: string) =>
      (s.layers.find((l) => l.id === id)?.layout as { visibility?: string } | undefined)?.visibility;
    expect([vis(flat, 'buildings-fill'), vis(flat, 'buildings-extrusion')]).toEqual(['visible', 'none']);
    expect([vis(tall, 'buildings-fill'), vis(tall, 'buildings-extrusion')]).toEqual(['none', 'visible']);
    const extrusion = tall.layers.find((l) => l.id === 'buildings-extrusion');
    expect(extrusion?.paint).toMatchObject({ 'fill-extrusion-height': ['get', 'height'], 'fill-extrusion-color': ['get', 'statusColor'] });
    // At district zoom in 3D the buildings stand as columns, the flat dots give way (issue 10, item 14).
    expect([vis(flat, 'building-columns'), vis(flat, 'building-dots')]).toEqual(['none', 'visible']);
    expect([vis(tall, 'building-columns'), vis(tall, 'building-dots')]).toEqual(['visible', 'none']);
    expect(tall.layers.find((l) => l.id === 'building-columns')).toMatchObject({ source: 'buildingColumns', maxzoom: DOTS_MAX_ZOOM });
  });

  it('puts a column on every building with a footprint, centred on it, as tall as its floors times the exaggeration', () => {
    const columns = buildSources(data, 'en').buildingColumns.features;
    expect(columns.map((c) => c.properties?.id)).toEqual(['b1']);
    const ring = (columns[0]?.geometry.coordinates[0] ?? []) as number[][];
    const cx = (Math.min(...ring.map((p) => p[0] ?? 0)) + Math.max(...ring.map((p) => p[0] ?? 0))) / 2;
    expect(cx).toBeCloseTo(116.34 + 0.00025, 9);
    expect(geodesicArea({ type: 'Polygon', coordinates: [ring] })).toBeCloseTo(COLUMN_SIDE_M ** 2, -1);
    expect(columns[0]?.properties?.height).toBe(10 * FLOOR_HEIGHT_M * COLUMN_EXAGGERATION);
  });
});
