// The map's shapes and, per building, the roll-up figures at D (from the same roll-up as the dashboard).
import { isDeliveredOn } from '../../../../shared/accounting/rules';
import type { MapFeatures } from '../../../../shared/map-views';
import type { Db } from '../../db/connection';
import { rowToRecord } from '../../db/tables';
import { rollupView } from '../accounting/rollup';

export function mapFeatures(db: Db, asOf: string): MapFeatures {
  const rows = (table: 'zone' | 'park' | 'building') => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];
  const figures = new Map(rollupView(db, { asOf, by: 'building' }).rows.map((r) => [r.id, r]));
  const uses = new Map((db.prepare('SELECT building_id AS id, group_concat(DISTINCT use) AS uses FROM unit GROUP BY building_id').all() as {
    id: string; uses: string;
  }[]).map((r) => [r.id, `,${r.uses},`]));
  return {
    asOf,
    zones: rows('zone').map((r) => rowToRecord('zone', r)).map((z) => ({ id: z.id, code: z.code, name: { zh: z.nameZh, en: z.nameEn }, kind: z.kind, boundary: z.boundary })),
    parks: rows('park').map((r) => rowToRecord('park', r)).map((p) => ({
      id: p.id, zoneId: p.zoneId, name: { zh: p.nameZh, en: p.nameEn }, theme: p.theme, boundary: p.boundary,
    })),
    buildings: rows('building').map((r) => rowToRecord('building', r)).map((b) => {
      const f = figures.get(b.id);
      return {
        id: b.id, zoneId: b.zoneId, parkId: b.parkId, name: { zh: b.nameZh, en: b.nameEn }, isThemeBuilding: b.isThemeBuilding,
        status: b.status, delivered: isDeliveredOn(b.deliveryDate, asOf), deliveryDate: b.deliveryDate,
        floorsAbove: b.floorsAbove, footprint: b.footprint, uses: uses.get(b.id) ?? ',,',
        providedM2: f?.providedM2 ?? 0, leasedM2: f?.leasedM2 ?? 0, reservedM2: f?.reservedM2 ?? 0, availableM2: f?.availableM2 ?? 0,
        pipelineM2: f?.pipelineM2 ?? 0, occupancy: f?.occupancy ?? null,
      };
    }),
  };
}
