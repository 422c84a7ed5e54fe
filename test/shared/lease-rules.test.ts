import { describe, expect, it } from 'vitest';
import { findOverLease, isActiveOn, lastActiveDay, peakArea, type LeaseSpan } from '../../shared/rules/leases';
import { floorInBuilding, rentableMismatch } from '../../shared/rules/buildings';

const span = (id: string, startDate: string, endDate: string | null, areaM2: number, terminatedOn: string | null = null): LeaseSpan => ({
  id,
  startDate,
  endDate,
  areaM2,
  terminatedOn,
});

describe('active at D', () => {
  it('counts a lease ending on D, not one terminated on D', () => {
    expect(isActiveOn(span('a', '2024-01-01', '2025-06-30', 10), '2025-06-30')).toBe(true);
    expect(isActiveOn(span('a', '2024-01-01', null, 10, '2025-06-30'), '2025-06-30')).toBe(false);
    expect(isActiveOn(span('a', '2024-01-01', null, 10, '2025-06-30'), '2025-06-29')).toBe(true);
  });
  it('is not active before its start', () => {
    expect(isActiveOn(span('a', '2024-01-01', null, 10), '2023-12-31')).toBe(false);
  });
  it('last active day is the day before termination', () => {
    expect(lastActiveDay({ endDate: '2026-01-01', terminatedOn: '2025-03-01' })).toBe('2025-02-28');
  });
});

describe('over-leasing', () => {
  const others = [span('a', '2024-01-01', '2024-12-31', 60), span('b', '2025-01-01', null, 50)];

  it('accepts leases that fit on every day', () => {
    expect(findOverLease(100, span('new', '2024-06-01', '2025-06-01', 40), others)).toBeNull();
  });

  it('names the first day and the colliding lease', () => {
    const over = findOverLease(100, span('new', '2024-06-01', '2025-06-01', 45), others);
    expect(over).toEqual({ date: '2024-06-01', totalM2: 105, leaseIds: ['new', 'a'] });
  });

  it('finds a collision that starts inside the candidate span', () => {
    const over = findOverLease(100, span('new', '2024-06-01', '2025-06-01', 55), [span('b', '2025-01-01', null, 50)]);
    expect(over?.date).toBe('2025-01-01');
    expect(over?.leaseIds).toEqual(['new', 'b']);
  });

  it('ignores a lease terminated before the candidate starts and the candidate itself', () => {
    const list = [span('a', '2024-01-01', null, 100, '2024-06-01'), span('new', '2024-06-01', null, 100)];
    expect(findOverLease(100, span('new', '2024-06-01', null, 100), list)).toBeNull();
  });

  it('peak area is the largest total on one day', () => {
    expect(peakArea([span('a', '2024-01-01', '2024-12-31', 60), span('b', '2024-06-01', null, 30)])).toEqual({
      date: '2024-06-01',
      totalM2: 90,
    });
  });
});

describe('floors and rentable area', () => {
  const b = { floorsAbove: 10, floorsBelow: 2 };
  it.each([
    [1, true],
    [10, true],
    [-2, true],
    [0, false],
    [11, false],
    [-3, false],
  ])('floor %i → %s', (floor, ok) => {
    expect(floorInBuilding(floor, b)).toBe(ok);
  });
  it('measures the unit-sum mismatch against the declared area', () => {
    expect(rentableMismatch(1010, 1000)).toBeCloseTo(0.01);
    expect(rentableMismatch(1000, null)).toBeNull();
  });
});
