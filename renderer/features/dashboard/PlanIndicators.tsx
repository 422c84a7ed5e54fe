// "Plan indicators" (issue 9): every indicator of the development plan at D — space provided, new firms, high-tech
// revenue growth, high-quality patents per year, standards — with its value, target, progress, trend by year and how
// many tenants have not yet filed the year's return. The printed report shows the same panel (`print`).
import { useMemo } from 'react';
import type { IndicatorView, IndicatorsView } from '../../../shared/accounting/views';
import type { Locale, TargetMetric } from '../../../shared/enums';
import { EChart } from '../../charts/EChart';
import { trendOption } from '../../charts/options';
import { enumKey, useT, type MessageKey } from '../../i18n';
import { formatArea, formatNumber } from '../../lib/format';
import { useUi } from '../../stores/ui';
import { formatPercent } from './columns';
import { Info } from './Info';

const RULES: Record<TargetMetric, MessageKey> = {
  space_provided_m2: 'rule.provided',
  new_firms: 'rule.newFirms',
  revenue_growth_pct: 'rule.revenueGrowth',
  patents_per_year: 'rule.patents',
  standards: 'rule.standards',
};

/** An indicator's value in its own unit. */
export function indicatorText(metric: TargetMetric, value: number | null, locale: Locale): string {
  if (value === null) return '—';
  switch (metric) {
    case 'space_provided_m2':
      return formatArea(value, locale);
    case 'revenue_growth_pct':
      return `${formatNumber(value, locale, 1)}%`;
    case 'patents_per_year':
      return formatNumber(value, locale, 1);
    default:
      return formatNumber(value, locale, 0);
  }
}

function Row({ item, print }: { item: IndicatorView; print: boolean }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const option = useMemo(
    () =>
      trendOption(item.trend, {
        target:
          item.metric === 'space_provided_m2' || item.metric === 'new_firms' || item.metric === 'standards'
            ? null
            : (item.target?.value ?? null),
        locale,
        animate: !print,
      }),
    [item, locale, print],
  );
  const progress = item.progress ?? 0;
  const trendLabel = `${t(enumKey(item.metric))} · ${t('ind.trend')}: ${item.trend.map((p) => `${p.year} ${p.value === null ? t('ind.noData') : indicatorText(item.metric, p.value, locale)}`).join(', ')}`;
  return (
    <tr data-testid={`ind-${item.metric}`} data-value={item.value ?? ''} data-progress={item.progress ?? ''}>
      <th scope="row">
        {t(enumKey(item.metric))} {print ? null : <Info rule={RULES[item.metric]} testId={`info-ind-${item.metric}`} />}
      </th>
      <td className="num" data-testid={`ind-${item.metric}-value`}>
        {item.value === null ? <span className="muted">{t('ind.noData')}</span> : indicatorText(item.metric, item.value, locale)}
        {item.basis !== null ? <div className="fig-sub muted">{t('ind.basis', { n: item.basis })}</div> : null}
      </td>
      <td className="num">
        {item.target ? (
          <>
            {indicatorText(item.metric, item.target.value, locale)}
            <div className="fig-sub muted">{t('ind.due', { date: item.target.dueDate })}</div>
          </>
        ) : (
          <span className="muted">{t('ind.noTarget')}</span>
        )}
      </td>
      <td className="ind-progress">
        {item.progress !== null ? (
          <>
            <div
              className="progress-bar thin"
              role="progressbar"
              aria-label={`${t(enumKey(item.metric))} · ${t('ind.progress')}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(Math.max(0, progress) * 100)}
            >
              <span style={{ width: `${Math.min(100, Math.max(0, progress) * 100)}%` }} className={progress >= 1 ? 'met' : undefined} />
            </div>
            <span>{formatPercent(item.progress, locale)}</span>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="ind-trend">
        <EChart option={option} height={print ? 48 : 56} width={print ? 150 : 170} label={trendLabel} />
      </td>
      <td className="num" data-testid={`ind-${item.metric}-missing`} data-missing={item.reporting?.missing ?? ''}>
        {item.reporting ? (
          t('ind.missing', { year: item.reporting.year, missing: item.reporting.missing, expected: item.reporting.expected })
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}

export function PlanIndicators({ view, ready, print = false }: { view: IndicatorsView | null; ready: boolean; print?: boolean }) {
  const t = useT();
  // Inside the printed report's own section heading (h2) the card's title is one level down.
  const Heading = print ? 'h3' : 'h2';
  return (
    <section
      className="dash-card plan-indicators"
      data-testid="plan-indicators"
      data-ready={ready && view ? 'true' : 'false'}
      data-as-of={view?.asOf ?? ''}
    >
      <header className="dash-card-head">
        <Heading>{t('ind.title')}</Heading>
        {print ? null : <Info rule="rule.reporting" testId="info-ind-reporting" />}
      </header>
      {view ? (
        <div className="ind-scroll">
          <table className="ind-table">
            <thead>
              <tr>
                <th>
                  <span className="sr-only">{t('ind.metric')}</span>
                </th>
                <th className="num">{t('ind.value')}</th>
                <th className="num">{t('ind.target')}</th>
                <th>{t('ind.progress')}</th>
                <th>{t('ind.trend')}</th>
                <th className="num">{t('ind.reporting')}</th>
              </tr>
            </thead>
            <tbody>
              {view.items.map((item) => (
                <Row key={item.metric} item={item} print={print} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="muted">{t('dashboard.loading')}</div>
      )}
    </section>
  );
}
