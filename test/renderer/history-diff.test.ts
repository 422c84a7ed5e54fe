import { describe, expect, it } from 'vitest';
import { geodesicArea } from '../../shared/geo';
import type { Geometry } from '../../shared/models';
import { changedFieldsOf, shapeChange } from '../../renderer/lib/historyDiff';

const square = (d: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [116.3, 39.9],
      [116.3 + d, 39.9],
      [116.3 + d, 39.9 + d],
      [116.3, 39.9 + d],
      [116.3, 39.9],
    ],
  ],
});

describe('record history diff', () => {
  it('lists only the fields an update changed, with their stored values, hiding row metadata', () => {
    const before = {
      id: 'a',
      version: 1,
      updatedAt: 't1',
      floorsAbove: 3,
      nameZh: '楼',
      footprint: null,
      parkId: 'p1',
      isThemeBuilding: false,
    };
    const after = {
      id: 'a',
      version: 2,
      updatedAt: 't2',
      floorsAbove: 5,
      nameZh: '楼',
      footprint: square(0.001),
      parkId: null,
      isThemeBuilding: true,
    };
    expect(changedFieldsOf({ before, after })).toEqual([
      { field: 'floorsAbove', before: 3, after: 5 },
      { field: 'footprint', before: null, after: square(0.001) },
      { field: 'parkId', before: 'p1', after: null },
      { field: 'isThemeBuilding', before: false, after: true },
    ]);
  });

  it('shows every field of an insert as new and of a delete as gone', () => {
    expect(changedFieldsOf({ before: null, after: { id: 'a', label: 'A1', areaM2: 50 } })).toEqual([
      { field: 'label', before: undefined, after: 'A1' },
      { field: 'areaM2', before: undefined, after: 50 },
    ]);
    expect(changedFieldsOf({ before: { label: 'A1' }, after: null })).toEqual([{ field: 'label', before: 'A1', after: undefined }]);
  });

  it('words a shape change by its area, not as an object (issue 10, item 10)', () => {
    const [small, large] = [square(0.001), square(0.0012)];
    expect(shapeChange(small, large)).toEqual({ kind: 'changed', beforeM2: geodesicArea(small), afterM2: geodesicArea(large) });
    expect(geodesicArea(large)).toBeGreaterThan(geodesicArea(small));
    expect(shapeChange(null, small)).toMatchObject({ kind: 'drawn', beforeM2: null });
    expect(shapeChange(small, null)).toMatchObject({ kind: 'removed', afterM2: null });
  });
});
