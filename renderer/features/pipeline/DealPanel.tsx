// One deal beside the board or list: its stages, moving it (dated, with a reason when lost), its space and dates,
// the reservations and leases it made, and delete. Refusals (an over-let unit, a missing start date) show here,
// each naming its unit.
import { useEffect, useState } from 'react';
import { DEAL_STAGES, type DealStage } from '../../../shared/enums';
import type { AppErrorShape } from '../../../shared/errors';
import type { DealDetail } from '../../../shared/pipeline/views';
import { invoke } from '../../api/client';
import { RefLink } from '../../components/RefLink';
import { enumKey, useT } from '../../i18n';
import { formatArea, formatDate, localName } from '../../lib/format';
import { routes, type PipelineView } from '../../lib/routes';
import { useApp, useCanWrite } from '../../stores/app';
import { useAsOf } from '../../stores/asOf';
import { useUi } from '../../stores/ui';
import { formatPercent } from '../dashboard/columns';
import { useChannel } from '../dashboard/useChannel';
import { moveDeal } from './moves';
import { Problems } from './DealProblems';
import { SpaceForm } from './DealSpaceForm';
import { SidePanel } from './SidePanel';

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
