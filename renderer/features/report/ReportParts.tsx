// The report's tables: key figures (whole m², as `cli rollup` prints them), the break-down by zone and park, the
// period comparison, the attraction pipeline, expiries and vacancies, data quality and the stamp. Plain HTML for
// print: no controls.
import type { PeriodChanges } from '../../../shared/accounting/period';
import type { RollupView } from '../../../shared/accounting/views';
import { FIGURE_TERMS, termText } from '../../../shared/glossary';
import type { Locale } from '../../../shared/enums';
import type { ReportData, ReportStamp } from '../../../shared/report';
import { probabilityOf } from '../../../shared/accounting/pipeline';
import { isLive } from '../../../shared/rules/deals';
import type { ForecastView } from '../../../shared/pipeline/views';
import { enumKey, useT } from '../../i18n';
import { formatNumber, localName } from '../../lib/format';
import { formatPercent } from '../dashboard/columns';

/** Whole m² with separators: the same text as the command line's roll-up. */
export const wholeM2 = (v: number, locale: Locale): string => formatNumber(Math.round(v) || 0, locale, 0);

const AREAS = ['providedM2', 'leasedM2', 'reservedM2', 'availableM2', 'outOfServiceM2', 'pipelineM2', 'preLetM2'] as const;

export function KeyFigures({ view, locale }: { view: RollupView; locale: Locale }) {
  const f = view.totals;
  return (
    <table className="report-table key-figures" data-testid="report-key-figures">
      <thead>
        <tr>
          {AREAS.map((k) => (
            <th key={k} className="num">
              {termText(FIGURE_TERMS[k], locale)} (m²)
            </th>
          ))}
          <th className="num">{termText('occupancy', locale)}</th>
          <th className="num">{termText('newFirms', locale)}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          {AREAS.map((k) => (
            <td key={k} className="num" data-testid={`report-${k}`}>
              {wholeM2(f[k], locale)}
            </td>
          ))}
          <td className="num">{formatPercent(f.occupancy, locale)}</td>
          <td className="num" data-testid="report-newFirms">
            {formatNumber(f.newFirms, locale, 0)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

export function BreakdownTable({ view, locale, level }: { view: RollupView; locale: Locale; level: string }) {
  const t = useT();
  const rows = [...view.rows].sort((a, b) => localName(a.name, locale).localeCompare(localName(b.name, locale), locale));
  const cols = ['providedM2', 'leasedM2', 'reservedM2', 'availableM2'] as const;
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th>{level}</th>
          {cols.map((k) => (
            <th key={k} className="num">
              {termText(FIGURE_TERMS[k], locale)} (m²)
            </th>
          ))}
          <th className="num">{termText('occupancy', locale)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id || 'none'}>
            <td>{r.id === '' ? t('report.noPark') : localName(r.name, locale)}</td>
            {cols.map((k) => (
              <td key={k} className="num">
                {wholeM2(r[k], locale)}
              </td>
            ))}
            <td className="num">{formatPercent(r.occupancy, locale)}</td>
          </tr>
        ))}
        <tr className="total">
          <td>{t('report.total')}</td>
          {cols.map((k) => (
            <td key={k} className="num">
              {wholeM2(view.totals[k], locale)}
            </td>
          ))}
          <td className="num">{formatPercent(view.totals.occupancy, locale)}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function PeriodTable({ changes, locale }: { changes: ReportData['changes']; locale: Locale }) {
  const t = useT();
  const cols: [string, PeriodChanges][] = [
    [t('report.this', { from: changes.current.from, to: changes.current.to }), changes.current],
    [t('report.previous', { from: changes.previous.from, to: changes.previous.to }), changes.previous],
    [t('report.lastYear', { from: changes.lastYear.from, to: changes.lastYear.to }), changes.lastYear],
  ];
  const rows: [string, (p: PeriodChanges) => string, string][] = [
    [t('report.delivered'), (p) => wholeM2(p.deliveredM2, locale), 'deliveredM2'],
    [t('report.signed'), (p) => formatNumber(p.leasesSigned, locale, 0), 'leasesSigned'],
    [t('report.signedArea'), (p) => wholeM2(p.signedM2, locale), 'signedM2'],
    [t('report.terminated'), (p) => formatNumber(p.leasesTerminated, locale, 0), 'leasesTerminated'],
    [t('report.expired'), (p) => formatNumber(p.leasesExpired, locale, 0), 'leasesExpired'],
    [t('report.entered'), (p) => formatNumber(p.firmsEntered, locale, 0), 'firmsEntered'],
    [t('report.netLeased'), (p) => wholeM2(p.netLeasedM2, locale), 'netLeasedM2'],
  ];
  return (
    <table className="report-table period" data-testid="report-period">
      <thead>
        <tr>
          <th>
            <span className="sr-only">{t('report.figure')}</span>
          </th>
          {cols.map(([head]) => (
            <th key={head} className="num">
              {head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, fmt, key]) => (
          <tr key={key} data-testid={`period-${key}`}>
            <th scope="row">{label}</th>
            {cols.map(([head, p]) => (
              <td key={head} className="num">
                {fmt(p)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExpiriesAndVacancies({ data, locale }: { data: ReportData; locale: Locale }) {
  const t = useT();
  return (
    <div className="report-two">
      <table className="report-table">
        <thead>
          <tr>
            <th>
              <span className="sr-only">{t('report.within')}</span>
            </th>
            <th className="num">m²</th>
            <th className="num">{t('col.tenant')}</th>
            <th className="num">{t('col.unit')}</th>
          </tr>
        </thead>
        <tbody>
          {data.expiries.map((b) => (
            <tr key={b.months}>
              <th scope="row">{t('report.expiriesIn', { months: b.months })}</th>
              <td className="num">{wholeM2(b.areaM2, locale)}</td>
              <td className="num">{formatNumber(b.tenantCount, locale, 0)}</td>
              <td className="num">{formatNumber(b.unitCount, locale, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="report-table">
        <caption>{t('report.largestVacancies')}</caption>
        <thead>
          <tr>
            <th>{t('col.building')}</th>
            <th>{t('col.unit')}</th>
            <th className="num">{termText('available', locale)} (m²)</th>
          </tr>
        </thead>
        <tbody>
          {data.vacancies.map((v) => (
            <tr key={v.unitId}>
              <td>{localName(v.buildingName, locale)}</td>
              <td>{v.label}</td>
              <td className="num">{wholeM2(v.availableM2, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const QUALITY_KEYS = [
  'mismatchedBuildings',
  'buildingsWithoutFootprint',
  'buildingsWithoutDeliveryDate',
  'tenantsWithoutValidCode',
  'leasesPastEnd',
] as const;

export function QualityTable({ counts, locale }: { counts: ReportData['quality']; locale: Locale }) {
  const t = useT();
  return (
    <table className="report-table narrow">
      <thead>
        <tr>
          <th>{t('report.qualityItem')}</th>
          <th className="num">{t('report.count')}</th>
        </tr>
      </thead>
      <tbody>
        {QUALITY_KEYS.map((k) => (
          <tr key={k}>
            <td>{t(`quality.${k}`)}</td>
            <td className="num">{formatNumber(counts[k], locale, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StampTable({ data, stamp }: { data: ReportData; stamp: ReportStamp | null }) {
  const t = useT();
  return (
    <table className="report-table narrow stamp" data-testid="report-stamp">
      <tbody>
        <tr>
          <th scope="row">{t('report.stampAsOf')}</th>
          <td>{data.asOf}</td>
        </tr>
        <tr>
          <th scope="row">{t('report.stampPeriod')}</th>
          <td>
            {data.range.from} – {data.range.to}
          </td>
        </tr>
        <tr>
          <th scope="row">{t('report.stampVersion')}</th>
          <td>{data.appVersion}</td>
        </tr>
        <tr>
          <th scope="row">{t('report.stampSeq')}</th>
          <td data-testid="report-seq">{stamp ? stamp.lastChangeSeq : t('report.loading')}</td>
        </tr>
        <tr>
          <th scope="row">{t('report.stampSha')}</th>
          <td className="sha" data-testid="report-sha">
            {stamp ? stamp.sha256 : ''}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** The deals in each stage at the as-of date, their area, and the chance the forecast gives each live stage. */
export function PipelineTable({ forecast, locale }: { forecast: ForecastView; locale: Locale }) {
  const t = useT();
  return (
    <table className="report-table narrow" data-testid="report-pipeline">
      <thead>
        <tr>
          <th>{t('col.stage')}</th>
          <th className="num">{t('col.deals')}</th>
          <th className="num">m²</th>
          <th className="num">{t('col.probability')}</th>
        </tr>
      </thead>
      <tbody>
        {forecast.pipeline.byStage.map((s) => (
          <tr key={s.stage} data-stage={s.stage} data-deals={s.deals}>
            <td>{t(enumKey(s.stage))}</td>
            <td className="num">{formatNumber(s.deals, locale, 0)}</td>
            <td className="num">{wholeM2(s.areaM2, locale)}</td>
            <td className="num">{isLive(s.stage) ? formatPercent(probabilityOf(s.stage, forecast.probabilities), locale) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
