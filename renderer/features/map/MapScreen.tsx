// The map of the core and the two wings (route #/map): zones, parks and buildings at the as-of date, coloured by
// occupancy or status, with hover figures, a building panel, search, filters, shape drawing, PNG and basemap.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../../shared/messages';
import type { Geometry } from '../../../shared/models';
import { useT } from '../../i18n';
import { MapView, type MapController, type PickedFeature } from '../../map/MapView';
import { boundsOf, buildSources, districtBounds, labelOf, placeBounds, type SearchHit } from '../../map/layers/features';
import { useApp } from '../../stores/app';
import { useAsOf } from '../../stores/asOf';
import { useMap, type ShapeEntity } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { BasemapDialog } from './BasemapDialog';
import { BasemapNotice } from './BasemapNotice';
import { placeSurveyLocation, SurveyPickBanner } from '../survey/SurveyPick';
import { DrawPanel } from './DrawPanel';
import { HoverCard } from './HoverCard';
import { InfoPanel } from './InfoPanel';
import { Legend } from './Legend';
import { MapToolbar } from './MapToolbar';
import { useShapeEdit } from './useShapeEdit';
import './map-screen.css';

function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.dataset.testid = 'map-png-link';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function MapScreen() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const asOf = useAsOf((s) => s.asOf);
  const dataVersion = useApp((s) => s.dataVersion);
  const dbPath = useApp((s) => s.info?.dbPath ?? '');
  const { data, error, colourMode, threeD, filters, selected, basemap, localTiles, draw, load, loadBasemap, select, setDraw } = useMap();
  const controller = useRef<MapController | null>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const [basemapOpen, setBasemapOpen] = useState(false);
  const [drawName, setDrawName] = useState('');
  const edit = useShapeEdit();

  useEffect(() => {
    void load(asOf, dataVersion);
  }, [load, asOf, dataVersion]);

  useEffect(() => {
    if (dbPath) void loadBasemap();
  }, [loadBasemap, dbPath]);

  const sources = useMemo(() => (data ? buildSources(data, locale) : null), [data, locale]);
  const options = useMemo(
    () => ({ basemap, localTiles, colourMode, threeD, filters, selectedId: selected?.kind === 'building' ? selected.id : '' }),
    [basemap, localTiles, colourMode, threeD, filters, selected],
  );

  const fitDistrict = useCallback(() => {
    const b = data ? districtBounds(data) : null;
    if (b) controller.current?.fit(b);
  }, [data]);

  const initialBounds = useMemo(() => (data ? districtBounds(data) : null), [data]);

  const [ready, setReady] = useState(false);
  const onReady = useCallback((c: MapController | null) => {
    controller.current = c;
    setReady(c !== null);
  }, []);

  const onPick = useCallback(
    (f: PickedFeature | null, at: [number, number]) => {
      if (placeSurveyLocation(at)) return;
      setHover(null);
      select(f ? { kind: f.kind, id: f.id } : null);
    },
    [select],
  );

  const onBasemapError = useCallback((detail: string) => useMap.getState().reportBasemapProblem({ kind: 'tiles', detail }), []);

  const onHover = useCallback((h: { feature: PickedFeature; x: number; y: number } | null) => {
    setHover(h ? { id: h.feature.id, x: h.x, y: h.y } : null);
  }, []);

  const onDrawChange = useCallback(
    (vertices: [number, number][], closed: boolean) => {
      const d = useMap.getState().draw;
      if (d) setDraw({ ...d, vertices, closed });
      edit.setMessage(null);
    },
    [setDraw, edit],
  );

  const goTo = useCallback(
    (hit: SearchHit) => {
      if (hit.bounds) controller.current?.fit(hit.bounds);
      select({ kind: hit.kind, id: hit.id });
    },
    [select],
  );

  const fitZone = useCallback(
    (zoneId: string) => {
      const b = boundsOf([data?.zones.find((z) => z.id === zoneId)?.boundary ?? null]);
      if (b) controller.current?.fit(b);
    },
    [data],
  );

  const savePng = useCallback(async () => {
    const blob = await controller.current?.exportPng();
    if (blob) downloadBlob(blob, `park-map-${asOf}.png`);
  }, [asOf]);

  const startEdit = useCallback(
    (entity: ShapeEntity, id: string, current: Geometry | null, name: string) => {
      setDrawName(name);
      setHover(null);
      edit.start(entity, id, current);
    },
    [edit],
  );

  // `#/map/buildings/<id>[/draw]` (from a building's record): go to it, select it and, when asked, start its outline.
  const route = useUi((s) => s.route);
  const focus = route.screen === 'map' && route.building ? { id: route.building, draw: route.draw === true } : null;
  useEffect(() => {
    if (!focus || !data || !ready) return;
    // Data from before a new building was added may not have it yet: wait for the data that does.
    const b = data.buildings.find((x) => x.id === focus.id);
    if (!b) return;
    useUi.getState().navigate({ screen: 'map' });
    const bounds = placeBounds(data, b);
    if (bounds) controller.current?.fit(bounds);
    select({ kind: 'building', id: b.id });
    if (focus.draw) startEdit('building', b.id, b.footprint, labelOf(b.name, locale));
  }, [focus?.id, focus?.draw, data, ready]);

  const hovered = hover && !draw ? data?.buildings.find((b) => b.id === hover.id) : undefined;

  return (
    <div className="map-screen" data-testid="screen-map" data-as-of={data?.asOf ?? ''}>
      <MapToolbar
        data={data}
        onFitDistrict={() => fitDistrict()}
        onFitZone={fitZone}
        onGoTo={goTo}
        onPng={() => void savePng()}
        onBasemap={() => setBasemapOpen(true)}
      />
      <div className="map-body">
        <MapView
          sources={sources}
          initialBounds={initialBounds}
          options={options}
          draw={draw}
          onDrawChange={onDrawChange}
          onPick={onPick}
          onHover={onHover}
          onReady={onReady}
          onBasemapError={onBasemapError}
        />
        <Legend data={data} mode={colourMode} />
        {!data && !error ? (
          <div className="map-status" data-testid="map-loading">
            {t('map.loading')}
          </div>
        ) : null}
        {error ? (
          <div className="map-status banner error" data-testid="map-error">
            {errorMessage(error, locale)}
          </div>
        ) : null}
        <BasemapNotice />
        <SurveyPickBanner />
        {hovered && hover ? <HoverCard building={hovered} x={hover.x} y={hover.y} /> : null}
        <div className="map-side">
          {draw ? (
            <DrawPanel
              draw={draw}
              name={drawName}
              message={edit.message}
              saving={edit.saving}
              onSave={() => void edit.save(draw, drawName)}
              onCancel={edit.cancel}
            />
          ) : data && selected ? (
            <InfoPanel data={data} selected={selected} onClose={() => select(null)} onEdit={startEdit} />
          ) : null}
        </div>
      </div>
      {basemapOpen ? <BasemapDialog onClose={() => setBasemapOpen(false)} /> : null}
    </div>
  );
}
