// The target dashboard (issue 3): as-of date and targets, headline figures, break-down, trajectory, expiries,
// vacancies and data quality. `#/dashboard/stacking/<id>` shows a building's stacking plan instead.
import { errorMessage } from '../../../shared/messages';
import { useT } from '../../i18n';
import { useAsOf } from '../../stores/asOf';
import { useDashboard } from '../../stores/dashboard';
import { useUi } from '../../stores/ui';
import { Link } from '../../components/Link';
import { routes } from '../../lib/routes';
import { SheetsToolbar } from '../sheets/SheetsToolbar';
import { StackingScreen } from '../stacking/StackingScreen';
import { AsOfBar } from './AsOfBar';
import { Breakdown } from './Breakdown';
import { Expiries } from './Expiries';
import { Headline } from './Headline';
import { PanelBoundary } from './PanelBoundary';
import { PlanIndicators } from './PlanIndicators';
import { Quality } from './Quality';
import { TrajectoryChart } from './TrajectoryChart';
import { useChannel } from './useChannel';
import { useTargetPicks } from './useTargetPicks';
import { Vacancies } from './Vacancies';
import { ScopeBar } from './ScopeBar';
import { Outlook } from '../pipeline/Outlook';
import './dashboard.css';

export function DashboardScreen() {
  const route = useUi((s) => s.route);
  const t = useT();
  const stacking = route.screen === 'dashboard' ? route.stacking : undefined;
  return (
    <PanelBoundary key={stacking ?? ''} fallback={t('dashboard.failed')}>
      {stacking ? <StackingScreen buildingId={stacking} /> : <Dashboard />}
    </PanelBoundary>
  );
}

function Dashboard() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const asOf = useAsOf((s) => s.asOf);
  const mode = useDashboard((s) => s.breakdownMode);
  const scope = useDashboard((s) => s.scope);
  const { picks, targets } = useTargetPicks();
  // A zone or park clicked in the break-down narrows the dashboard to it (issue 10, item 11).
  const within = scope ? { withinId: scope.id } : {};
  const zones = useChannel('accounting:rollup', { asOf, by: scope?.kind ?? 'zone', ...within, ...picks });
  const uses = useChannel('accounting:rollup', mode === 'use' ? { asOf, by: 'use', ...within, ...picks } : null);
  const buildings = useChannel('accounting:rollup', mode === 'building' ? { asOf, by: 'building', ...within, ...picks } : null);
  const view = zones.value;
  const failed = t('dashboard.failed');
  // Every panel asks at once: the heavy ones are answered in parallel by the read workers, the headline from the
  // roll-up snapshot, so none waits for another.
  const trajectory = useChannel('accounting:trajectory', { ...picks });
  const indicators = useChannel('accounting:indicators', scope ? null : { asOf, ...picks });
  return (
    <div className="dashboard" data-testid="screen-dashboard">
      <AsOfBar inUse={view?.targets ?? null} targets={targets} />
      <SheetsToolbar />
      <div className="report-link">
        <Link route={routes.report({ asOf, period: 'month' })} className="button" testId="open-report">
          {t('report.open')}
        </Link>
      </div>
      {zones.error ? (
        <div className="banner error" data-testid="dashboard-error">
          {errorMessage(zones.error, locale)}
        </div>
      ) : null}
      {scope && view ? <ScopeBar name={view.rows[0]?.name ?? null} kind={scope.kind} /> : null}
      {view ? (
        <Headline view={view} ready={!zones.stale} scoped={scope !== null} />
      ) : (
        <div className="dash-card muted" data-testid="headline-loading">
          {t('dashboard.loading')}
        </div>
      )}
      <div className="dash-grid">
        {view ? (
          <div className="dash-wide">
            <PanelBoundary fallback={failed}>
              <Breakdown zones={view} uses={uses.value} buildings={buildings.value} picks={picks} />
            </PanelBoundary>
          </div>
        ) : null}
        {scope ? null : (
          <div className="dash-wide">
            <PanelBoundary fallback={failed}>
              <PlanIndicators view={indicators.value} ready={!indicators.stale} />
            </PanelBoundary>
          </div>
        )}
        <div className="dash-wide">
          <PanelBoundary fallback={failed}>
            <Outlook asOf={asOf} picks={picks} />
          </PanelBoundary>
        </div>
        <div className="dash-wide">
          <PanelBoundary fallback={failed}>
            <TrajectoryChart view={trajectory.value} ready={!trajectory.stale} asOf={asOf} />
          </PanelBoundary>
        </div>
        <PanelBoundary fallback={failed}>
          <Expiries asOf={asOf} />
        </PanelBoundary>
        <PanelBoundary fallback={failed}>
          <Quality asOf={asOf} />
        </PanelBoundary>
        <div className="dash-wide">
          <PanelBoundary fallback={failed}>
            <Vacancies asOf={asOf} />
          </PanelBoundary>
        </div>
      </div>
    </div>
  );
}
