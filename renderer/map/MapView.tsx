// The map instance: created once, fed GeoJSON from the pure builders, restyled in place when the colour mode,
// 3D, filters, selection or basemap change. Also runs the draw tool's pointer handling (see draw/useDrawTool).
import { useEffect, useLayoutEffect, useRef, type MutableRefObject } from 'react';
import type { FeatureCollection } from 'geojson';
import type { BasemapSetting } from '../../shared/map-views';
import type { DrawState } from '../stores/map';
import { drawFeatures } from './draw/geometry';
import { useDrawTool } from './draw/useDrawTool';
import { basemapParts, BASEMAP_PREFIX, type LocalTiles } from './layers/basemap';
import type { Bounds, MapSources } from './layers/features';
import { buildingLayers, buildStyle, LOCAL_CJK_FONTS, PICK_LAYERS, selectedFilter, type StyleOptions } from './layers/style';
import { buildingFilter, parkFilter } from './layers/filters';
import { PATTERN_SIZE, patternOfImageId, patternPixels } from './layers/patterns';
import { appBaseUrl, exposeForTests, MaplibreMap, type GeoJSONSource } from './maplibre';
import './map.css';

export interface PickedFeature {
  kind: 'building' | 'park' | 'zone';
  id: string;
  properties: Record<string, unknown>;
}

export interface MapController {
  fit(bounds: Bounds, animate?: boolean): void;
  /** The current view as a PNG (after the next render). */
  exportPng(): Promise<Blob | null>;
}

interface Props {
  sources: MapSources | null;
  /** Where to look when the first data arrives (before it is drawn, so nothing is tiled twice). */
  initialBounds: Bounds | null;
  options: Omit<StyleOptions, 'baseUrl'>;
  draw: DrawState | null;
  onDrawChange(vertices: DrawState['vertices'], closed: boolean): void;
  /** A click: the feature under it (if any) and where it is (longitude, latitude). */
  onPick(feature: PickedFeature | null, at: [number, number]): void;
  onHover(hover: { feature: PickedFeature; x: number; y: number } | null): void;
  onReady(controller: MapController | null): void;
  /** The basemap's source failed (a tile or the archive could not be loaded); `detail` is maplibre's message. */
  onBasemapError(detail: string): void;
  /** Multisampled edges (default on). Off for a one-off picture: in software rendering they cost most of the frame. */
  antialias?: boolean;
}

const DATA_SOURCES = ['zones', 'zoneLabels', 'parks', 'parkLabels', 'buildings', 'buildingPoints', 'buildingColumns'] as const;

function pickAt(map: MaplibreMap, point: [number, number]): PickedFeature | null {
  const layers = PICK_LAYERS.filter((id) => map.getLayer(id));
  const hit = map.queryRenderedFeatures(point, { layers })[0];
  const props = hit?.properties as Record<string, unknown> | undefined;
  if (!props || typeof props.id !== 'string') return null;
  const kind = props.kind === 'building' || props.kind === 'park' || props.kind === 'zone' ? props.kind : null;
  return kind ? { kind, id: props.id, properties: props } : null;
}

function setSource(map: MaplibreMap, id: string, data: FeatureCollection): void {
  (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
}

function markBusy(wrapper: HTMLElement | null, map: MaplibreMap): void {
  if (!wrapper) return;
  wrapper.dataset.idle = 'false';
  map.once('idle', () => {
    wrapper.dataset.idle = 'true';
  });
}

function applyBasemap(map: MaplibreMap, basemap: BasemapSetting, local: LocalTiles | null): void {
  for (const layer of map.getStyle().layers) if (layer.id.startsWith(BASEMAP_PREFIX)) map.removeLayer(layer.id);
  if (map.getSource('basemap')) map.removeSource('basemap');
  const parts = basemapParts(basemap, local);
  for (const [id, source] of Object.entries(parts.sources)) map.addSource(id, source);
  for (const layer of parts.layers) map.addLayer(layer, 'zones-fill');
}

function applyOptions(map: MaplibreMap, o: Omit<Props['options'], 'basemap' | 'localTiles'>): void {
  for (const layer of buildingLayers(o)) {
    map.setFilter(layer.id, 'filter' in layer ? (layer.filter ?? null) : null);
    if (layer.layout && 'visibility' in layer.layout) map.setLayoutProperty(layer.id, 'visibility', layer.layout.visibility);
    for (const [k, v] of Object.entries(layer.paint ?? {})) map.setPaintProperty(layer.id, k, v);
  }
  map.setFilter('building-labels', buildingFilter(o.filters));
  map.setFilter('parks-fill', parkFilter(o.filters));
  map.setFilter('parks-outline', parkFilter(o.filters));
  map.setFilter('park-labels', parkFilter(o.filters));
  map.setFilter('buildings-selected', selectedFilter(o.selectedId));
  map.setLayoutProperty('buildings-selected', 'visibility', o.threeD ? 'none' : 'visible');
}

export function MapView({
  sources,
  initialBounds,
  options,
  draw,
  onDrawChange,
  onPick,
  onHover,
  onReady,
  onBasemapError,
  antialias = true,
}: Props) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MaplibreMap | null>(null);
  const loadedRef = useRef(false);
  const fittedRef = useRef(false);
  const latest = useRef({ sources, initialBounds, options, draw, onDrawChange, onPick, onHover, onBasemapError });
  latest.current = { sources, initialBounds, options, draw, onDrawChange, onPick, onHover, onBasemapError };

  /** The data to the map, the first time after looking at `initialBounds`; `data-idle` is false until drawn. */
  const pushSources = (map: MaplibreMap, s: MapSources) => {
    const b = latest.current.initialBounds;
    if (!fittedRef.current && b) {
      fittedRef.current = true;
      map.fitBounds(
        [
          [b[0], b[1]],
          [b[2], b[3]],
        ],
        { padding: 48, animate: false, maxZoom: 18 },
      );
    }
    for (const id of DATA_SOURCES) setSource(map, id, s[id]);
    markBusy(wrapperRef.current, map);
  };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const first = latest.current.sources ? latest.current.initialBounds : null;
    fittedRef.current = first !== null;
    const map = new MaplibreMap({
      container,
      style: buildStyle({ ...latest.current.options, baseUrl: appBaseUrl() }),
      center: [116.352, 39.925],
      zoom: 12.6,
      // Back on the map with the data already loaded: start where the data is.
      ...(first
        ? {
            bounds: [
              [first[0], first[1]],
              [first[2], first[3]],
            ] as [[number, number], [number, number]],
            fitBoundsOptions: { padding: 48, maxZoom: 18 },
          }
        : {}),
      maxPitch: 65,
      attributionControl: false,
      localIdeographFontFamily: LOCAL_CJK_FONTS,
      // Kept so the view can be saved as a PNG (and tests can read pixels).
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias },
    });
    mapRef.current = map;
    exposeForTests(map);
    map.on('load', () => {
      loadedRef.current = true;
      const { sources: s, options: o, draw: d } = latest.current;
      applyBasemap(map, o.basemap, o.localTiles);
      setSource(map, 'draw', drawFeatures(d?.vertices ?? [], d?.closed ?? false));
      if (s) pushSources(map, s);
      else markBusy(wrapperRef.current, map);
    });
    // The colours' patterns, made when a layer first asks for one (no sprite is loaded).
    map.on('styleimagemissing', (e: { id: string }) => {
      const kind = patternOfImageId(e.id);
      if (kind && !map.hasImage(e.id)) map.addImage(e.id, { width: PATTERN_SIZE, height: PATTERN_SIZE, data: patternPixels(kind) });
    });
    map.on('mousemove', (e) => {
      if (latest.current.draw) return;
      const hit = pickAt(map, [e.point.x, e.point.y]);
      map.getCanvas().style.cursor = hit?.kind === 'building' ? 'pointer' : '';
      latest.current.onHover(hit?.kind === 'building' ? { feature: hit, x: e.point.x, y: e.point.y } : null);
    });
    map.on('mouseout', () => latest.current.onHover(null));
    // Errors of the basemap's source (tiles that fail to load; a 404 tile is not one) go to the user. With a listener
    // maplibre no longer logs errors itself, so the others are logged here as before.
    map.on('error', (e: { error?: unknown; sourceId?: unknown }) => {
      const detail = e.error instanceof Error ? e.error.message : String(e.error);
      if (e.sourceId === 'basemap') latest.current.onBasemapError(detail);
      else console.error(e.error);
    });
    map.on('click', (e) => {
      if (latest.current.draw) return;
      latest.current.onPick(pickAt(map, [e.point.x, e.point.y]), [e.lngLat.lng, e.lngLat.lat]);
    });
    onReady({
      fit(bounds, animate = true) {
        map.fitBounds(
          [
            [bounds[0], bounds[1]],
            [bounds[2], bounds[3]],
          ],
          { padding: 48, animate, maxZoom: 18 },
        );
      },
      exportPng() {
        return new Promise((resolve) => {
          map.once('render', () => map.getCanvas().toBlob((b) => resolve(b), 'image/png'));
          map.triggerRepaint();
        });
      },
    });
    return () => {
      onReady(null);
      exposeForTests(null);
      loadedRef.current = false;
      mapRef.current = null;
      map.remove();
    };
    // The map is made once; later prop changes are applied by the effects below.
  }, []);

  // Layout effects: the data reaches the map (and `data-idle` turns false) in the same task React commits in.
  useLayoutEffect(() => {
    const map = mapRef.current;
    if (!map || !loadedRef.current || !sources) return;
    pushSources(map, sources);
  }, [sources]);

  const { colourMode, threeD, filters, selectedId, basemap, localTiles } = options;
  useLayoutEffect(() => {
    const map = mapRef.current;
    if (!map || !loadedRef.current) return;
    applyOptions(map, { colourMode, threeD, filters, selectedId });
    markBusy(wrapperRef.current, map);
  }, [colourMode, threeD, filters, selectedId]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.easeTo({ pitch: threeD ? 55 : 0, bearing: threeD ? -20 : 0, duration: 600 });
  }, [threeD]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loadedRef.current) return;
    applyBasemap(map, basemap, localTiles);
  }, [basemap, localTiles]);

  useDrawTool(mapRef as MutableRefObject<MaplibreMap | null>, loadedRef, draw, onDrawChange);

  return (
    <div ref={wrapperRef} className="map-view" data-testid="map" data-idle="false" data-has-data={sources ? 'true' : 'false'}>
      <div ref={containerRef} className="map-canvas" />
    </div>
  );
}
