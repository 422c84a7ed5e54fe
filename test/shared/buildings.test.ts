// A building's floors in words (issue 10, item 9), and what a building is at an as-of date (item 3): its stored status describes today, so
// at a date before its
// delivery it is pipeline whatever that status says; delivered, it is renovating or in use.
import { describe, expect, it } from 'vitest';
import { isDeliveredOn } from '../../shared/accounting/rules';
import { BUILDING_STATUSES } from '../../shared/enums';
import { buildingStateAt, floorInBuilding, floorRangeText } from '../../shared/rules/buildings';
import { fieldMessage } from '../../shared/messages';

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

describe('a building’s floors in words', () => {
  it('states the allowed floors plainly, basements first, never a floor 0', () => {
    expect(floorRangeText({ floorsAbove: 3, floorsBelow: 2 })).toBe('B2–B1, 1–3');
    expect(floorRangeText({ floorsAbove: 3, floorsBelow: 0 })).toBe('1–3');
    expect(floorRangeText({ floorsAbove: 1, floorsBelow: 1 })).toBe('B1, 1');
    expect(floorRangeText({ floorsAbove: 12, floorsBelow: 0 })).toBe('1–12');
  });

  it('names exactly the floors floorInBuilding accepts', () => {
    for (const b of [
      { floorsAbove: 3, floorsBelow: 2 },
      { floorsAbove: 1, floorsBelow: 0 },
      { floorsAbove: 5, floorsBelow: 1 },
    ]) {
      const allowed = [];
      for (let f = -5; f <= 8; f += 1) if (floorInBuilding(f, b)) allowed.push(f < 0 ? `B${-f}` : String(f));
      const named = floorRangeText(b)
        .split(', ')
        .flatMap((part) => {
          const [a, z] = part.split('–') as [string, string?];
          const n = (x: string) => (x.startsWith('B') ? -Number(x.slice(1)) : Number(x));
          const out = [];
          for (let f = n(a); f <= n(z ?? a); f += 1) out.push(f < 0 ? `B${-f}` : String(f));
          return out;
        });
      expect(named).toEqual(allowed);
    }
  });

  it('words the out-of-range message without contradicting itself', () => {
    const error = {
      field: 'floor',
      code: 'floor_out_of_range' as const,
      params: { range: floorRangeText({ floorsAbove: 3, floorsBelow: 0 }) },
    };
    expect(fieldMessage(error, 'zh-CN')).toBe('本楼没有这一层（本楼楼层：1–3）');
    expect(fieldMessage(error, 'en')).toBe('This building has no such floor (its floors: 1–3)');
  });
});
