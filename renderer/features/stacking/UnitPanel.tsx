// The unit behind a stacking-plan block: its figures and its lease at the as-of date, with links to both.
import type { StackingUnit } from '../../../shared/accounting/views';
import { Link } from '../../components/Link';
import { enumKey, useT } from '../../i18n';
import { statusKey } from '../../i18n/parts/glossary';
import { formatArea, formatFloor, localName } from '../../lib/format';
import { routes } from '../../lib/routes';
import { useUi } from '../../stores/ui';

export function UnitPanel({
  buildingId,
  floor,
  unit,
  onClose,
}: {
  buildingId: string;
  floor: number;
  unit: StackingUnit;
  onClose(): void;
}) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const lease = unit.lease;
  return (
    <aside className="dash-card unit-panel" data-testid="unit-panel" data-id={unit.id}>
      <header className="dash-card-head">
        <h3 data-testid="unit-panel-title">
          {t('stacking.unit')} {unit.label}
        </h3>
        <button type="button" className="small" onClick={onClose} data-testid="unit-panel-close">
          {t('stacking.close')}
        </button>
      </header>
      <dl className="fields one">
        <div>
          <dt>{t('stacking.status')}</dt>
          <dd>
            <i className={`sw st-${unit.status}`} />
            {t(statusKey(unit.status))}
          </dd>
        </div>
        <div>
          <dt>{t('stacking.area')}</dt>
          <dd>
            {formatArea(unit.areaM2, locale)} · {formatFloor(floor, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('stacking.use')}</dt>
          <dd>{t(enumKey(unit.use))}</dd>
        </div>
        <div>
          <dt>{t('stacking.leasedArea')}</dt>
          <dd>
            {formatArea(unit.leasedM2, locale)} / {formatArea(unit.reservedM2, locale)}
          </dd>
        </div>
      </dl>
      <h4>{t('stacking.lease')}</h4>
      {lease ? (
        <dl className="fields one" data-testid="unit-panel-lease">
          <div>
            <dt>{t('stacking.tenant')}</dt>
            <dd>
              {localName(lease.tenantName, locale)} <span className="muted">({t(enumKey(lease.kind))})</span>
            </dd>
          </div>
          <div>
            <dt>{t('stacking.lastDay')}</dt>
            <dd>
              {lease.lastDay ?? t('stacking.openEnded')}
              {unit.monthsToExpiry !== null ? (
                <span className="muted"> · {t('stacking.months', { count: unit.monthsToExpiry })}</span>
              ) : null}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="muted">{t('stacking.noLease')}</p>
      )}
      <div className="panel-links">
        <Link route={routes.detail('units', unit.id)} className="button small" testId="open-unit">
          {t('stacking.openUnit')}
        </Link>
        {lease ? (
          <Link route={routes.detail('leases', lease.id)} className="button small" testId="open-lease">
            {t('stacking.openLease')}
          </Link>
        ) : null}
        <Link route={routes.floor(buildingId, floor)} className="button small">
          {t('stacking.openFloor')}
        </Link>
      </div>
    </aside>
  );
}
