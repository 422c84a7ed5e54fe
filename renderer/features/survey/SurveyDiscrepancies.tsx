// One list of the dashboard's data-quality panel: what merged surveys saw that disagrees with the leases (vacant
// but leased, occupied without a lease, another tenant, another area, not found), with links to the records.
import type { EntityName } from '../../../shared/enums';
import { RefLink } from '../../components/RefLink';
import { useT } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { useUi } from '../../stores/ui';
import { useChannel } from '../dashboard/useChannel';

export function SurveyDiscrepancies() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const view = useChannel('survey:discrepancies', {}).value;
  if (!view) return null;
  return (
    <details className="q-list" data-testid="quality-surveyDiscrepancies" data-count={view.count}>
      <summary>
        <span className={`count${view.count > 0 ? ' warn' : ''}`}>{formatNumber(view.count, locale, 0)}</span> {t('survey.qualityTitle')}
      </summary>
      <ul>
        {view.rows.map((d) => (
          <li key={`${d.packageId}:${d.kind}:${d.id}`}>
            <RefLink entity={d.entity as EntityName} id={d.id} /> <span className="muted">{t(`survey.disc.${d.kind}`, d.details)}</span>
          </li>
        ))}
        {view.count > view.rows.length ? <li className="muted">{t('quality.more', { count: view.count - view.rows.length })}</li> : null}
      </ul>
    </details>
  );
}
