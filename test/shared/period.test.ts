// The report's period comparison (issue 9) on a fixture whose deliveries, leases and terminations in two months
// are known: every delta is computed here by hand.
import { describe, expect, it } from 'vitest';
import { compileInventory, type AccountingInput } from '../../shared/accounting/inventory-index';
import { comparedPeriods, periodChanges, periodOf } from '../../shared/accounting/period';

const unit = (id: string, buildingId: string, areaM2: number) => ({
  id,
  buildingId,
  floor: 1,
  areaM2,
  use: 'office' as const,
  countsTowardTarget: true,
  outOfService: false,
});
const lease = (
  unitId: string,
  areaM2: number,
  startDate: string,
  endDate: string | null,
  terminatedOn: string | null = null,
  kind: 'lease' | 'reservation' = 'lease',
) => ({ unitId, tenantId: 't1', kind, startDate, endDate, terminatedOn, areaM2 });

const input: AccountingInput = {
  buildings: [
    { id: 'A', zoneId: 'z1', parkId: null, deliveryDate: '2025-01-15', declaredRentableM2: null },
    { id: 'B', zoneId: 'z2', parkId: null, deliveryDate: '2025-02-10', declaredRentableM2: null },
    { id: 'C', zoneId: 'z2', parkId: null, deliveryDate: '2025-02-28', declaredRentableM2: 700 }, // no units: declared area
  ],
  units: [unit('a1', 'A', 100), unit('a2', 'A', 200), unit('b1', 'B', 400)],
  leases: [
    lease('a1', 80, '2025-01-20', null), // signed in January, still running
    lease('a2', 150, '2025-01-25', '2025-02-14'), // signed in January, expires in February
    lease('b1', 300, '2025-02-11', null, '2025-02-20'), // signed and terminated early in February
    lease('b1', 100, '2025-02-21', null), // signed in February
    lease('a2', 50, '2025-02-01', null, null, 'reservation'), // a reservation: never a lease signed
  ],
  tenants: [
    { id: 't1', category: 'fintech', enteredDistrictOn: '2025-01-20' },
    { id: 't2', category: 'other', enteredDistrictOn: '2025-02-03' }, // not a target category
    { id: 't3', category: 'research', enteredDistrictOn: '2025-02-05' },
  ],
};
const ix = compileInventory(input);

describe('period comparison', () => {
  it('names the period holding D, the one before and the same dates a year before', () => {
    const feb = periodOf('2025-02-28', 'month');
    expect(feb).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(comparedPeriods(feb, 'month')).toEqual({
      previous: { from: '2025-01-01', to: '2025-01-31' },
      lastYear: { from: '2024-02-01', to: '2024-02-28' },
    });
    expect(periodOf('2025-08-17', 'quarter')).toEqual({ from: '2025-07-01', to: '2025-08-17' });
    expect(comparedPeriods(periodOf('2025-08-17', 'quarter'), 'quarter').previous).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(periodOf('2025-08-17', 'year')).toEqual({ from: '2025-01-01', to: '2025-08-17' });
  });

  it('January: A delivered (300 m²), two leases signed (230 m²), one firm entered, leased area +230 m²', () => {
    expect(periodChanges(ix, { from: '2025-01-01', to: '2025-01-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
      deliveredM2: 300,
      leasesSigned: 2,
      signedM2: 230,
      leasesTerminated: 0,
      leasesExpired: 0,
      firmsEntered: 1,
      netLeasedM2: 230,
    });
  });

  it('February: B and C delivered (400 + 700 m²), two signed (400 m²), one terminated, one expired, leased area −50 m²', () => {
    // Leased on 31 Jan: 80 + 150 = 230. On 28 Feb: 80 (a1) + 100 (b1 second) = 180 (a2 ended 14 Feb, b1 first terminated 20 Feb).
    expect(periodChanges(ix, { from: '2025-02-01', to: '2025-02-28' })).toEqual({
      from: '2025-02-01',
      to: '2025-02-28',
      deliveredM2: 1100,
      leasesSigned: 2,
      signedM2: 400,
      leasesTerminated: 1,
      leasesExpired: 1,
      firmsEntered: 1,
      netLeasedM2: -50,
    });
  });

  it('inside one zone (a building mask): only that zone’s space and leases', () => {
    const z2 = Uint8Array.from(ix.building.zoneId, (z) => (z === 'z2' ? 1 : 0));
    expect(periodChanges(ix, { from: '2025-02-01', to: '2025-02-28' }, z2)).toMatchObject({
      deliveredM2: 1100,
      leasesSigned: 2,
      signedM2: 400,
      leasesTerminated: 1,
      leasesExpired: 0,
      netLeasedM2: 100,
    });
  });
});
