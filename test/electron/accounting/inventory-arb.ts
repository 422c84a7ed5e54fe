// Random inventories for property tests, and a loader that writes one into a real SQLite file.
import fc from 'fast-check';
import type { AccountingInput } from '../../../shared/accounting/rollup';
import { UNIT_USES, TENANT_CATEGORIES } from '../../../shared/enums';
import type { Db } from '../../../electron/main/db/connection';
import { inBatch } from '../../../electron/main/db/writer';

const anyDay = fc.integer({ min: 0, max: 6 * 365 }).map((n) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
/** The as-of dates the tests use and their neighbours, so that "ends on D" / "terminated on D" edges come up often. */
export const EDGE_DAYS = ['2022-12-30', '2022-12-31', '2023-01-01', '2024-12-30', '2024-12-31', '2025-01-01', '2025-12-31', '2026-01-01'];
const day = fc.oneof(anyDay, fc.constantFrom(...EDGE_DAYS));
const area = fc.integer({ min: 1, max: 200_000 }).map((n) => n / 100);

export const inventoryArb: fc.Arbitrary<AccountingInput> = fc
  .record({
    zoneCount: fc.integer({ min: 1, max: 3 }),
    buildings: fc.array(fc.record({ zone: fc.nat(2), park: fc.option(fc.nat(3)), delivery: fc.option(day), declared: fc.option(area) }), {
      minLength: 1,
      maxLength: 6,
    }),
    units: fc.array(
      fc.record({
        building: fc.nat(5),
        floor: fc.integer({ min: 1, max: 5 }),
        area,
        use: fc.constantFrom(...UNIT_USES),
        counts: fc.boolean(),
        oos: fc.boolean(),
      }),
      { maxLength: 25 },
    ),
    tenants: fc.array(fc.record({ category: fc.constantFrom(...TENANT_CATEGORIES), entered: fc.option(day) }), {
      minLength: 1,
      maxLength: 6,
    }),
    leases: fc.array(
      fc.record({
        unit: fc.nat(24),
        tenant: fc.nat(5),
        reservation: fc.boolean(),
        start: day,
        end: fc.option(day),
        terminated: fc.option(day),
        share: fc.integer({ min: 1, max: 100 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map((r) => {
    const buildings = r.buildings.map((b, i) => {
      const zone = b.zone % r.zoneCount;
      return {
        id: `b${i}`,
        zoneId: `z${zone}`,
        parkId: b.park === null ? null : `p${zone}-${b.park}`,
        deliveryDate: b.delivery,
        declaredRentableM2: b.declared,
      };
    });
    const units = r.units.map((u, i) => ({
      id: `u${i}`,
      buildingId: `b${u.building % buildings.length}`,
      floor: u.floor,
      areaM2: u.area,
      use: u.use,
      countsTowardTarget: u.counts,
      outOfService: u.oos,
    }));
    const tenants = r.tenants.map((t, i) => ({ id: `t${i}`, category: t.category, enteredDistrictOn: t.entered }));
    const leases =
      units.length === 0
        ? []
        : r.leases.map((l) => {
            const unit = units[l.unit % units.length]!;
            const [start, end] = l.end !== null && l.end < l.start ? [l.end, l.start] : [l.start, l.end];
            return {
              unitId: unit.id,
              tenantId: `t${l.tenant % tenants.length}`,
              kind: l.reservation ? ('reservation' as const) : ('lease' as const),
              startDate: start,
              endDate: end,
              terminatedOn: l.terminated,
              areaM2: Math.max(0.01, Math.round(unit.areaM2 * l.share) / 100),
            };
          });
    return { buildings, units, tenants, leases };
  });

/** Replaces the database's inventory by this one (ids as given), with the zones and parks it refers to. */
export function loadInventory(db: Db, input: AccountingInput): void {
  db.exec(`DELETE FROM lease; DELETE FROM tenant; DELETE FROM unit; DELETE FROM building; DELETE FROM park;
    DELETE FROM zone WHERE id NOT IN (SELECT zone_id FROM target WHERE zone_id IS NOT NULL);`);
  inBatch(db, { label: 'fixture', origin: 'import', unlogged: true }, (w) => {
    const zones = new Set(input.buildings.map((b) => b.zoneId));
    for (const z of zones) w.insert('zone', { code: z, nameZh: z, nameEn: z, kind: 'cluster', boundary: null }, z);
    const parks = new Map(input.buildings.filter((b) => b.parkId).map((b) => [b.parkId as string, b.zoneId]));
    for (const [p, z] of parks) w.insert('park', { zoneId: z, nameZh: p, nameEn: p, theme: '', operator: '', boundary: null }, p);
    for (const b of input.buildings) {
      w.insert(
        'building',
        {
          zoneId: b.zoneId,
          parkId: b.parkId,
          nameZh: b.id,
          nameEn: b.id,
          address: '',
          isThemeBuilding: b.parkId === null,
          footprint: null,
          floorsAbove: 5,
          floorsBelow: 0,
          grossFloorAreaM2: null,
          declaredRentableM2: b.declaredRentableM2,
          deliveryDate: b.deliveryDate,
          status: b.deliveryDate ? 'operational' : 'planned',
        },
        b.id,
      );
    }
    for (const u of input.units) w.insert('unit', { ...u, label: u.id }, u.id);
    input.tenants.forEach((t, i) =>
      w.insert(
        'tenant',
        { nameZh: t.id, nameEn: t.id, uscc: '', category: t.category, enteredDistrictOn: t.enteredDistrictOn },
        t.id ?? `t${i}`,
      ),
    );
    input.leases.forEach((l) => w.insert('lease', { ...l, rentCnyPerM2Day: null }));
  });
}
