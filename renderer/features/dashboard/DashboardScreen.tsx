// The target dashboard (issue 3): as-of date and targets, headline figures, break-down, trajectory, expiries,
// vacancies and data quality. `#/dashboard/stacking/<id>` shows a building's stacking plan instead.
import { errorMessage } from '../../../shared/messages';
import { useT } from '../../i18n';
import { useAsOf } from '../../stores/asOf';
import { useDashboard } from '../../stores/dashboard';
import { useUi } from '../../stores/ui';
import { StackingScreen } from '../stacking/StackingScreen';
import { AsOfBar } from './AsOfBar';
import { Breakdown } from './Breakdown';
import { Expiries } from './Expiries';
import { Headline } from './Headline';
import { Quality } from './Quality';
import { TrajectoryChart } from './TrajectoryChart';
import { useChannel } from './useChannel';
import { useTargetPicks } from './useTargetPicks';
import { Vacancies } from './Vacancies';
import './dashboard.css';

export function DashboardScreen() {
  const route = useUi((s) => s.route);
  if (route.screen === 'dashboard' && route.stacking) return <StackingScreen buildingId={route.stacking} />;
  return <Dashboard />;
}

function Dashboard() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const asOf = useAsOf((s) => s.asOf);
  const mode = useDashboard((s) => s.breakdownMode);
  const picks = useTargetPicks();
  const zones = useChannel('accounting:rollup', { asOf, by: 'zone', ...picks });
  const uses = useChannel('accounting:rollup', mode === 'use' ? { asOf, by: 'use', ...picks } : null);
  const view = zones.value;
  // The headline goes first: the other panels ask only once it has its figures (the server answers in turn).
  const started = view !== null;
  const trajectory = useChannel('accounting:trajectory', started ? { ...picks } : null);
  return (
    <div className="dashboard" data-testid="screen-dashboard">
      <AsOfBar dueDate={view?.targets.space?.dueDate ?? null} />
      {zones.error ? <div className="banner error" data-testid="dashboard-error">{errorMessage(zones.error, locale)}</div> : null}
      {view ? <Headline view={view} ready={!zones.stale} /> : <div className="dash-card muted" data-testid="headline-loading">{t('dashboard.loading')}</div>}
      {view ? (
        <div className="dash-grid">
          <div className="dash-wide">
            <Breakdown zones={view} uses={uses.value} picks={picks} />
          </div>
          <div className="dash-wide">
            <TrajectoryChart view={trajectory.value} ready={!trajectory.stale} asOf={asOf} />
          </div>
          {/* These follow the date of the headline on screen, so a new date's headline is asked for first. */}
          <Expiries asOf={view.asOf} />
          <Quality asOf={view.asOf} />
          <div className="dash-wide">
            <Vacancies asOf={view.asOf} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
