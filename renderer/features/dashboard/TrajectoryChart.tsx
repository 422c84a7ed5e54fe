// Provided and leased space at every quarter-end, the target line, projected points (after today) dashed, the
// target's due date marked, and the gap at the due date in words. Drawn by ECharts (renderer/charts), the same
// option as the printed report; the tooltip shows the nearest quarter's figures, under the pointer or — once the
// chart has the focus — under the Left and Right arrow keys (Home, End), read aloud as it moves (issue 13).
import { useMemo, useState, type KeyboardEvent } from 'react';
import { todayIso } from '../../../shared/dates';
import type { TrajectoryView } from '../../../shared/accounting/views';
import { EChart } from '../../charts/EChart';
import { trajectoryOption, type TrajectoryLabels } from '../../charts/options';
import { useT, type Translate } from '../../i18n';
import { formatArea } from '../../lib/format';
import { useUi } from '../../stores/ui';
import { Info } from './Info';

export const trajectoryLabels = (t: Translate): TrajectoryLabels => ({
  provided: t('term.provided'),
  leased: t('term.leased'),
  projected: t('chart.projected'),
  target: t('chart.target'),
  due: t('chart.dueShort'),
  today: t('chart.today'),
});

/** The sentence under the title: the gap at the due date, in the past or the future tense. */
export function trajectorySentence(view: TrajectoryView | null, t: Translate, locale: 'zh-CN' | 'en', today = todayIso()): string {
  const due = view?.atDue;
  const target = view?.targets.space;
  if (!due || !target) return t('chart.noTarget');
  return t(
    due.date <= today ? (due.gapM2 < 0 ? 'chart.wasShort' : 'chart.wasMet') : due.gapM2 < 0 ? 'chart.atDueShort' : 'chart.atDueMet',
    {
      date: due.date,
      provided: formatArea(due.providedM2, locale),
      target: formatArea(target.value, locale),
      gap: formatArea(Math.abs(due.gapM2), locale),
    },
  );
}

export function TrajectoryLegend({ view }: { view: TrajectoryView | null }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const target = view?.targets.space;
  return (
    <div className="legend">
      <span>
        <i className="ln provided" />
        {t('term.provided')}
      </span>
      <span>
        <i className="ln leased" />
        {t('term.leased')}
      </span>
      {target ? (
        <span data-testid="trajectory-target">
          <i className="ln target" />
          {t('chart.target')} {formatArea(target.value, locale)} · {target.dueDate}
        </span>
      ) : null}
      {target ? (
        <span data-testid="trajectory-due" data-date={target.dueDate}>
          <i className="ln due" />
          {t('chart.due', { date: target.dueDate })}
        </span>
      ) : null}
      <span>
        <i className="ln projected" />
        {t('chart.projected')}
      </span>
    </div>
  );
}

export function TrajectoryChart({
  view,
  ready,
  asOf,
  print = false,
}: {
  view: TrajectoryView | null;
  ready: boolean;
  asOf: string;
  print?: boolean;
}) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const sentence = trajectorySentence(view, t, locale);
  const option = useMemo(
    () =>
      view && view.points.length
        ? trajectoryOption(view, { labels: trajectoryLabels(t), locale, today: todayIso(), asOf, animate: !print })
        : null,
    [view, t, locale, asOf, print],
  );
  const due = view?.atDue;
  // The quarter read by keyboard, for the view it was read in (a new view starts unread).
  const [reading, setReading] = useState<{ view: TrajectoryView | null; index: number } | null>(null);
  const tip = reading && reading.view === view ? reading.index : null;
  const setTip = (index: number | null) => setReading(index === null ? null : { view, index });
  const points = view?.points ?? [];
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = points.length - 1;
    if (last < 0) return;
    const from = tip ?? -1;
    const next = { ArrowRight: from + 1, ArrowLeft: from < 0 ? last : from - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setTip(Math.min(Math.max(next, 0), last));
  };
  const point = tip === null ? undefined : points[tip];
  const tipAt = useMemo((): [string, number] | null => (point ? [point.date, point.providedM2] : null), [point]);
  // Inside the printed report's own section heading (h2) the card's title is one level down.
  const Heading = print ? 'h3' : 'h2';
  return (
    <section className="dash-card" data-testid="trajectory" data-ready={ready && view ? 'true' : 'false'}>
      <header className="dash-card-head">
        <Heading>
          {t('chart.title')} {print ? null : <Info rule="rule.trajectory" />}
        </Heading>
        <TrajectoryLegend view={view} />
      </header>
      <p className={`chart-sentence${due && due.gapM2 < 0 ? ' short' : ''}`} data-testid="trajectory-gap">
        {view ? sentence : t('dashboard.loading')}
      </p>
      {option && print ? <EChart option={option} height={260} width={680} testId="trajectory-chart" label={sentence} /> : null}
      {option && !print ? (
        <div
          className="chart-wrap"
          tabIndex={0}
          role="group"
          aria-label={`${t('chart.title')} · ${t('a11y.chartKeys')}`}
          data-testid="trajectory-keys"
          onKeyDown={onKey}
          onBlur={() => setTip(null)}
        >
          <EChart option={option} height={300} testId="trajectory-chart" label={sentence} tip={tipAt} />
          <div className="sr-only" aria-live="polite" data-testid="trajectory-readout">
            {point
              ? `${point.date}${point.projected ? ` · ${t('chart.projected')}` : ''}: ${t('term.provided')} ${formatArea(point.providedM2, locale)}, ${t('term.leased')} ${formatArea(point.leasedM2, locale)}`
              : ''}
          </div>
        </div>
      ) : null}
    </section>
  );
}
