// Leases ending in the next 3, 6 and 12 months: area, tenants and units per window, and the leases themselves.
import { useState } from 'react';
import { rowKeys } from '../../components/rowKeys';
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { formatArea, localName } from '../../lib/format';
import { routes } from '../../lib/routes';
import { useUi } from '../../stores/ui';
import { Info } from './Info';
import { useChannel } from './useChannel';
import { addMonths } from '../../../shared/dates';

export function Expiries({ asOf }: { asOf: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const [months, setMonths] = useState<3 | 6 | 12>(12);
  const result = useChannel('accounting:expiries', { asOf });
  const view = result.value;
  const until = addMonths(asOf, months);
  const leases = (view?.leases ?? []).filter((l) => l.lastDay < until);
  return (
    <section className="dash-card" data-testid="expiries" data-ready={view && !result.stale ? 'true' : 'false'}>
      <header className="dash-card-head">
        <h2>
          {t('expiry.title')} <Info rule="rule.expiries" />
        </h2>
      </header>
      <div className="buckets">
        {(view?.buckets ?? []).map((b) => (
          <button
            key={b.months}
            type="button"
            className={`bucket${b.months === months ? ' active' : ''}`}
            aria-pressed={b.months === months}
            data-testid={`expiry-${b.months}`}
            data-area={b.areaM2}
            onClick={() => setMonths(b.months)}
          >
            <span className="bucket-title">{t('expiry.within', { months: b.months })}</span>
            <strong>{formatArea(b.areaM2, locale)}</strong>
            <span className="muted">
              {t('expiry.tenants', { count: b.tenantCount })} · {t('expiry.units', { count: b.unitCount })}
            </span>
          </button>
        ))}
      </div>
      <div className="dash-list" data-testid="expiry-list">
        {view && leases.length === 0 ? <div className="empty">{t('expiry.none')}</div> : null}
        {leases.length ? (
          <table className="mini">
            <thead>
              <tr>
                <th>{t('expiry.lastDay')}</th>
                <th>{t('expiry.tenant')}</th>
                <th>{t('expiry.unit')}</th>
                <th className="num">{t('expiry.area')}</th>
              </tr>
            </thead>
            <tbody onKeyDown={rowKeys('tr')}>
              {leases.map((l) => (
                <tr key={l.leaseId}>
                  <td className="nowrap">{l.lastDay}</td>
                  <td>
                    <Link route={routes.detail('leases', l.leaseId)}>{localName(l.tenantName, locale)}</Link>
                  </td>
                  <td>
                    <Link route={routes.detail('units', l.unitId)}>{l.unitLabel}</Link>
                    <span className="muted"> · {localName(l.buildingName, locale)}</span>
                  </td>
                  <td className="num">{formatArea(l.areaM2, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
}
