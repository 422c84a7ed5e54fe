// The report's map (section 6): the map screen's own MapView at the as-of date, coloured by occupancy, saved as
// a PNG (the map's PNG export) and shown as a picture, so the printed page holds an image, not a live canvas.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { districtBounds, buildSources } from '../../map/layers/features';
import { NO_FILTERS } from '../../map/layers/filters';
import { MapView, type MapController } from '../../map/MapView';
import { useT } from '../../i18n';
import { useUi } from '../../stores/ui';
import { useChannel } from '../dashboard/useChannel';

const NONE = { kind: 'none' as const, source: '' };
const ignore = () => undefined;

export function ReportMap({ asOf, onDone }: { asOf: string; onDone: () => void }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const features = useChannel('map:features', { asOf });
  const data = features.value;
  const sources = useMemo(() => (data ? buildSources(data, locale) : null), [data, locale]);
  const bounds = useMemo(() => (data ? districtBounds(data) : null), [data]);
  const options = useMemo(
    () => ({ basemap: NONE, localTiles: null, colourMode: 'occupancy' as const, threeD: false, filters: NO_FILTERS, selectedId: '' }),
    [],
  );
  const controller = useRef<MapController | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [png, setPng] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const onReady = useCallback((c: MapController | null) => {
    controller.current = c;
  }, []);

  useEffect(() => {
    if (png || failed || !sources) return undefined;
    let live = true;
    // The map says when it has drawn everything it was given (data-idle); then its PNG is taken once.
    const timer = window.setInterval(() => {
      const view = box.current?.querySelector<HTMLElement>('[data-testid="map"]');
      if (!live || !controller.current || view?.dataset.idle !== 'true' || view.dataset.hasData !== 'true') return;
      window.clearInterval(timer);
      void controller.current.exportPng().then((blob) => {
        if (!live) return;
        if (blob) setPng(URL.createObjectURL(blob));
        else setFailed(true);
      });
    }, 200);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [sources, png, failed]);

  useEffect(() => {
    if (png || failed || features.error) onDone();
  }, [png, failed, features.error, onDone]);

  if (png) return <img className="report-map" src={png} alt={t('report.s.map')} data-testid="report-map" />;
  if (failed || features.error)
    return (
      <p className="muted" data-testid="report-map-missing">
        {t('report.mapMissing')}
      </p>
    );
  return (
    <div ref={box} className="report-map-live">
      <MapView
        sources={sources}
        initialBounds={bounds}
        options={options}
        draw={null}
        onDrawChange={ignore}
        onPick={ignore}
        onHover={ignore}
        onReady={onReady}
        onBasemapError={ignore}
        antialias={false}
      />
    </div>
  );
}
