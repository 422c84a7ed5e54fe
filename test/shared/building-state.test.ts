// What a building is at an as-of date (issue 10, item 3): its stored status describes today, so at a date before its
// delivery it is pipeline whatever that status says; delivered, it is renovating or in use.
import { describe, expect, it } from 'vitest';
import { isDeliveredOn } from '../../shared/accounting/rules';
import { BUILDING_STATUSES } from '../../shared/enums';
import { buildingStateAt } from '../../shared/rules/buildings';

describe('a building at an as-of date', () => {
  it('is pipeline before its delivery date (or without one), whatever its stored status', () => {
    for (const status of BUILDING_STATUSES) {
      expect(buildingStateAt({ delivered: isDeliveredOn('2026-06-05', '2023-06-30'), status })).toBe('pipeline');
      expect(buildingStateAt({ delivered: isDeliveredOn(null, '2030-01-01'), status })).toBe('pipeline');
    }
  });

  it('is renovating or in use from its delivery date on', () => {
    expect(buildingStateAt({ delivered: isDeliveredOn('2026-06-05', '2026-06-05'), status: 'operational' })).toBe('operational');
    expect(buildingStateAt({ delivered: isDeliveredOn('2020-01-01', '2023-06-30'), status: 'renovating' })).toBe('renovating');
    // Stored as planned but delivered by D: the date decides, it is in use.
    expect(buildingStateAt({ delivered: isDeliveredOn('2020-01-01', '2023-06-30'), status: 'planned' })).toBe('operational');
  });
});
