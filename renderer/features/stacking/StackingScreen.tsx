// A building's stacking plan at the as-of date: one row per floor (top floor on top, empty floors too), units
// as blocks sized by area and coloured by status or months to lease expiry; a click opens the unit's panel.
import { useState } from 'react';
import { UNIT_STATUSES, type StackingUnit } from '../../../shared/accounting/views';
import { errorMessage } from '../../../shared/messages';
import { Link } from '../../components/Link';
import { gridKeys } from '../../components/rowKeys';
import { useT } from '../../i18n';
import { statusKey } from '../../i18n/parts/glossary';
import { formatArea, formatFloor, localName } from '../../lib/format';
import { routes } from '../../lib/routes';
import { useAsOf } from '../../stores/asOf';
import { useDashboard } from '../../stores/dashboard';
import { useUi } from '../../stores/ui';
import { AsOfInput } from '../dashboard/AsOfInput';
import { Info } from '../dashboard/Info';
import { useChannel } from '../dashboard/useChannel';
import { EXPIRY_BANDS, expiryBand, labelFits, layoutFloors, rowHeight, shareSegments } from './layout';
import { UnitPanel } from './UnitPanel';
import '../dashboard/dashboard.css';
import './stacking.css';

export function StackingScreen({ buildingId }: { buildingId: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const asOf = useAsOf((s) => s.asOf);
  const colour = useDashboard((s) => s.stackingColour);
  const [selected, setSelected] = useState<string | null>(null);
  const result = useChannel('accounting:stacking', { buildingId, asOf });
  const plan = result.value && result.value.buildingId === buildingId ? result.value : null;
  const floors = plan ? layoutFloors(plan) : [];
  const height = rowHeight(floors.length);
  // The legend's sums are the dashboard's roll-up for this building (plan.totals), not re-added here.
  const totals = plan ? plan.totals : null;
  let picked: { unit: StackingUnit; floor: number } | null = null;
  for (const f of plan?.floors ?? []) for (const u of f.units) if (u.id === selected) picked = { unit: u, floor: f.floor };

  return (
    <div
      className="dashboard stacking"
      data-testid="stacking"
      data-building={buildingId}
      data-ready={plan && !result.stale ? 'true' : 'false'}
      data-floors={floors.length}
    >
      <div className="dash-bar">
        <Link route={{ screen: 'dashboard' }} className="button small" testId="stacking-back">
          ← {t('stacking.back')}
        </Link>
        <h2 className="stack-title" data-testid="stacking-title">
          {plan ? localName(plan.name, locale) : t('dashboard.loading')} <Info rule="stacking.rule" />
        </h2>
        {plan ? <span className="muted">{t('stacking.floors', { count: floors.length })}</span> : null}
        {plan && !plan.delivered ? <span className="warning">{t('stacking.notDelivered', { date: asOf })}</span> : null}
        <AsOfInput />
        <div className="seg" role="group" aria-label={t('stacking.colourBy')}>
          {(['status', 'expiry'] as const).map((c) => (
            <button
              key={c}
              type="button"
              className={`small${colour === c ? ' active' : ''}`}
              aria-pressed={colour === c}
              data-testid={`colour-${c}`}
              onClick={() => useDashboard.getState().setStackingColour(c)}
            >
              {t(c === 'status' ? 'stacking.byStatus' : 'stacking.byExpiry')}
            </button>
          ))}
        </div>
        <Link route={routes.detail('buildings', buildingId)} className="button small" testId="stacking-building">
          {t('stacking.openBuilding')}
        </Link>
      </div>
      {result.error ? <div className="banner error">{errorMessage(result.error, locale)}</div> : null}
      <div className="legend stack-legend" data-testid="stacking-legend">
        {colour === 'status'
          ? UNIT_STATUSES.map((s) => (
              <span key={s} data-testid={`stacking-total-${s}`} data-value={totals?.[s] ?? ''}>
                <i className={`sw st-${s}`} aria-hidden="true" />
                {t(statusKey(s))}
                {totals ? <span className="muted"> {formatArea(totals[s], locale)}</span> : null}
              </span>
            ))
          : EXPIRY_BANDS.map((b) => (
              <span key={b}>
                <i className={`sw ex-${b}`} aria-hidden="true" />
                {t(`band.${b}`)}
              </span>
            ))}
        <span className="muted hint">{t('stacking.hint')}</span>
      </div>
      <div className="stack-body">
        <div
          className="stack-plan dash-card"
          data-testid="stacking-plan"
          onKeyDown={gridKeys('.stack-floor', '[data-testid="stack-block"]')}
        >
          {floors.map((f) => (
            <div key={f.floor} className="stack-floor" style={{ height }} data-testid="stack-floor" data-floor={f.floor}>
              <Link route={routes.floor(buildingId, f.floor)} className="stack-floor-label">
                {formatFloor(f.floor, locale)}
              </Link>
              <div className="stack-track">
                {f.blocks.length === 0 ? (
                  <div className="stack-empty">{t('stacking.noUnits')}</div>
                ) : (
                  <div className="stack-bar" style={{ width: `${Math.max(f.barPct, 8)}%` }}>
                    {f.blocks.map((b) => {
                      const byStatus = colour === 'status';
                      const parts = shareSegments(b.unit);
                      const cls = byStatus ? `st-${b.unit.status}` : `ex-${expiryBand(b.unit)}`;
                      const partsTitle = parts
                        .map((p) => `${t(statusKey(p.status))} ${formatArea(b.unit.shares[p.status], locale)}`)
                        .join(' · ');
                      return (
                        <button
                          key={b.unit.id}
                          type="button"
                          className={`block ${cls}${byStatus ? ' parts' : ''}${selected === b.unit.id ? ' selected' : ''}`}
                          style={{ width: `${b.widthPct}%` }}
                          title={`${b.unit.label} · ${formatArea(b.unit.areaM2, locale)} · ${partsTitle}`}
                          aria-label={`${b.unit.label} · ${formatArea(b.unit.areaM2, locale)} · ${byStatus ? partsTitle : t(`band.${expiryBand(b.unit)}`)}`}
                          aria-pressed={selected === b.unit.id}
                          data-testid="stack-block"
                          data-id={b.unit.id}
                          data-status={b.unit.status}
                          onClick={() => setSelected(b.unit.id)}
                        >
                          {byStatus ? (
                            <span className="block-parts" aria-hidden="true">
                              {parts.map((p) => (
                                <span
                                  key={p.status}
                                  className={`block-part st-${p.status}`}
                                  style={{ width: `${p.pct}%` }}
                                  data-testid="block-part"
                                  data-status={p.status}
                                  data-pct={p.pct.toFixed(2)}
                                />
                              ))}
                            </span>
                          ) : null}
                          <span className="block-label">
                            {height >= 16 && labelFits(b.widthPct, Math.max(f.barPct, 8), b.unit.label) ? b.unit.label : ''}
                          </span>
                        </button>
                      );
                    })}
                  </div>
                )}
              </div>
              <span className="stack-area">{formatArea(f.areaM2, locale)}</span>
            </div>
          ))}
        </div>
        {picked ? <UnitPanel buildingId={buildingId} floor={picked.floor} unit={picked.unit} onClose={() => setSelected(null)} /> : null}
      </div>
    </div>
  );
}
