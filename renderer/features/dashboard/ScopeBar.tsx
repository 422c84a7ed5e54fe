// The part of the district the dashboard shows, when a zone or park was clicked in the break-down, with the way back.
import type { LocalName } from '../../../shared/models';
import { useT } from '../../i18n';
import { localName } from '../../lib/format';
import { useDashboard } from '../../stores/dashboard';
import { useUi } from '../../stores/ui';

export function ScopeBar({ name, kind }: { name: LocalName | null; kind: 'zone' | 'park' }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  return (
    <div className="dash-card scope-bar" data-testid="dashboard-scope" data-kind={kind}>
      <span>{t('dashboard.scope', { what: t(`entity.${kind}`), name: name ? localName(name, locale) : '…' })}</span>
      <span className="muted">{t('dashboard.scopeNote')}</span>
      <button type="button" className="small" data-testid="dashboard-scope-clear" onClick={() => useDashboard.getState().setScope(null)}>
        {t('dashboard.wholeDistrict')}
      </button>
    </div>
  );
}
