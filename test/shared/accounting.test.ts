// Each rule of docs/ARCHITECTURE.md, "What the numbers mean", against hand-computed figures.
import { describe, expect, it } from 'vitest';
import { rollup, type AccountingInput, type TargetWindow } from '../../shared/accounting/rollup';

const unit = (id: string, buildingId: string, areaM2: number, over: Partial<AccountingInput['units'][number]> = {}) => ({
  id,
  buildingId,
  floor: 1,
  areaM2,
  use: 'office' as const,
  countsTowardTarget: true,
  outOfService: false,
  ...over,
});
const lease = (
  unitId: string,
  areaM2: number,
  startDate: string,
  endDate: string | null,
  over: Partial<AccountingInput['leases'][number]> = {},
) => ({
  unitId,
  tenantId: 't1',
  kind: 'lease' as const,
  startDate,
  endDate,
  terminatedOn: null,
  areaM2,
  ...over,
});

const input: AccountingInput = {
  buildings: [
    { id: 'A', zoneId: 'z1', parkId: 'p1', deliveryDate: '2023-01-01', declaredRentableM2: 999 },
    { id: 'B', zoneId: 'z1', parkId: null, deliveryDate: '2024-06-01', declaredRentableM2: 400 }, // no units
    { id: 'C', zoneId: 'z2', parkId: null, deliveryDate: '2026-03-01', declaredRentableM2: null }, // pipeline
  ],
  units: [
    unit('a1', 'A', 100),
    unit('a2', 'A', 50, { outOfService: true, floor: 2 }),
    unit('a3', 'A', 30, { countsTowardTarget: false, use: 'common' }),
    unit('c1', 'C', 200, { use: 'lab' }),
  ],
  leases: [
    lease('a1', 60, '2024-01-01', '2025-12-31'), // ends on D: still counts on D
    lease('a1', 30, '2025-01-01', null, { kind: 'reservation', tenantId: 't2' }),
    lease('a1', 10, '2025-01-01', null, { terminatedOn: '2025-12-31' }), // terminated on D: no longer counts
    lease('c1', 80, '2025-06-01', null, { tenantId: 't3' }), // pre-let in a pipeline building
  ],
  tenants: [
    { id: 't1', category: 'fintech', enteredDistrictOn: '2023-05-01' },
    { id: 't2', category: 'other', enteredDistrictOn: '2023-05-01' },
    { id: 't3', category: 'research', enteredDistrictOn: '2026-02-01' },
    { id: 't4', category: 'fintech', enteredDistrictOn: '2020-12-31' },
  ],
};
const window: TargetWindow = { spaceTargetM2: 1000, firms: { startDate: '2021-01-01', dueDate: '2025-12-31' } };

describe('roll-up at D = 2025-12-31', () => {
  const { totals, rows } = rollup(input, '2025-12-31', 'zone', window);

  it('provided = counted units of delivered buildings + declared area of delivered buildings without units', () => {
    expect(totals.providedM2).toBe(100 + 50 + 400);
  });
  it('leased counts a lease ending on D, not one terminated on D, nor a pre-let', () => {
    expect(totals.leasedM2).toBe(60);
    expect(totals.preLetM2).toBe(80);
  });
  it('reserved, out of service and available (per unit, never negative)', () => {
    expect(totals.reservedM2).toBe(30);
    expect(totals.outOfServiceM2).toBe(50);
    expect(totals.availableM2).toBe(100 - 60 - 30 + 400);
  });
  it('pipeline is the rentable area of buildings not yet delivered', () => {
    expect(totals.pipelineM2).toBe(200);
  });
  it('occupancy, target progress and new firms', () => {
    expect(totals.occupancy).toBeCloseTo(60 / 550, 10);
    expect(totals.targetProgress).toBeCloseTo(0.55, 10);
    expect(totals.newFirms).toBe(1); // t1 only: t2 is not a target category, t3 entered after D, t4 before the window
  });
  it('zone rows carry their own figures', () => {
    expect(rows.map((r) => [r.key, r.providedM2, r.pipelineM2])).toEqual([
      ['z1', 550, 0],
      ['z2', 0, 200],
    ]);
    expect(rows[0]?.newFirms).toBe(1);
  });
});

describe('the same inventory at other dates and groupings', () => {
  it('the day after: the lease that ended no longer counts', () => {
    const { totals } = rollup(input, '2026-01-01', 'zone', window);
    expect(totals.leasedM2).toBe(0);
    expect(totals.availableM2).toBe(100 - 30 + 400);
  });
  it('before B is delivered, its declared area is pipeline', () => {
    const { totals } = rollup(input, '2024-05-31', 'zone', window);
    expect(totals.providedM2).toBe(150);
    expect(totals.pipelineM2).toBe(600);
    expect(totals.availableM2).toBe(40);
  });
  it('after C is delivered, its pre-let becomes leased', () => {
    const { totals } = rollup(input, '2026-03-01', 'zone', { spaceTargetM2: null, firms: null });
    expect(totals.leasedM2).toBe(80);
    expect(totals.preLetM2).toBe(0);
    expect(totals.targetProgress).toBeNull();
    expect(totals.newFirms).toBe(0);
  });
  it('groups by floor and by use; buildings without units form their own group', () => {
    const byFloor = rollup(input, '2025-12-31', 'floor', window);
    expect(byFloor.rows.map((r) => [r.key, r.providedM2])).toEqual([
      ['A:1', 100],
      ['A:2', 50],
      ['B:', 400],
      ['C:1', 0],
    ]);
    const byUse = rollup(input, '2025-12-31', 'use', window);
    expect(byUse.rows.map((r) => [r.key, r.providedM2, r.pipelineM2])).toEqual([
      ['', 400, 0],
      ['lab', 0, 200],
      ['office', 150, 0],
    ]);
  });
  it('an out-of-service unit that is still leased is not subtracted twice', () => {
    const oosLeased = { ...input, units: [unit('x', 'A', 100, { outOfService: true })], leases: [lease('x', 60, '2024-01-01', null)] };
    const { totals } = rollup(oosLeased, '2025-12-31', 'zone', window);
    expect([totals.providedM2, totals.leasedM2, totals.outOfServiceM2, totals.availableM2]).toEqual([500, 60, 40, 400]);
  });

  it('a unit that does not count toward the target contributes nothing', () => {
    const only = { ...input, units: [unit('x', 'A', 500, { countsTowardTarget: false })], leases: [] };
    expect(rollup(only, '2025-12-31', 'zone', window).totals.providedM2).toBe(400);
  });
});
