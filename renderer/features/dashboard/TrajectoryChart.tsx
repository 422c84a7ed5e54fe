// Provided and leased space at every quarter-end, the target line, projected points (after today) dashed, the
// target's due date marked, and the gap at the due date in words. Drawn by ECharts (renderer/charts), the same
// option as the printed report; the tooltip shows the nearest quarter's figures.
import { useMemo } from 'react';
import { todayIso } from '../../../shared/dates';
import type { TrajectoryView } from '../../../shared/accounting/views';
import { EChart } from '../../charts/EChart';
import { trajectoryOption, type TrajectoryLabels } from '../../charts/options';
import { useT, type Translate } from '../../i18n';
import { formatArea } from '../../lib/format';
import { useUi } from '../../stores/ui';
import { Info } from './Info';

export const trajectoryLabels = (t: Translate): TrajectoryLabels => ({
  provided: t('term.provided'), leased: t('term.leased'), projected: t('chart.projected'), target: t('chart.target'), due: t('chart.dueShort'), today: t('chart.today'),
});

/** The sentence under the title: the gap at the due date, in the past or the future tense. */
export function trajectorySentence(view: TrajectoryView | null, t: Translate, locale: 'zh-CN' | 'en', today = todayIso()): string {
  const due = view?.atDue;
  const target = view?.targets.space;
  if (!due || !target) return t('chart.noTarget');
  return t(due.date <= today ? (due.gapM2 < 0 ? 'chart.wasShort' : 'chart.wasMet') : due.gapM2 < 0 ? 'chart.atDueShort' : 'chart.atDueMet', {
    date: due.date, provided: formatArea(due.providedM2, locale), target: formatArea(target.value, locale), gap: formatArea(Math.abs(due.gapM2), locale),
  });
}

export function TrajectoryLegend({ view }: { view: TrajectoryView | null }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const target = view?.targets.space;
  return (
    <div className="legend">
      <span><i className="ln provided" />{t('term.provided')}</span>
      <span><i className="ln leased" />{t('term.leased')}</span>
      {target ? (
        <span data-testid="trajectory-target"><i className="ln target" />{t('chart.target')} {formatArea(target.value, locale)} · {target.dueDate}</span>
      ) : null}
      {target ? <span data-testid="trajectory-due" data-date={target.dueDate}><i className="ln due" />{t('chart.due', { date: target.dueDate })}</span> : null}
      <span><i className="ln projected" />{t('chart.projected')}</span>
    </div>
  );
}

export function TrajectoryChart({ view, ready, asOf, print = false }: { view: TrajectoryView | null; ready: boolean; asOf: string; print?: boolean }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const sentence = trajectorySentence(view, t, locale);
  const option = useMemo(
    () => (view && view.points.length ? trajectoryOption(view, { labels: trajectoryLabels(t), locale, today: todayIso(), asOf, animate: !print }) : null),
    [view, t, locale, asOf, print],
  );
  const due = view?.atDue;
  return (
    <section className="dash-card" data-testid="trajectory" data-ready={ready && view ? 'true' : 'false'}>
      <header className="dash-card-head">
        <h3>{t('chart.title')} {print ? null : <Info rule="rule.trajectory" />}</h3>
        <TrajectoryLegend view={view} />
      </header>
      <p className={`chart-sentence${due && due.gapM2 < 0 ? ' short' : ''}`} data-testid="trajectory-gap">{view ? sentence : t('dashboard.loading')}</p>
      {option ? <EChart option={option} height={print ? 260 : 300} width={print ? 680 : undefined} testId="trajectory-chart" label={sentence} /> : null}
    </section>
  );
}
