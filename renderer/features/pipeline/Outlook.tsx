// The dashboard's attraction outlook: for the firms target, new firms so far + expected from the pipeline by its
// due date; for space, leased + signed leases starting later + expected area (shared/accounting/pipeline.ts).
import type { ForecastView } from '../../../shared/pipeline/views';
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { formatArea, formatNumber } from '../../lib/format';
import { routes } from '../../lib/routes';
import { useUi } from '../../stores/ui';
import { Info } from '../dashboard/Info';
import type { TargetPicks } from '../dashboard/useTargetPicks';
import { useChannel } from '../dashboard/useChannel';

export function Outlook({ asOf, picks }: { asOf: string; picks: TargetPicks }) {
  const t = useT();
  const result = useChannel('pipeline:forecast', { asOf, ...picks });
  const v = result.value;
  return (
    <section className="dash-card outlook" data-testid="outlook" data-ready={v && !result.stale ? 'true' : 'false'}>
      <header className="dash-card-head">
        <h2>
          {t('outlook.title')} <Info rule="outlook.rule" />
        </h2>
        <Link route={routes.pipeline()} testId="outlook-open">
          {t('outlook.open')}
        </Link>
      </header>
      {v ? <OutlookText v={v} /> : <p className="muted">{t('dashboard.loading')}</p>}
    </section>
  );
}

/** The outlook in sentences: the dashboard's card and the monthly report's attraction section. */
export function OutlookText({ v }: { v: ForecastView }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const n = (x: number) => formatNumber(x, locale, 2);
  const a = (x: number) => formatArea(x, locale);
  return (
    <>
      <p data-testid="outlook-firms" data-counted={v.firms.counted} data-expected={v.firms.expected} data-outlook={v.firms.outlook}>
        {v.firms.target
          ? t('outlook.firms', {
              firmsTarget: t('term.firmsTarget'),
              counted: formatNumber(v.firms.counted, locale, 0),
              expected: n(v.firms.expected),
              outlook: n(v.firms.outlook),
              target: formatNumber(v.firms.target.value, locale, 0),
              date: v.firms.target.dueDate,
            })
          : t('outlook.firmsNoTarget', { expected: n(v.firms.expected) })}
      </p>
      <p
        data-testid="outlook-space"
        data-leased={v.space.leasedM2}
        data-ahead={v.space.signedAheadM2}
        data-expected={v.space.expectedAreaM2}
        data-outlook={v.space.outlookM2}
      >
        {t(v.space.target ? 'outlook.space' : 'outlook.spaceNoTarget', {
          leased: a(v.space.leasedM2),
          ahead: a(v.space.signedAheadM2),
          expected: a(v.space.expectedAreaM2),
          outlook: a(v.space.outlookM2),
          date: v.space.target?.dueDate ?? '',
        })}
      </p>
      {v.pipeline.pastDue && v.firms.target ? <p className="muted">{t('outlook.pastDue', { date: v.firms.target.dueDate })}</p> : null}
      {v.pipeline.undatedDeals || v.pipeline.laterDeals ? (
        <p className="muted small">{t('outlook.apart', { undated: v.pipeline.undatedDeals, later: v.pipeline.laterDeals })}</p>
      ) : null}
    </>
  );
}
