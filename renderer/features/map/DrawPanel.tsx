// While a shape is drawn: the hint, the geodesic area beside the building's declared figures, the problem
// that stops a save (live, and again on Save), and the buttons. Enter finishes, Escape cancels.
import { useEffect, useState } from 'react';
import { fieldMessage } from '../../../shared/messages';
import type { BuildingRow } from '../../../shared/models';
import { getRow } from '../../api/entities';
import { useT } from '../../i18n';
import { formatArea } from '../../lib/format';
import { checkDraft, cleanVertices } from '../../map/draw/geometry';
import type { DrawState } from '../../stores/map';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { SHAPE_FIELD } from './useShapeEdit';

interface Props {
  draw: DrawState;
  name: string;
  message: string | null;
  saving: boolean;
  onSave(): void;
  onCancel(): void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function DrawPanel({ draw, name, message, saving, onSave, onCancel }: Props) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const setDraw = useMap((s) => s.setDraw);
  const [building, setBuilding] = useState<BuildingRow | null>(null);
  const check = checkDraft(draw.vertices);
  const live = draw.closed && check.problem ? fieldMessage({ field: SHAPE_FIELD[draw.entity], code: check.problem }, locale) : null;

  useEffect(() => {
    let current = true;
    if (draw.entity !== 'building') return undefined;
    void getRow('building', draw.id).then((r) => {
      if (current && r.ok) setBuilding(r.value);
    });
    return () => {
      current = false;
    };
  }, [draw.entity, draw.id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      if (e.key === 'Escape') onCancel();
      else if (e.key === 'Enter' && !draw.closed) setDraw({ ...draw, vertices: cleanVertices(draw.vertices), closed: true });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [draw, onCancel, setDraw]);

  return (
    <div className="map-panel map-draw" data-testid="map-draw-panel" data-closed={draw.closed ? 'true' : 'false'}>
      <h2>{t('map.draw.title', { name })}</h2>
      <p className="muted">{t('map.draw.hint')}</p>
      <dl className="map-figures">
        <dt>{t('map.draw.points', { n: cleanVertices(draw.vertices).length })}</dt>
        <dd />
        <dt>{t('map.fig.drawnArea')}</dt>
        <dd data-testid="map-draw-area">{check.geometry ? formatArea(check.areaM2, locale) : '—'}</dd>
        {building ? (
          <>
            <dt>{t('map.fig.drawnGfa')}</dt>
            <dd>{check.geometry ? formatArea(check.areaM2 * building.floorsAbove, locale) : '—'}</dd>
            <dt>{t('map.fig.gfa')}</dt>
            <dd>{formatArea(building.grossFloorAreaM2, locale)}</dd>
            <dt>{t('map.fig.declared')}</dt>
            <dd>{formatArea(building.declaredRentableM2, locale)}</dd>
            <dt>{t('map.fig.floors')}</dt>
            <dd>{building.floorsAbove}</dd>
          </>
        ) : null}
      </dl>
      {(message ?? live) ? (
        <div className="field-error" role="alert" data-testid="map-draw-error">
          {message ?? live}
        </div>
      ) : null}
      <div className="map-panel-actions">
        {!draw.closed ? (
          <button
            type="button"
            data-testid="map-draw-finish"
            disabled={draw.vertices.length < 3}
            onClick={() => setDraw({ ...draw, vertices: cleanVertices(draw.vertices), closed: true })}
          >
            {t('map.draw.finish')}
          </button>
        ) : null}
        <button type="button" className="primary" data-testid="map-draw-save" disabled={saving || !draw.closed} onClick={onSave}>
          {t('map.draw.save')}
        </button>
        <button type="button" data-testid="map-draw-restart" onClick={() => setDraw({ ...draw, vertices: [], closed: false })}>
          {t('map.draw.restart')}
        </button>
        <button type="button" data-testid="map-draw-cancel" onClick={onCancel}>
          {t('map.draw.cancel')}
        </button>
      </div>
    </div>
  );
}
