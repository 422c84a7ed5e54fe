// What the colours mean: zones, then buildings by status or by occupancy band (each with its pattern, as drawn on
// the footprints, so colour is not the only sign), and the theme-building outline.
import type { MapFeatures } from '../../../shared/map-views';
import { useT } from '../../i18n';
import { STATE_KEYS } from '../../i18n/parts/glossary';
import { OCCUPANCY_BANDS, STATUS_CLASSES, STATUS_COLORS, THEME_OUTLINE, zoneColor } from '../../map/layers/colors';
import { labelOf, zoneOrder } from '../../map/layers/features';
import { OCCUPANCY_PATTERNS, STATUS_PATTERNS } from '../../map/layers/patterns';
import type { ColourMode } from '../../map/layers/style';
import { useUi } from '../../stores/ui';

export function Legend({ data, mode }: { data: MapFeatures | null; mode: ColourMode }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const order = data ? zoneOrder(data) : new Map<string, number>();
  const zones = [...(data?.zones ?? [])].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const rows =
    mode === 'status'
      ? STATUS_CLASSES.map((c) => ({ key: c, color: STATUS_COLORS[c], pattern: STATUS_PATTERNS[c], label: t(STATE_KEYS[c]) }))
      : OCCUPANCY_BANDS.map((b) => ({
          key: b.key,
          color: b.color,
          pattern: OCCUPANCY_PATTERNS[b.key],
          label: t(b.key === 'none' ? 'term.nothingProvided' : `map.occ.${b.key}`),
        }));
  return (
    <div className="map-legend" role="group" data-testid="map-legend" aria-label={t('map.legend')}>
      <div className="map-legend-title">{t('map.legend.zones')}</div>
      {zones.map((z) => (
        <div key={z.id} className="map-legend-row">
          <span className="swatch zone" aria-hidden="true" style={{ background: zoneColor(order.get(z.id) ?? 0) }} />
          {labelOf(z.name, locale)}
        </div>
      ))}
      <div className="map-legend-title">{t(mode === 'status' ? 'map.colour.status' : 'map.colour.occupancy')}</div>
      {rows.map((r) => (
        <div key={r.key} className="map-legend-row" data-testid={`legend-${r.key}`} data-pattern={r.pattern ?? ''}>
          <span className={`swatch${r.pattern ? ` pat-${r.pattern}` : ''}`} aria-hidden="true" style={{ backgroundColor: r.color }} />
          {r.label}
        </div>
      ))}
      <div className="map-legend-row">
        <span className="swatch theme" aria-hidden="true" style={{ borderColor: THEME_OUTLINE }} />
        {t('map.legend.theme')}
      </div>
    </div>
  );
}
