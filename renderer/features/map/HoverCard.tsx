// The hover card: a building's name and key figures beside the pointer.
import type { MapBuilding } from '../../../shared/map-views';
import { useT, type Translate } from '../../i18n';
import { STATE_KEYS } from '../../i18n/parts/glossary';
import { statusClass } from '../../map/layers/colors';
import { formatArea, formatNumber } from '../../lib/format';
import { labelOf } from '../../map/layers/features';
import { useUi } from '../../stores/ui';

export function formatOccupancy(value: number | null, locale: 'zh-CN' | 'en'): string {
  return value === null ? '—' : `${formatNumber(value * 100, locale, 1)}%`;
}

/** What the building is at the map's as-of date (never its stored status alone), e.g. "Pipeline". */
export function stateText(b: MapBuilding, t: Translate): string {
  return t(STATE_KEYS[statusClass(b)]);
}

/** Its delivery seen from the as-of date: "delivered 2024-03-01", "to be delivered 2026-06-05" or no date yet. */
export function deliveryText(b: MapBuilding, t: Translate): string {
  if (!b.deliveryDate) return t('map.noDeliveryDate');
  return t(b.delivered ? 'map.delivered' : 'map.toBeDelivered', { date: b.deliveryDate });
}

export function HoverCard({ building, x, y }: { building: MapBuilding; x: number; y: number }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  return (
    <div className="map-hover" data-testid="map-hover" style={{ left: x + 14, top: y + 14 }}>
      <strong>{labelOf(building.name, locale)}</strong>
      <div data-testid="map-hover-state">
        {stateText(building, t)} · {deliveryText(building, t)}
      </div>
      <div>
        {t('term.provided')}: {formatArea(building.providedM2, locale)}
      </div>
      <div>
        {t('term.available')}: {formatArea(building.availableM2, locale)}
      </div>
      <div>
        {t('term.occupancy')}: {formatOccupancy(building.occupancy, locale)}
      </div>
    </div>
  );
}
