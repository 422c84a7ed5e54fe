// The monthly report to the district (issue 9), as a print route: `#/report?asOf=…&period=month|quarter|year
// [&lang=zh-CN|en][&zone=CODE]`. The dashboard's own components and figures, laid out for A4 (`@page`, a running
// header with the district and the as-of date, page numbers), in the bundled Noto Sans SC so the PDF never depends
// on the fonts installed. `data-ready` turns true once the figures, the charts, the map picture and the fonts are
// in: the PDF makers (Electron's printToPDF, Chromium for web mode and the CLI) wait for it.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import { useCallback, useEffect, useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import { errorMessage } from '../../../shared/messages';
import { invoke } from '../../api/client';
import { deliverFile } from '../../api/sheets';
import { Link } from '../../components/Link';
import { useT, type Translate } from '../../i18n';
import { localName } from '../../lib/format';
import { routes, type ReportRoute } from '../../lib/routes';
import { useAsOf } from '../../stores/asOf';
import { useUi } from '../../stores/ui';
import { PlanIndicators } from '../dashboard/PlanIndicators';
import { TrajectoryChart } from '../dashboard/TrajectoryChart';
import { useChannel } from '../dashboard/useChannel';
import { ReportMap } from './ReportMap';
import { OutlookText } from '../pipeline/Outlook';
import { BreakdownTable, ExpiriesAndVacancies, KeyFigures, PeriodTable, PipelineTable, QualityTable, StampTable } from './ReportParts';
import './report.css';

const cssText = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;

/** The page box: A4, the running header (district, as-of date) and the page number, in the bundled font. */
function pageCss(header: string, t: Translate): string {
  const [before, after] = t('report.page', { n: '\u0000' }).split('\u0000');
  return `@page { size: A4; margin: 18mm 14mm 16mm;
  @top-left { content: ${cssText(header)}; font: 8.5pt 'Noto Sans SC', sans-serif; color: #555; }
  @bottom-right { content: ${cssText(before ?? '')} counter(page) ${cssText(after ?? '')}; font: 8.5pt 'Noto Sans SC', sans-serif; color: #555; } }`;
}

export function ReportScreen({ report }: { report: ReportRoute }) {
  const t = useT();
  const storeAsOf = useAsOf((s) => s.asOf);
  const asOf = report.asOf ?? storeAsOf;
  // The report's language for this page only (the user's choice in the app stays as it was).
  useEffect(() => {
    if (report.lang) useUi.setState({ locale: report.lang });
  }, [report.lang]);
  const locale = useUi((s) => s.locale);
  const input: InputOf<'report:data'> = { asOf, period: report.period, lang: locale, ...(report.zone ? { zoneCode: report.zone } : {}) };
  // The stamp reads every exported row (read workers answer it): asked first, so it is under way while the main
  // process reads the figures, which hold it until they are done.
  const stampState = useChannel('report:stamp', { asOf, ...(report.zone ? { zoneCode: report.zone } : {}) });
  const data = useChannel('report:data', input);
  // The attraction outlook is the district's (its targets are the district's): the same in a zone's report.
  const forecastState = useChannel('pipeline:forecast', { asOf });
  const forecast = forecastState.stale ? null : forecastState.value;
  const value = data.stale ? null : data.value;
  const stamp = stampState.stale ? null : stampState.value;
  const problem = data.error ?? stampState.error ?? forecastState.error;
  const [mapDone, setMapDone] = useState(false);
  // The page's content the bundled font's glyphs were last loaded for: ready only once they match what is shown.
  const content = `${value ? 1 : 0}${stamp ? 1 : 0}${forecast ? 1 : 0}${mapDone ? 1 : 0}`;
  const [fontsFor, setFontsFor] = useState<string | null>(null);
  const onMapDone = useCallback(() => setMapDone(true), []);
  useEffect(() => {
    if (!value) return;
    let live = true;
    // Every glyph the page uses, in the bundled font, before anyone prints it.
    void document.fonts.ready
      .then(() => document.fonts.load(`16px 'Noto Sans SC'`, document.body.innerText))
      .then(() => {
        if (live) setFontsFor(content);
      });
    return () => {
      live = false;
    };
  }, [value, stamp, forecast, mapDone, content]);
  const [pdf, setPdf] = useState<string | null>(null);
  const exportPdf = async () => {
    setPdf(t('report.pdfMaking'));
    const made = await invoke('report:pdf', input);
    if (!made.ok) return setPdf(errorMessage(made.error, locale));
    const saved = await deliverFile(made.value);
    setPdf(
      saved.ok ? (saved.value.savedTo ? t('report.pdfDone', { file: saved.value.savedTo }) : null) : errorMessage(saved.error, locale),
    );
  };

  const place = value?.zone
    ? `${t('report.districtName')} · ${value.zone.code} ${localName(value.zone.name, locale)}`
    : t('report.districtName');
  const header = t('report.subtitle', { district: place, date: asOf });
  const ready = value !== null && stamp !== null && forecast !== null && mapDone && fontsFor === content;
  return (
    <main className="report" data-testid="report" data-ready={ready ? 'true' : 'false'} lang={locale}>
      <style>{pageCss(header, t)}</style>
      <nav className="report-toolbar no-print">
        <Link route={{ screen: 'dashboard' }} testId="report-back">
          {t('report.back')}
        </Link>
        {(['month', 'quarter', 'year'] as const).map((p) => (
          <Link
            key={p}
            route={routes.report({ ...report, period: p })}
            className={`button small${p === report.period ? ' active' : ''}`}
            testId={`report-period-${p}`}
          >
            {t(`report.period.${p}`)}
          </Link>
        ))}
        <button type="button" onClick={() => window.print()} data-testid="report-print">
          {t('report.print')}
        </button>
        <button type="button" onClick={() => void exportPdf()} data-testid="report-pdf">
          {t('report.pdf')}
        </button>
        {pdf ? (
          <span className="muted" data-testid="report-pdf-status">
            {pdf}
          </span>
        ) : null}
      </nav>
      <header className="report-head">
        <h1>{t('report.title')}</h1>
        <p>
          {header} · {t('report.period')} {t(`report.period.${report.period}`)}
        </p>
      </header>
      {problem ? (
        <div className="banner error" data-testid="report-error">
          {errorMessage(problem, locale)}
        </div>
      ) : null}
      {!value ? (
        <p className="muted">{t('report.loading')}</p>
      ) : (
        <div className="dashboard report-body">
          <section className="report-section">
            <h2>{t('report.s.headline')}</h2>
            <KeyFigures view={value.byZone} locale={locale} />
            {value.zone ? null : <PlanIndicators view={value.indicators} ready print />}
          </section>
          <section className="report-section">
            <h2>{t('report.s.trajectory')}</h2>
            <TrajectoryChart view={value.trajectory} ready asOf={asOf} print />
          </section>
          <section className="report-section">
            <h2>{t('report.s.breakdown')}</h2>
            <BreakdownTable view={value.byZone} locale={locale} level={t(value.zone ? 'report.park' : 'report.zone')} />
            {value.zone ? null : <BreakdownTable view={value.byPark} locale={locale} level={t('report.park')} />}
          </section>
          <section className="report-section">
            <h2>{t('report.s.period')}</h2>
            <PeriodTable changes={value.changes} locale={locale} />
          </section>
          <section className="report-section" data-testid="report-attraction">
            <h2>{t('report.s.attraction')}</h2>
            {value.zone ? <p className="muted">{t('report.districtWide')}</p> : null}
            {forecast ? (
              <>
                <OutlookText v={forecast} />
                <PipelineTable forecast={forecast} locale={locale} />
              </>
            ) : (
              <p className="muted">{t('report.loading')}</p>
            )}
          </section>
          <section className="report-section">
            <h2>{t('report.s.expiries')}</h2>
            <ExpiriesAndVacancies data={value} locale={locale} />
          </section>
          <section className="report-section page-break">
            <h2>{t('report.s.map')}</h2>
            <ReportMap asOf={asOf} onDone={onMapDone} />
          </section>
          <section className="report-section">
            <h2>{t('report.s.quality')}</h2>
            <QualityTable counts={value.quality} locale={locale} />
          </section>
          <section className="report-section">
            <h2>{t('report.s.stamp')}</h2>
            <StampTable data={value} stamp={stamp} />
          </section>
        </div>
      )}
    </main>
  );
}
