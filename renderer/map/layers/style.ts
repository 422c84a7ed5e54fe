// The map style, built in code: no sprite, glyphs from the app's own files, an optional basemap the user chose.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { BasemapSetting } from '../../../shared/map-views';
import { DRAW_COLOR, PARK_OUTLINE, SELECTED_OUTLINE, THEME_OUTLINE } from './colors';
import { basemapParts, type LocalTiles } from './basemap';
import { buildingFilter, parkFilter, type MapFilters } from './filters';

export type ColourMode = 'status' | 'occupancy';
export const FONT_STACK = ['Noto Sans Regular'];
/** CJK text is drawn locally with this CSS font family (nothing fetched). */
export const LOCAL_CJK_FONTS = "'WenQuanYi Zen Hei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export const SOURCE_IDS = ['zones', 'zoneLabels', 'parks', 'parkLabels', 'buildings', 'buildingPoints', 'buildingColumns', 'draw'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Below this zoom footprints are a few pixels wide, so buildings are also drawn as dots. */
export const DOTS_MAX_ZOOM = 15;
/** Layers a click or hover can hit, topmost first. */
export const PICK_LAYERS = [
  'building-points',
  'building-dots',
  'building-columns',
  'buildings-extrusion',
  'buildings-fill',
  'parks-fill',
  'zones-fill',
] as const;

export interface StyleOptions {
  /** Absolute URL of the app's folder (ends with '/'). */
  baseUrl: string;
  basemap: BasemapSetting;
  /** The PMTiles file picked in this session, used when the basemap setting is 'pmtiles'. */
  localTiles: LocalTiles | null;
  colourMode: ColourMode;
  threeD: boolean;
  filters: MapFilters;
  selectedId: string;
}

export function glyphsUrl(baseUrl: string): string {
  return `${baseUrl}glyphs/{fontstack}/{range}.pbf`;
}

export function colourExpression(mode: ColourMode): ExpressionSpecification {
  return ['get', mode === 'status' ? 'statusColor' : 'occupancyColor'];
}

export { isTileTemplate } from './basemap';

const empty = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

/** Building-layer filters combined with the selection filter where a layer needs one. */
export function selectedFilter(id: string): FilterSpecification {
  return ['==', ['get', 'id'], id];
}

export function buildingLayers(o: Pick<StyleOptions, 'colourMode' | 'threeD' | 'filters'>): LayerSpecification[] {
  const filter = buildingFilter(o.filters);
  const colour = colourExpression(o.colourMode);
  const pattern = o.colourMode === 'status' ? 'statusPattern' : 'occupancyPattern';
  const flat = o.threeD ? 'none' : 'visible';
  const lineWidth: DataDrivenPropertyValueSpecification<number> = ['case', ['get', 'theme'], 3, 0.8];
  const points = (dots: boolean): FilterSpecification => ['all', ['==', ['get', 'dot'], dots], filter];
  const circle = (radius: number) => ({
    'circle-color': colour,
    'circle-radius': radius,
    'circle-stroke-color': ['case', ['get', 'theme'], THEME_OUTLINE, '#ffffff'] as ExpressionSpecification,
    'circle-stroke-width': ['case', ['get', 'theme'], 2.5, 1.2] as ExpressionSpecification,
  });
  return [
    {
      id: 'buildings-fill',
      type: 'fill',
      source: 'buildings',
      filter,
      layout: { visibility: flat },
      paint: { 'fill-color': colour, 'fill-opacity': 0.9 },
    },
    // The colour's pattern over it (patterns.ts), so colour is not the only sign; plain where the property is ''.
    {
      id: 'buildings-pattern',
      type: 'fill',
      source: 'buildings',
      filter: ['all', ['!=', ['get', pattern], ''], filter],
      layout: { visibility: flat },
      paint: { 'fill-pattern': ['get', pattern] },
    },
    {
      id: 'buildings-extrusion',
      type: 'fill-extrusion',
      source: 'buildings',
      filter,
      layout: { visibility: o.threeD ? 'visible' : 'none' },
      paint: { 'fill-extrusion-color': colour, 'fill-extrusion-height': ['get', 'height'], 'fill-extrusion-opacity': 0.9 },
    },
    {
      id: 'buildings-outline',
      type: 'line',
      source: 'buildings',
      filter,
      layout: { visibility: flat },
      paint: { 'line-color': ['case', ['get', 'theme'], THEME_OUTLINE, '#ffffff'], 'line-width': lineWidth },
    },
    // In 3D at district zoom, where footprints are too small to extrude visibly, each building stands as a column.
    {
      id: 'building-columns',
      type: 'fill-extrusion',
      source: 'buildingColumns',
      maxzoom: DOTS_MAX_ZOOM,
      filter,
      layout: { visibility: o.threeD ? 'visible' : 'none' },
      paint: { 'fill-extrusion-color': colour, 'fill-extrusion-height': ['get', 'height'], 'fill-extrusion-opacity': 0.9 },
    },
    { id: 'building-points', type: 'circle', source: 'buildingPoints', filter: points(false), paint: circle(7) },
    {
      id: 'building-dots',
      type: 'circle',
      source: 'buildingPoints',
      maxzoom: DOTS_MAX_ZOOM,
      filter: points(true),
      layout: { visibility: flat },
      paint: circle(4.5),
    },
  ];
}

export function buildStyle(o: StyleOptions): StyleSpecification {
  const basemap = basemapParts(o.basemap, o.localTiles);
  const sources: Record<string, SourceSpecification> = { ...basemap.sources };
  for (const id of SOURCE_IDS) sources[id] = empty();
  const withBasemap = basemap.layers.length > 0;
  const text = (size: number) => ({ 'text-field': ['get', 'name'] as ExpressionSpecification, 'text-font': FONT_STACK, 'text-size': size });
  const halo = { 'text-color': '#1f2933', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 };
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': '#f4f3ef' } },
    ...basemap.layers,
    {
      id: 'zones-fill',
      type: 'fill',
      source: 'zones',
      paint: { 'fill-color': ['get', 'color'], 'fill-opacity': withBasemap ? 0.3 : 0.35 },
    },
    { id: 'zones-outline', type: 'line', source: 'zones', paint: { 'line-color': ['get', 'color'], 'line-width': 2.5 } },
    {
      id: 'parks-fill',
      type: 'fill',
      source: 'parks',
      filter: parkFilter(o.filters),
      paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.25 },
    },
    {
      id: 'parks-outline',
      type: 'line',
      source: 'parks',
      filter: parkFilter(o.filters),
      paint: { 'line-color': PARK_OUTLINE, 'line-width': 1.4, 'line-dasharray': [3, 2] },
    },
    ...buildingLayers(o),
    {
      id: 'buildings-selected',
      type: 'line',
      source: 'buildings',
      filter: selectedFilter(o.selectedId),
      paint: { 'line-color': SELECTED_OUTLINE, 'line-width': 3 },
    },
    {
      id: 'draw-fill',
      type: 'fill',
      source: 'draw',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': DRAW_COLOR, 'fill-opacity': 0.2 },
    },
    {
      id: 'draw-line',
      type: 'line',
      source: 'draw',
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': DRAW_COLOR, 'line-width': 2 },
    },
    {
      id: 'draw-vertex',
      type: 'circle',
      source: 'draw',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': '#ffffff', 'circle-radius': 5, 'circle-stroke-color': DRAW_COLOR, 'circle-stroke-width': 2 },
    },
    {
      id: 'building-labels',
      type: 'symbol',
      source: 'buildings',
      minzoom: 16.5,
      filter: buildingFilter(o.filters),
      layout: { ...text(11), 'text-max-width': 8 },
      paint: halo,
    },
    {
      id: 'park-labels',
      type: 'symbol',
      source: 'parkLabels',
      minzoom: 14.5,
      filter: parkFilter(o.filters),
      layout: { ...text(12), 'text-max-width': 9 },
      paint: halo,
    },
    {
      id: 'zone-labels',
      type: 'symbol',
      source: 'zoneLabels',
      layout: { ...text(16), 'text-allow-overlap': true },
      paint: { ...halo, 'text-halo-width': 2.2 },
    },
  ];
  return { version: 8, name: 'park-space-desk', glyphs: glyphsUrl(o.baseUrl), sources, layers };
}
