// The map's shapes and, per building, the roll-up figures at D (from the same roll-up as the dashboard).
import { isDeliveredOn } from '../../../../shared/accounting/rules';
import type { MapFeatures } from '../../../../shared/map-views';
import type { Db } from '../../db/connection';
import { buildingUses, mapPlaces } from '../../db/repos/map';
import { rollupView } from '../accounting/rollup';

export function mapFeatures(db: Db, asOf: string): MapFeatures {
  const { zones, parks, buildings } = mapPlaces(db);
  const figures = new Map(rollupView(db, { asOf, by: 'building' }, 'memory', false).rows.map((r) => [r.id, r]));
  const uses = buildingUses(db);
  return {
    asOf,
    zones: zones.map((z) => ({ id: z.id, code: z.code, name: { zh: z.nameZh, en: z.nameEn }, kind: z.kind, boundary: z.boundary })),
    parks: parks.map((p) => ({ id: p.id, zoneId: p.zoneId, name: { zh: p.nameZh, en: p.nameEn }, theme: p.theme, boundary: p.boundary })),
    buildings: buildings.map((b) => {
      const f = figures.get(b.id);
      return {
        id: b.id,
        zoneId: b.zoneId,
        parkId: b.parkId,
        name: { zh: b.nameZh, en: b.nameEn },
        isThemeBuilding: b.isThemeBuilding,
        status: b.status,
        delivered: isDeliveredOn(b.deliveryDate, asOf),
        deliveryDate: b.deliveryDate,
        floorsAbove: b.floorsAbove,
        footprint: b.footprint,
        uses: uses.get(b.id) ?? ',,',
        providedM2: f?.providedM2 ?? 0,
        leasedM2: f?.leasedM2 ?? 0,
        reservedM2: f?.reservedM2 ?? 0,
        availableM2: f?.availableM2 ?? 0,
        pipelineM2: f?.pipelineM2 ?? 0,
        occupancy: f?.occupancy ?? null,
      };
    }),
  };
}
