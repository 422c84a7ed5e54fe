import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIST_REPOS } from '../../../electron/main/db/repos';
import { floorsOf } from '../../../electron/main/db/repos/units';
import { createRecord } from '../../../electron/main/services/inventory/crud';
import { seedMini, tempDb } from './fixture';

let ctx: ReturnType<typeof tempDb>;
let mini: ReturnType<typeof seedMini>;
beforeEach(() => {
  ctx = tempDb();
  mini = seedMini(ctx.db);
  for (let i = 1; i <= 30; i += 1) {
    createRecord(ctx.db, 'unit', {
      buildingId: mini.building.id,
      floor: 1 + (i % 10),
      label: `U${String(i).padStart(2, '0')}`,
      areaM2: 10 * i,
      use: i % 3 === 0 ? 'lab' : 'office',
      countsTowardTarget: true,
      outOfService: false,
    });
  }
});
afterEach(() => ctx.cleanup());

describe('lists answered by SQL', () => {
  it('pages in a stable order and reports the total', () => {
    const first = LIST_REPOS.unit.list(ctx.db, { sortBy: 'areaM2', sortDir: 'desc', limit: 10, offset: 0 });
    const second = LIST_REPOS.unit.list(ctx.db, { sortBy: 'areaM2', sortDir: 'desc', limit: 10, offset: 10 });
    expect(first.total).toBe(32);
    expect(first.rows.map((r) => r.areaM2)).toEqual([300, 290, 280, 270, 260, 250, 250, 240, 230, 220]);
    expect(second.offset).toBe(10);
    const ids = new Set([...first.rows, ...second.rows].map((r) => r.id));
    expect(ids.size).toBe(20);
  });

  it('searches case-insensitively and treats % and _ literally', () => {
    expect(LIST_REPOS.unit.list(ctx.db, { search: 'u1' }).total).toBe(10); // U10–U19
    expect(LIST_REPOS.unit.list(ctx.db, { search: '%' }).total).toBe(0);
    expect(LIST_REPOS.tenant.list(ctx.db, { search: 'FINTECH co' }).rows.map((r) => r.id)).toEqual([mini.tenant.id]);
  });

  it('filters by use, floor, building and zone', () => {
    expect(LIST_REPOS.unit.list(ctx.db, { use: 'lab' }).total).toBe(10);
    expect(LIST_REPOS.unit.list(ctx.db, { floor: 3 }).total).toBe(2 + 3);
    expect(LIST_REPOS.unit.list(ctx.db, { zoneId: mini.wing.id }).total).toBe(0);
    expect(LIST_REPOS.building.list(ctx.db, { zoneId: mini.zone.id, status: 'operational' }).total).toBe(1);
    expect(LIST_REPOS.building.list(ctx.db, { parkless: true }).total).toBe(0);
  });

  it('joins display names and counts into rows', () => {
    const [b] = LIST_REPOS.building.list(ctx.db, {}).rows;
    expect(b).toMatchObject({ zoneName: { zh: '核心区', en: 'Core' }, parkName: { zh: '金融科技园', en: 'Fintech Park' }, unitCount: 32 });
    const [lease] = LIST_REPOS.lease.list(ctx.db, { tenantId: mini.tenant.id }).rows;
    expect(lease).toMatchObject({
      unitLabel: '301',
      unitFloor: 3,
      buildingId: mini.building.id,
      tenantName: { zh: '某金融科技公司', en: 'Some Fintech Co' },
    });
    const [zone] = LIST_REPOS.zone.list(ctx.db, { search: 'core' }).rows;
    expect(zone).toMatchObject({ parkCount: 1, buildingCount: 1 });
  });

  it('filters leases active on a date (a lease ending that day still counts)', () => {
    expect(LIST_REPOS.lease.list(ctx.db, { activeOn: '2025-12-31' }).total).toBe(1);
    expect(LIST_REPOS.lease.list(ctx.db, { activeOn: '2026-01-01' }).total).toBe(0);
  });

  it('summarises floors top first', () => {
    const floors = floorsOf(ctx.db, mini.building.id);
    expect(floors[0]?.floor).toBe(10);
    expect(floors.find((f) => f.floor === 3)).toEqual({ floor: 3, unitCount: 5, areaM2: 100 + 250 + 20 + 120 + 220 });
  });
});
