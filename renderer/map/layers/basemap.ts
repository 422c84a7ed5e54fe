// Basemap sources and layers, drawn under the zones: an https raster tile template the user set, or a local
// PMTiles file the user picked (raster, or vector drawn plainly layer by layer). Pure: no map, no file access.
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { BasemapSetting } from '../../../shared/map-views';

/** A PMTiles archive opened in this session (see ../pmtiles.ts), registered under `key`. */
export interface LocalTiles {
  key: string;
  name: string;
  kind: 'raster' | 'vector';
  /** Vector layer ids from the archive's metadata. */
  vectorLayers: string[];
  minzoom: number;
  maxzoom: number;
}

export const BASEMAP_PREFIX = 'basemap';

export function isTileTemplate(source: string): boolean {
  return /^https:\/\/[^\s/]+\/\S*$/.test(source) && source.includes('{z}') && source.includes('{x}') && source.includes('{y}');
}

export interface BasemapParts {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

const NONE: BasemapParts = { sources: {}, layers: [] };

export function basemapParts(setting: BasemapSetting, local: LocalTiles | null): BasemapParts {
  if (setting.kind === 'raster-url' && isTileTemplate(setting.source)) {
    return {
      sources: { basemap: { type: 'raster', tiles: [setting.source], tileSize: 256, maxzoom: 19 } },
      layers: [{ id: 'basemap', type: 'raster', source: 'basemap' }],
    };
  }
  if (setting.kind !== 'pmtiles' || !local) return NONE;
  const url = `pmtiles://${local.key}`;
  if (local.kind === 'raster') {
    return {
      sources: { basemap: { type: 'raster', url, tileSize: 256 } },
      layers: [{ id: 'basemap', type: 'raster', source: 'basemap' }],
    };
  }
  const layers: LayerSpecification[] = [];
  for (const layer of local.vectorLayers) {
    const base = { source: 'basemap', 'source-layer': layer };
    layers.push(
      {
        id: `basemap-${layer}-fill`,
        type: 'fill',
        ...base,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': '#e4e2da', 'fill-outline-color': '#d3d0c6' },
      },
      {
        id: `basemap-${layer}-line`,
        type: 'line',
        ...base,
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': '#c9c6bc', 'line-width': 0.8 },
      },
    );
  }
  return { sources: { basemap: { type: 'vector', url } }, layers };
}
