// One prospect beside the board or list: what it needs, its deals, converting it into a tenant (its data carried
// over), a new deal, and the vacant space that fits its need with a one-click proposal.
import { useState } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import type { SpaceMatch } from '../../../shared/pipeline/views';
import { invoke } from '../../api/client';
import { Link } from '../../components/Link';
import { RefLink } from '../../components/RefLink';
import { enumKey, useT } from '../../i18n';
import { formatArea, formatDate, formatFloor, localName } from '../../lib/format';
import { routes, type PipelineView } from '../../lib/routes';
import { useApp, useCanWrite } from '../../stores/app';
import { useAsOf } from '../../stores/asOf';
import { useUi } from '../../stores/ui';
import { useChannel } from '../dashboard/useChannel';
import { DealCardBody } from './DealCard';
import { dealProblems } from './moves';
import { SidePanel } from './SidePanel';
import { noDealSpace } from '../../../shared/pipeline/deal-space';

export function ProspectPanel({ id, view }: { id: string; view: PipelineView }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const asOf = useAsOf((s) => s.asOf);
  const canWrite = useCanWrite();
  const prospect = useChannel('prospects:get', { id });
  const deals = useChannel('pipeline:deals', { asOf, prospectId: id });
  const [error, setError] = useState<AppErrorShape | null>(null);
  const close = () => useUi.getState().navigate(routes.pipeline(view));
  const p = prospect.value;
  if (!p || p.id !== id)
    return (
      <aside className="pipeline-side detail muted" data-testid="prospect-panel">
        {t('pipeline.loading')}
      </aside>
    );
  const name = localName(p, locale);
  const done = (r: { ok: true } | { ok: false; error: AppErrorShape }, notice?: () => void) => {
    setError(r.ok ? null : r.error);
    if (r.ok) {
      notice?.();
      useApp.getState().dataChanged();
    }
  };
  const convert = async () => {
    const r = await invoke('pipeline:convert', { id: p.id, version: p.version });
    done(
      r,
      () => r.ok && useUi.getState().notify({ kind: 'info', key: 'prospect.converted', params: { name: localName(r.value, locale) } }),
    );
  };
  const newDeal = async () => {
    const r = await invoke('pipeline:create-deal', {
      prospectId: p.id,
      stage: 'contact',
      stageOn: asOf,
      ...noDealSpace(),
    });
    done(r, () => r.ok && useUi.getState().navigate(routes.pipeline(view, { kind: 'deal', id: r.value.id })));
  };
  const facts: [string, string][] = [
    [t('field.category'), t(enumKey(p.category))],
    [t('field.source'), t(enumKey(p.source))],
    [t('field.manager'), p.manager || '—'],
    [t('field.contact'), p.contact || '—'],
    [t('field.needM2'), p.needM2 === null ? '—' : formatArea(p.needM2, locale)],
    [t('field.prospectUse'), p.use ? t(enumKey(p.use)) : '—'],
    [t('field.zoneId'), p.zoneName ? localName(p.zoneName, locale) : '—'],
    [t('field.wantedMoveIn'), formatDate(p.wantedMoveIn)],
    [t('field.uscc'), p.uscc || '—'],
  ];
  return (
    <SidePanel testId="prospect-panel" label={t('prospect.title', { name })} eyebrow={t('entity.prospect')} title={name} onClose={close}>
      <dl className="fields">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{t('prospect.tenant')}</dt>
          <dd data-testid="prospect-tenant">
            <RefLink entity="tenant" id={p.tenantId} />
          </dd>
        </div>
      </dl>
      {p.notes ? <p className="muted">{p.notes}</p> : null}
      <div className="form-actions">
        <Link route={routes.edit('prospects', p.id)} testId="prospect-edit">
          {t('prospect.edit')}
        </Link>
        {canWrite && p.tenantId === null ? (
          <button type="button" data-testid="prospect-convert" onClick={() => void convert()}>
            {t('prospect.convert')}
          </button>
        ) : null}
        {canWrite ? (
          <button type="button" data-testid="prospect-new-deal" onClick={() => void newDeal()}>
            {t('prospect.newDeal')}
          </button>
        ) : null}
      </div>
      {error ? (
        <div className="banner error" role="alert">
          {dealProblems(error, locale).join('; ')}
        </div>
      ) : null}
      <h3>{t('prospect.deals')}</h3>
      <ul className="prospect-deals">
        {(deals.value?.rows ?? []).map((c) => (
          <li key={c.id}>
            <a
              className="deal-card"
              href={`#/pipeline/${view}/deals/${encodeURIComponent(c.id)}`}
              data-testid="prospect-deal"
              onClick={(e) => {
                e.preventDefault();
                useUi.getState().navigate(routes.pipeline(view, { kind: 'deal', id: c.id }));
              }}
            >
              <div className="eyebrow">{t(enumKey(c.stage))}</div>
              <DealCardBody card={c} />
            </a>
          </li>
        ))}
      </ul>
      <Matches prospectId={p.id} name={name} view={view} canWrite={canWrite} />
    </SidePanel>
  );
}

function Matches({ prospectId, name, view, canWrite }: { prospectId: string; name: string; view: PipelineView; canWrite: boolean }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const asOf = useAsOf((s) => s.asOf);
  const [shown, setShown] = useState(false);
  const matches = useChannel('pipeline:matches', shown ? { prospectId, asOf } : null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const propose = async (m: SpaceMatch) => {
    const r = await invoke('pipeline:create-deal', {
      prospectId,
      stage: 'proposal',
      stageOn: asOf,
      ...noDealSpace(),
      buildingId: m.buildingId,
      floor: m.floor,
      unitIds: m.unitIds,
      areaM2: m.proposalAreaM2,
    });
    setError(r.ok ? null : r.error);
    if (r.ok) {
      useUi.getState().notify({ kind: 'info', key: 'prospect.proposed', params: { name } });
      useApp.getState().dataChanged();
      useUi.getState().navigate(routes.pipeline(view, { kind: 'deal', id: r.value.id }));
    }
  };
  const v = matches.value;
  return (
    <section className="matches">
      <h3>{t('prospect.match')}</h3>
      {!shown ? (
        <button type="button" data-testid="prospect-match" onClick={() => setShown(true)}>
          {t('prospect.match')}
        </button>
      ) : null}
      {shown && v ? (
        <>
          <p className="hint">
            {v.needM2 === null
              ? t('prospect.matchAny', { date: v.date })
              : t('prospect.matchAt', { date: v.date, need: formatArea(v.needM2, locale) })}
          </p>
          {v.matches.length ? (
            <table className="table" data-testid="match-list">
              <tbody>
                {v.matches.map((m) => (
                  <tr key={m.unitIds.join('+')} data-testid="match-row">
                    <td>
                      {localName(m.buildingName, locale)} · {formatFloor(m.floor, locale)} {m.unitLabels.join(', ')}
                      <div className="muted small">
                        {localName(m.zoneName, locale)}
                        {m.kind === 'floor' ? ` · ${t('prospect.matchFloor', { count: m.unitIds.length })}` : ''}
                        {m.offeredIn ? ` · ${t('prospect.offeredIn', { count: m.offeredIn })}` : ''}
                      </div>
                    </td>
                    <td className="end">{formatArea(m.areaM2, locale)}</td>
                    <td className="end">
                      {canWrite ? (
                        <button type="button" data-testid="match-propose" onClick={() => void propose(m)}>
                          {t('prospect.propose')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted" data-testid="match-none">
              {t('prospect.noMatch')}
            </p>
          )}
        </>
      ) : null}
      {error ? (
        <div className="banner error" role="alert">
          {dealProblems(error, locale).join('; ')}
        </div>
      ) : null}
    </section>
  );
}
