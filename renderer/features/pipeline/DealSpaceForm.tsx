// A deal's space and dates: a building and a floor, or units, its area, start, end and rent. Fixed once the deal
// holds a reservation or a lease (they are changed through its stages).
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import { HOLDING_STAGES } from '../../../shared/rules/deals';
import type { DealDetail } from '../../../shared/pipeline/views';
import { invoke } from '../../api/client';
import { Picker } from '../../components/Picker';
import { useT } from '../../i18n';
import { formatFloor } from '../../lib/format';
import { useApp, useCanWrite } from '../../stores/app';
import { useUi } from '../../stores/ui';

import { Problems } from './DealProblems';

export function SpaceForm({ detail }: { detail: DealDetail }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const canWrite = useCanWrite();
  const d = detail.deal;
  const fixed = HOLDING_STAGES.includes(d.stage);
  const initial = () => ({
    buildingId: d.buildingId ?? '',
    floor: d.floor === null ? '' : String(d.floor),
    unitIds: d.unitIds,
    areaM2: d.areaM2 === null ? '' : String(d.areaM2),
    startDate: d.startDate ?? '',
    endDate: d.endDate ?? '',
    rent: d.rentCnyPerM2Day === null ? '' : String(d.rentCnyPerM2Day),
  });
  const [v, setV] = useState(initial);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    setV(initial());
    setError(null);
    // The form follows the stored deal: reset when another deal or version is shown.
  }, [d.id, d.version]);
  const labels = new Map(detail.units.map((u) => [u.id, `${formatFloor(u.floor, locale)} ${u.label}`]));
  const num = (s: string) => (s.trim() === '' ? null : Number(s));
  const save = async () => {
    const r = await invoke('pipeline:update-deal', {
      id: d.id,
      version: d.version,
      changes: {
        buildingId: v.buildingId || null,
        floor: num(v.floor),
        unitIds: v.unitIds,
        areaM2: num(v.areaM2),
        startDate: v.startDate || null,
        endDate: v.endDate || null,
        rentCnyPerM2Day: num(v.rent),
      },
    });
    setError(r.ok ? null : r.error);
    if (r.ok) {
      useUi.getState().notify({ kind: 'info', key: 'deal.saved' });
      useApp.getState().dataChanged();
    }
  };
  const disabled = !canWrite || fixed;
  return (
    <form
      className="space-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('deal.space')}</h3>
      {fixed ? <p className="hint">{t('deal.fixedHint')}</p> : null}
      <fieldset disabled={disabled} className="form-grid">
        <div className="form-field">
          <span>{t('field.buildingId')}</span>
          <Picker name="deal-building" entity="building" value={v.buildingId} nullable onChange={(id) => setV({ ...v, buildingId: id })} />
        </div>
        <label className="form-field">
          <span>{t('field.floor')}</span>
          <input type="number" step={1} data-testid="deal-floor" value={v.floor} onChange={(e) => setV({ ...v, floor: e.target.value })} />
        </label>
        <div className="form-field wide">
          <span>{t('field.unitIds')}</span>
          <div className="chips" data-testid="deal-units">
            {v.unitIds.map((u) => (
              <span key={u} className="chip">
                {labels.get(u) ?? '…'}
                <button
                  type="button"
                  className="link"
                  aria-label={t('deal.removeUnit', { label: labels.get(u) ?? '' })}
                  onClick={() => setV({ ...v, unitIds: v.unitIds.filter((x) => x !== u) })}
                >
                  ×
                </button>
              </span>
            ))}
          </div>
          <Picker
            name="deal-unit"
            entity="unit"
            value=""
            query={v.buildingId ? { buildingId: v.buildingId } : undefined}
            onChange={(id) => {
              if (id && !v.unitIds.includes(id)) setV({ ...v, unitIds: [...v.unitIds, id] });
            }}
          />
        </div>
        <label className="form-field">
          <span>{t('field.dealArea')}</span>
          <input inputMode="decimal" data-testid="deal-area" value={v.areaM2} onChange={(e) => setV({ ...v, areaM2: e.target.value })} />
          <span className="hint">{t('hint.dealArea')}</span>
        </label>
        <label className="form-field">
          <span>{t('field.rent')}</span>
          <input inputMode="decimal" data-testid="deal-rent" value={v.rent} onChange={(e) => setV({ ...v, rent: e.target.value })} />
        </label>
        <label className="form-field">
          <span>{t('field.startDate')}</span>
          <input type="date" data-testid="deal-start" value={v.startDate} onChange={(e) => setV({ ...v, startDate: e.target.value })} />
          <span className="hint">{t('hint.dealStart')}</span>
        </label>
        <label className="form-field">
          <span>{t('field.endDate')}</span>
          <input type="date" data-testid="deal-end" value={v.endDate} onChange={(e) => setV({ ...v, endDate: e.target.value })} />
        </label>
      </fieldset>
      <Problems error={error} />
      {!disabled ? (
        <button type="submit" data-testid="deal-save">
          {t('deal.save')}
        </button>
      ) : null}
    </form>
  );
}
