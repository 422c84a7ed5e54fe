// The data-quality panel: each list with its full count and links to the records to fix.
import type { ReactNode } from 'react';
import type { QualityView } from '../../../shared/accounting/views';
import { Link } from '../../components/Link';
import { useT, type MessageKey } from '../../i18n';
import { formatArea, formatNumber, localName } from '../../lib/format';
import { routes } from '../../lib/routes';
import { useUi } from '../../stores/ui';
import { Info } from './Info';
import { useChannel } from './useChannel';
import { SurveyDiscrepancies } from '../survey/SurveyDiscrepancies';

type ListKey = keyof QualityView['counts'];
const LISTS: ListKey[] = [
  'mismatchedBuildings',
  'buildingsWithoutFootprint',
  'buildingsWithoutDeliveryDate',
  'tenantsWithoutValidCode',
  'leasesPastEnd',
];

export function Quality({ asOf }: { asOf: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const result = useChannel('accounting:quality', { asOf });
  const view = result.value;
  const items = (key: ListKey): { id: string; node: ReactNode }[] => {
    if (!view) return [];
    switch (key) {
      case 'mismatchedBuildings':
        return view.mismatchedBuildings.map((b) => ({
          id: b.id,
          node: (
            <>
              <Link route={routes.detail('buildings', b.id)}>{localName(b.name, locale)}</Link>
              <span className="muted">
                {' '}
                {t('quality.difference', {
                  units: formatArea(b.unitSumM2, locale),
                  declared: formatArea(b.declaredM2, locale),
                  pct: `${b.difference > 0 ? '+' : ''}${formatNumber(b.difference * 100, locale, 1)}%`,
                })}
              </span>
            </>
          ),
        }));
      case 'buildingsWithoutFootprint':
      case 'buildingsWithoutDeliveryDate':
        return view[key].map((b) => ({
          id: b.id,
          node: <Link route={routes.detail('buildings', b.id)}>{localName(b.name, locale)}</Link>,
        }));
      case 'tenantsWithoutValidCode':
        return view.tenantsWithoutValidCode.map((x) => ({
          id: x.id,
          node: (
            <>
              <Link route={routes.detail('tenants', x.id)}>{localName(x.name, locale)}</Link>{' '}
              <span className="muted">
                {x.uscc} · {t(`quality.${x.problem}`)}
              </span>
            </>
          ),
        }));
      case 'leasesPastEnd':
        return view.leasesPastEnd.map((l) => ({
          id: l.id,
          node: (
            <>
              <Link route={routes.detail('leases', l.id)}>{localName(l.tenantName, locale)}</Link>{' '}
              <span className="muted">
                {l.unitLabel} · {localName(l.buildingName, locale)} · {l.endDate}
              </span>
            </>
          ),
        }));
    }
  };
  const all = view ? LISTS.reduce((n, k) => n + view.counts[k], 0) : null;
  return (
    <section className="dash-card" data-testid="quality" data-ready={view && !result.stale ? 'true' : 'false'}>
      <header className="dash-card-head">
        <h2>
          {t('quality.title')} <Info rule="rule.quality" />
        </h2>
      </header>
      {all === 0 ? <div className="empty">{t('quality.allGood')}</div> : null}
      {!view ? <div className="muted">{t('dashboard.loading')}</div> : null}
      <div className="dash-list">
        {view
          ? LISTS.map((key) => {
              const list = items(key);
              const count = view.counts[key];
              return (
                <details key={key} className="q-list" data-testid={`quality-${key}`} data-count={count}>
                  <summary>
                    <span className={`count${count > 0 ? ' warn' : ''}`}>{formatNumber(count, locale, 0)}</span>{' '}
                    {t(`quality.${key}` as MessageKey)}
                  </summary>
                  <ul>
                    {list.map((i) => (
                      <li key={i.id}>{i.node}</li>
                    ))}
                    {count > list.length ? <li className="muted">{t('quality.more', { count: count - list.length })}</li> : null}
                  </ul>
                </details>
              );
            })
          : null}
        {view ? <SurveyDiscrepancies /> : null}
      </div>
    </section>
  );
}
