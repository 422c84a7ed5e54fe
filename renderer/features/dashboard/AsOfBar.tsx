// The as-of date (every figure follows it; the map does too) with quick picks, and the targets to measure against.
import { todayIso } from '../../../shared/dates';
import type { TargetsInUse } from '../../../shared/accounting/views';
import type { Target, TargetRow } from '../../../shared/models';
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { rowLabel } from '../inventory/labels';
import { routes } from '../../lib/routes';
import { useAsOf } from '../../stores/asOf';
import { useDashboard } from '../../stores/dashboard';
import { useUi } from '../../stores/ui';
import { AsOfInput } from './AsOfInput';

const YEAR_ENDS = [2021, 2022, 2023, 2024, 2025];

export function AsOfBar({ inUse, targets }: { inUse: TargetsInUse | null; targets: TargetRow[] | null }) {
  const dueDate = inUse?.space?.dueDate ?? null;
  const t = useT();
  const asOf = useAsOf((s) => s.asOf);
  const setAsOf = useAsOf((s) => s.setAsOf);
  const today = todayIso();
  const quick = [
    { date: today, label: t('asOf.today'), id: 'today' },
    ...YEAR_ENDS.map((y) => ({ date: `${y}-12-31`, label: t('asOf.yearEnd', { year: y }), id: String(y) })),
    ...(dueDate ? [{ date: dueDate, label: t('asOf.due', { date: dueDate }), id: 'due' }] : []),
  ];
  return (
    <div className="dash-bar" data-testid="as-of-bar">
      <AsOfInput />
      <div className="quick-picks" role="group" aria-label={t('asOf.label')}>
        {quick.map((q) => (
          <button
            key={q.id}
            type="button"
            className={`small${q.date === asOf ? ' active' : ''}`}
            aria-pressed={q.date === asOf}
            data-testid={`as-of-${q.id}`}
            onClick={() => setAsOf(q.date)}
          >
            {q.label}
          </button>
        ))}
      </div>
      <TargetPickers targets={targets} inUse={inUse} />
    </div>
  );
}

function TargetPickers({ targets, inUse }: { targets: TargetRow[] | null; inUse: TargetsInUse | null }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const space = useDashboard((s) => s.spaceTargetId);
  const firms = useDashboard((s) => s.firmsTargetId);
  const rows = (targets ?? []).filter((r) => r.zoneId === null);
  const label = (r: Target) => rowLabel('target', { ...r, zoneName: null }, locale);
  const select = (metric: 'space' | 'firms', value: string | null) => (
    <label className="target-pick">
      <span>{t(metric === 'space' ? 'term.spaceTarget' : 'term.firmsTarget')}</span>
      <select
        data-testid={`target-${metric}`}
        value={value ?? ''}
        onChange={(e) => useDashboard.getState().setTarget(metric, e.target.value || null)}
      >
        <option value="">
          {t('target.auto')}
          {value === null && inUse?.[metric] ? ` · ${label(inUse[metric])}` : ''}
        </option>
        {rows
          .filter((r) => r.metric === (metric === 'space' ? 'space_provided_m2' : 'new_firms'))
          .map((r) => (
            <option key={r.id} value={r.id}>
              {label(r)}
            </option>
          ))}
      </select>
    </label>
  );
  return (
    <div className="targets">
      {select('space', space)}
      {select('firms', firms)}
      <Link
        route={routes.create('targets', { metric: 'space_provided_m2', startDate: '2026-01-01', dueDate: '2030-12-31' })}
        className="button small"
        testId="add-target"
      >
        {t('target.addNext')}
      </Link>
    </div>
  );
}
