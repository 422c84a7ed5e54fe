// The panel of what was clicked: a building's figures at the as-of date with links to its stacking plan and
// inventory record, or a park's / zone's name; each with the button that starts editing its shape.
import { useRef } from 'react';
import type { MapBuilding, MapFeatures } from '../../../shared/map-views';
import { useArrivalFocus } from '../../components/keyboard';
import type { Geometry } from '../../../shared/models';
import { Link } from '../../components/Link';
import { AddToSurvey } from '../survey/SurveyPick';
import { enumKey, useT } from '../../i18n';
import { formatArea } from '../../lib/format';
import { routes } from '../../lib/routes';
import { labelOf } from '../../map/layers/features';
import type { Selection, ShapeEntity } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { deliveryText, formatOccupancy, stateText } from './HoverCard';

interface Props {
  data: MapFeatures;
  selected: Selection;
  onClose(): void;
  onEdit(entity: ShapeEntity, id: string, current: Geometry | null, name: string): void;
}

function BuildingFigures({ b }: { b: MapBuilding }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const rows: [string, string][] = [
    [t('map.fig.status'), stateText(b, t)],
    [t('map.fig.delivery'), deliveryText(b, t)],
    [t('map.fig.floors'), String(b.floorsAbove)],
    [t('term.provided'), formatArea(b.providedM2, locale)],
    [t('term.leased'), formatArea(b.leasedM2, locale)],
    [t('term.reserved'), formatArea(b.reservedM2, locale)],
    [t('term.available'), formatArea(b.availableM2, locale)],
    [t('term.pipeline'), formatArea(b.pipelineM2, locale)],
    [t('term.occupancy'), formatOccupancy(b.occupancy, locale)],
  ];
  return (
    <dl className="map-figures">
      {rows.map(([k, v]) => (
        <div key={k} className="map-figure">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function InfoPanel({ data, selected, onClose, onEdit }: Props) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const building = selected.kind === 'building' ? data.buildings.find((b) => b.id === selected.id) : undefined;
  const park = selected.kind === 'park' ? data.parks.find((p) => p.id === selected.id) : undefined;
  const zone = selected.kind === 'zone' ? data.zones.find((z) => z.id === selected.id) : undefined;
  const record = building ?? park ?? zone;
  // Chosen from the search by keyboard: the panel takes the focus, as a click's panel takes the eye.
  const title = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(title, record !== undefined, selected.id, false);
  if (!record) return null;
  const name = labelOf(record.name, locale);
  const shape = building ? building.footprint : ((park ?? zone)?.boundary ?? null);
  const tab = selected.kind === 'building' ? 'buildings' : selected.kind === 'park' ? 'parks' : 'zones';
  return (
    <div
      className="map-panel"
      role="region"
      aria-label={name}
      data-testid="map-panel"
      data-kind={selected.kind}
      data-id={selected.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="map-panel-head">
        <h2 data-testid="map-panel-title" ref={title} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" className="small" data-testid="map-panel-close" onClick={onClose} aria-label={t('map.panel.close')}>
          ×
        </button>
      </div>
      <div className="muted">
        {t(`entity.${selected.kind}`)}
        {building?.isThemeBuilding ? <span className="map-theme-tag"> · {t('map.panel.theme')}</span> : null}
        {zone ? ` · ${t(enumKey(zone.kind))}` : null}
      </div>
      {building && !building.footprint ? (
        // Named as such, with the way to fix it (issue 10, item 8): it is drawn as a point at its park or zone.
        <div className="map-no-outline warning" data-testid="map-no-outline">
          {t('map.noOutline')}
          <button
            type="button"
            className="small primary"
            data-testid="map-draw-outline"
            onClick={() => onEdit('building', building.id, null, name)}
          >
            {t('map.drawOutline')}
          </button>
        </div>
      ) : null}
      {building ? <BuildingFigures b={building} /> : null}
      <div className="map-panel-actions">
        {building ? (
          <a className="button small" href={`#/dashboard/stacking/${encodeURIComponent(building.id)}`} data-testid="map-panel-stacking">
            {t('term.stackingPlan')}
          </a>
        ) : null}
        <Link route={routes.detail(tab, record.id)} className="button small" testId="map-panel-record">
          {t('map.panel.record')}
        </Link>
        <button type="button" className="small" data-testid="map-edit-shape" onClick={() => onEdit(selected.kind, record.id, shape, name)}>
          {t(building ? 'map.edit.footprint' : 'map.edit.boundary')}
        </button>
        {building ? <AddToSurvey buildingId={building.id} /> : null}
      </div>
    </div>
  );
}
