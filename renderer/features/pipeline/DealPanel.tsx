// One deal beside the board or list: its stages, moving it (dated, with a reason when lost), its space and dates,
// the reservations and leases it made, and delete. Refusals (an over-let unit, a missing start date) show here,
// each naming its unit.
import { useEffect, useState } from 'react';
import { DEAL_STAGES, type DealStage } from '../../../shared/enums';
import type { AppErrorShape } from '../../../shared/errors';
import { HOLDING_STAGES } from '../../../shared/rules/deals';
import type { DealDetail } from '../../../shared/pipeline/views';
import { invoke } from '../../api/client';
import { Picker } from '../../components/Picker';
import { RefLink } from '../../components/RefLink';
import { enumKey, useT } from '../../i18n';
import { formatArea, formatDate, formatFloor, localName } from '../../lib/format';
import { routes, type PipelineView } from '../../lib/routes';
import { useApp, useCanWrite } from '../../stores/app';
import { useAsOf } from '../../stores/asOf';
import { useUi } from '../../stores/ui';
import { formatPercent } from '../dashboard/columns';
import { useChannel } from '../dashboard/useChannel';
import { dealProblems, moveDeal } from './moves';
import { SidePanel } from './SidePanel';

function Problems({ error }: { error: AppErrorShape | null }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  if (!error) return null;
  return (
    <div className="banner error" role="alert" data-testid="deal-errors">
      <strong>{t('deal.errors')}</strong>
      <ul>
        {dealProblems(error, locale).map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

export function DealPanel({ id, view }: { id: string; view: PipelineView }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const asOf = useAsOf((s) => s.asOf);
  const detail = useChannel('pipeline:deal', { id, asOf });
  const close = () => useUi.getState().navigate(routes.pipeline(view));
  const d = detail.value;
  if (detail.error && !d)
    return (
      <aside className="pipeline-side detail" data-testid="deal-panel">
        <Problems error={detail.error} />
      </aside>
    );
  if (!d || d.deal.id !== id)
    return (
      <aside className="pipeline-side detail muted" data-testid="deal-panel">
        {t('pipeline.loading')}
      </aside>
    );
  const name = localName(d.prospect, locale);
  return (
    <SidePanel
      testId="deal-panel"
      label={t('deal.title', { name })}
      eyebrow={t('entity.deal')}
      title={name}
      onClose={close}
      sub={
        <>
          <div className="muted">
            <span data-testid="deal-stage" data-stage={d.card.stage}>
              {t(enumKey(d.card.stage))}
            </span>
            {' · '}
            {formatDate(d.card.stageOn)}
            {d.card.probability > 0 ? ` · ${t('deal.probability', { pct: formatPercent(d.card.probability, locale) })}` : ''}
          </div>
          <a
            href={`#/pipeline/${view}/prospects/${encodeURIComponent(d.prospect.id)}`}
            onClick={(e) => {
              e.preventDefault();
              useUi.getState().navigate(routes.pipeline(view, { kind: 'prospect', id: d.prospect.id }));
            }}
          >
            {t('deal.openProspect')}
          </a>
        </>
      }
    >
      <MoveForm detail={d} />
      <h3>{t('deal.path')}</h3>
      <ol className="stage-path" data-testid="deal-path">
        {d.path.map((e, i) => (
          <li key={`${e.stage}${e.on}${i}`}>
            {formatDate(e.on)} · {t(enumKey(e.stage))}
          </li>
        ))}
      </ol>
      {d.deal.lostReason ? (
        <p>
          <span className="field-name">{t('field.lostReason')}</span> {d.deal.lostReason}
        </p>
      ) : null}
      <SpaceForm detail={d} />
      <h3>{t('deal.leases')}</h3>
      {d.leases.length ? (
        <ul className="deal-leases" data-testid="deal-leases">
          {d.leases.map((l) => (
            <li key={l.id}>
              <RefLink entity="lease" id={l.id} /> · {t(l.kind === 'lease' ? 'deal.leaseKind.lease' : 'deal.leaseKind.reservation')} ·{' '}
              {l.unitLabel} · {formatArea(l.areaM2, locale)}
              {' · '}
              {formatDate(l.startDate)} – {l.endDate ? formatDate(l.endDate) : '…'}
              {l.terminatedOn ? ` (${t('field.terminatedOn')} ${formatDate(l.terminatedOn)})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('deal.noLeases')}</p>
      )}
      <DeleteDeal detail={d} onDeleted={close} />
    </SidePanel>
  );
}

function MoveForm({ detail }: { detail: DealDetail }) {
  const t = useT();
  const asOf = useAsOf((s) => s.asOf);
  const canWrite = useCanWrite();
  const current = detail.deal.stage;
  const [stage, setStage] = useState<DealStage>(current);
  const [on, setOn] = useState(asOf);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    setStage(detail.deal.stage);
    setOn(asOf);
    setError(null);
  }, [detail.deal.id, detail.deal.version, detail.deal.stage, asOf]);
  const submit = async () => {
    const card = {
      id: detail.deal.id,
      version: detail.deal.version,
      stage: detail.deal.stage,
      prospectName: { zh: detail.prospect.nameZh, en: detail.prospect.nameEn },
    };
    const r = await moveDeal(card, stage, on, stage === 'lost' ? { lostReason: reason } : {});
    setError(r.ok ? null : r.error);
  };
  return (
    <form
      className="move-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{t('deal.move')}</h3>
      <div className="move-fields">
        <label className="form-field">
          <span>{t('deal.moveTo')}</span>
          <select data-testid="move-stage" value={stage} onChange={(e) => setStage(e.target.value as DealStage)} disabled={!canWrite}>
            {DEAL_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(enumKey(s))}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span>{t('deal.moveOn')}</span>
          <input type="date" data-testid="move-on" value={on} onChange={(e) => setOn(e.target.value)} disabled={!canWrite} />
        </label>
        {stage === 'lost' ? (
          <label className="form-field">
            <span>{t('field.lostReason')}</span>
            <input data-testid="move-reason" value={reason} maxLength={300} onChange={(e) => setReason(e.target.value)} />
          </label>
        ) : null}
        <button type="submit" className="primary" data-testid="move-submit" disabled={!canWrite || stage === current}>
          {t('deal.moveButton')}
        </button>
      </div>
      <Problems error={error} />
    </form>
  );
}

function SpaceForm({ detail }: { detail: DealDetail }) {
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

function DeleteDeal({ detail, onDeleted }: { detail: DealDetail; onDeleted(): void }) {
  const t = useT();
  const canWrite = useCanWrite();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  if (!canWrite) return null;
  const remove = async () => {
    const r = await invoke('pipeline:delete-deal', { id: detail.deal.id, version: detail.deal.version });
    if (r.ok) {
      useApp.getState().dataChanged();
      onDeleted();
    } else setError(r.error);
  };
  return (
    <div className="deal-delete">
      {asking ? (
        <div className="confirm">
          {t('deal.deleteConfirm')}
          <button type="button" className="danger" data-testid="deal-delete-confirm" onClick={() => void remove()}>
            {t('action.delete')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('action.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" data-testid="deal-delete" onClick={() => setAsking(true)}>
          {t('deal.delete')}
        </button>
      )}
      <Problems error={error} />
    </div>
  );
}
