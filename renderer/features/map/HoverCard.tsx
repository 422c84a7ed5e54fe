// The hover card: a building's name and key figures beside the pointer.
import type { MapBuilding } from '../../../shared/map-views';
import { enumKey, useT } from '../../i18n';
import { formatArea, formatNumber } from '../../lib/format';
import { labelOf } from '../../map/layers/features';
import { useUi } from '../../stores/ui';

export function formatOccupancy(value: number | null, locale: 'zh-CN' | 'en'): string {
  return value === null ? '—' : `${formatNumber(value * 100, locale, 1)}%`;
}

export function HoverCard({ building, x, y }: { building: MapBuilding; x: number; y: number }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  return (
    <div className="map-hover" data-testid="map-hover" style={{ left: x + 14, top: y + 14 }}>
      <strong>{labelOf(building.name, locale)}</strong>
      <div>{t(enumKey(building.status))}{building.deliveryDate ? ` · ${building.deliveryDate}` : ''}</div>
      <div>{t('map.fig.provided')}: {formatArea(building.providedM2, locale)}</div>
      <div>{t('map.fig.available')}: {formatArea(building.availableM2, locale)}</div>
      <div>{t('map.fig.occupancy')}: {formatOccupancy(building.occupancy, locale)}</div>
    </div>
  );
}
