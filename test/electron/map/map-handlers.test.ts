import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadySession, type TempSession } from '../../helpers/tempSession';

let t: TempSession;
beforeAll(async () => {
  t = await createReadySession({ setup: 'sample' });
});
afterAll(() => t.cleanup());

describe('map channels', () => {
  it('returns every zone, park and building, with figures from the same roll-up as the dashboard', async () => {
    const features = await t.call('map:features', { asOf: '2025-12-31' });
    const rollup = await t.call('accounting:rollup', { asOf: '2025-12-31', by: 'building' });
    const buildings = await t.call('buildings:list', { limit: 1 });
    expect(features.zones.map((z) => z.kind).sort()).toEqual(['core', 'wing', 'wing']);
    expect(features.buildings).toHaveLength(buildings.total);
    const provided = features.buildings.reduce((s, b) => s + b.providedM2, 0);
    expect(provided).toBeCloseTo(rollup.totals.providedM2, 2);
    const sample = features.buildings.find((b) => b.providedM2 > 0)!;
    const row = rollup.rows.find((r) => r.id === sample.id)!;
    expect(sample.occupancy).toBe(row.occupancy);
  });

  it('names each building’s unit uses, and the building list filters by use the same way', async () => {
    const features = await t.call('map:features', { asOf: '2025-12-31' });
    const withLabs = features.buildings
      .filter((b) => b.uses.includes(',lab,'))
      .map((b) => b.id)
      .sort();
    const labUnits = await t.call('units:list', { use: 'lab', limit: 1000 });
    expect(labUnits.total).toBeLessThanOrEqual(1000);
    expect(withLabs).toEqual([...new Set(labUnits.rows.map((u) => u.buildingId))].sort());
    expect(withLabs).toHaveLength(9);
    const listed = await t.call('buildings:list', { use: 'lab', limit: 1000 });
    expect(listed.rows.map((b) => b.id).sort()).toEqual(withLabs);
  });

  it('changing the date changes which buildings are delivered and their figures, as the roll-up has them', async () => {
    const buildings = (await t.call('buildings:list', { limit: 1000 })).rows;
    const deliveredBy = (d: string) =>
      buildings
        .filter((b) => b.deliveryDate !== null && b.deliveryDate <= d)
        .map((b) => b.id)
        .sort();
    for (const asOf of ['2021-06-30', '2025-12-31']) {
      const features = await t.call('map:features', { asOf });
      const rows = new Map((await t.call('accounting:rollup', { asOf, by: 'building' })).rows.map((r) => [r.id, r]));
      expect(
        features.buildings
          .filter((b) => b.delivered)
          .map((b) => b.id)
          .sort(),
      ).toEqual(deliveredBy(asOf));
      for (const b of features.buildings) {
        const row = rows.get(b.id);
        expect([b.providedM2, b.leasedM2, b.occupancy]).toEqual([row?.providedM2 ?? 0, row?.leasedM2 ?? 0, row?.occupancy ?? null]);
      }
    }
    expect([deliveredBy('2021-06-30').length, deliveredBy('2025-12-31').length]).toEqual([2, 32]);
  });

  it('remembers the basemap per database and refuses other schemes', async () => {
    expect(await t.call('settings:basemap-get', {})).toEqual({ kind: 'none', source: '' });
    await t.call('settings:basemap-set', { kind: 'raster-url', source: 'https://tiles.example/{z}/{x}/{y}.png' });
    expect((await t.call('settings:basemap-get', {})).kind).toBe('raster-url');
    const bad = await t.dispatch('settings:basemap-set', { kind: 'raster-url', source: 'javascript:alert(1)' });
    expect(bad.ok).toBe(false);
  });
});
