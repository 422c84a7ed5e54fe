// Headline figures at the as-of date: provided space against the target (bar and gap), the other areas,
// occupancy and new firms. Each card carries its raw value (data-value) and explains its rule.
import { gapToTarget } from '../../../shared/accounting/rules';
import type { RollupView } from '../../../shared/accounting/views';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n';
import { formatArea, formatNumber } from '../../lib/format';
import { useUi } from '../../stores/ui';
import { formatPercent } from './columns';
import { Info } from './Info';

export const AREA_FIGURES = ['leasedM2', 'reservedM2', 'availableM2', 'outOfServiceM2', 'pipelineM2'] as const;
type AreaFigure = (typeof AREA_FIGURES)[number];

const LABELS: Record<AreaFigure, [MessageKey, MessageKey]> = {
  leasedM2: ['term.leased', 'rule.leased'],
  reservedM2: ['term.reserved', 'rule.reserved'],
  availableM2: ['term.available', 'rule.available'],
  outOfServiceM2: ['term.outOfService', 'rule.outOfService'],
  pipelineM2: ['term.pipeline', 'rule.pipeline'],
};

/** A figure in m²: the number large, the unit (m² / 平方米) small beside it. */
function AreaValue({ value, locale }: { value: number; locale: 'zh-CN' | 'en' }) {
  const text = formatArea(value, locale);
  const cut = text.lastIndexOf(' ');
  return (
    <div className="fig-value">
      {text.slice(0, cut)}
      <small>{text.slice(cut)}</small>
    </div>
  );
}

export function Headline({ view, ready, scoped = false }: { view: RollupView; ready: boolean; scoped?: boolean }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const f = view.totals;
  // Narrowed to a zone or park, the district's target is not this place's: no progress or gap is shown.
  const space = scoped ? null : view.targets.space;
  const firms = view.targets.firms;
  const gap = space ? gapToTarget(f.providedM2, space.value) : null;
  const progress = f.targetProgress ?? 0;
  // A target past its due date is judged there first (met or missed, on that date); D's figure comes second.
  const spaceDue = scoped ? null : view.atDue.space;
  return (
    <section className="headline" data-testid="headline" data-ready={ready ? 'true' : 'false'} data-as-of={view.asOf}>
      <div className="dash-card fig fig-main" data-testid="fig-providedM2" data-value={f.providedM2}>
        <div className="fig-label">
          {t('term.provided')} <Info rule="rule.provided" />
        </div>
        {space && spaceDue ? (
          <div className="fig-due">
            <strong data-testid="fig-due-result" data-value={spaceDue.gap} className={spaceDue.gap < 0 ? 'short' : 'met'}>
              {t(spaceDue.gap < 0 ? 'fig.dueMissed' : 'fig.dueMet', {
                target: formatArea(space.value, locale),
                date: spaceDue.date,
                reached: formatArea(spaceDue.reached, locale),
                gap: formatArea(Math.abs(spaceDue.gap), locale),
              })}
            </strong>
          </div>
        ) : null}
        <AreaValue value={f.providedM2} locale={locale} />
        {space ? (
          <>
            <div
              className="progress-bar"
              role="progressbar"
              aria-label={t('a11y.progress')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(progress * 100)}
            >
              <span style={{ width: `${Math.min(100, progress * 100)}%` }} className={progress >= 1 && !spaceDue ? 'met' : undefined} />
            </div>
            {spaceDue ? (
              <div className="fig-sub" data-testid="fig-after-due">
                {t('fig.afterDue', { asOf: view.asOf, pct: formatPercent(f.targetProgress, locale) })}
                <Info rule="rule.progress" />
              </div>
            ) : (
              <div className="fig-sub">
                {t('fig.progress', { pct: formatPercent(f.targetProgress, locale), target: formatArea(space.value, locale) })}
                {' · '}
                <strong data-testid="fig-gap" data-value={gap ?? ''} className={gap !== null && gap < 0 ? 'short' : 'met'}>
                  {gap !== null && gap < 0
                    ? t('fig.gapShort', { area: formatArea(-gap, locale) })
                    : t('fig.gapMet', { area: formatArea(gap ?? 0, locale) })}
                </strong>
                <Info rule="rule.progress" />
              </div>
            )}
          </>
        ) : (
          <div className="fig-sub muted">{t(scoped ? 'fig.scopeNoTarget' : 'fig.noTarget')}</div>
        )}
      </div>
      {AREA_FIGURES.map((key) => (
        <div key={key} className={`dash-card fig fig-${key}`} data-testid={`fig-${key}`} data-value={f[key]}>
          <div className="fig-label">
            <span className={`swatch s-${key}`} />
            {t(LABELS[key][0])} <Info rule={LABELS[key][1]} />
          </div>
          <AreaValue value={f[key]} locale={locale} />
          {key === 'pipelineM2' ? (
            <div className="fig-sub" data-testid="fig-preLetM2" data-value={f.preLetM2}>
              {t('term.preLet')} {formatArea(f.preLetM2, locale)} <Info rule="rule.preLet" />
            </div>
          ) : null}
        </div>
      ))}
      <div className="dash-card fig" data-testid="fig-occupancy" data-value={f.occupancy ?? ''}>
        <div className="fig-label">
          {t('term.occupancy')} <Info rule="rule.occupancy" />
        </div>
        <div className="fig-value">{formatPercent(f.occupancy, locale)}</div>
      </div>
      <div className="dash-card fig" data-testid="fig-newFirms" data-value={f.newFirms}>
        <div className="fig-label">
          {t('term.newFirms')} <Info rule="rule.newFirms" />
        </div>
        {firms && view.atDue.firms ? (
          <div className="fig-sub fig-due">
            <strong
              data-testid="fig-firms-due-result"
              data-value={view.atDue.firms.gap}
              className={view.atDue.firms.gap < 0 ? 'short' : 'met'}
            >
              {t(view.atDue.firms.gap < 0 ? 'fig.firmsDueMissed' : 'fig.firmsDueMet', {
                target: formatNumber(firms.value, locale, 0),
                date: view.atDue.firms.date,
                reached: formatNumber(view.atDue.firms.reached, locale, 0),
                gap: formatNumber(Math.abs(view.atDue.firms.gap), locale, 0),
              })}
            </strong>
          </div>
        ) : null}
        <div className="fig-value">{formatNumber(f.newFirms, locale, 0)}</div>
        <div className="fig-sub">{firms ? t('fig.firmsOf', { target: formatNumber(firms.value, locale, 0) }) : t('fig.firmsNoTarget')}</div>
        {firms ? (
          <div className="progress-bar thin">
            <span
              style={{ width: `${Math.min(100, (f.newFirms / Math.max(1, firms.value)) * 100)}%` }}
              className={f.newFirms >= firms.value && !view.atDue.firms ? 'met' : undefined}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
