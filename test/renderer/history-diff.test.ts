import { describe, expect, it } from 'vitest';
import { changedFieldsOf } from '../../renderer/lib/historyDiff';

describe('record history diff', () => {
  it('lists only the fields an update changed, hiding row metadata', () => {
    const before = { id: 'a', version: 1, updatedAt: 't1', floorsAbove: 3, nameZh: '楼', footprint: null, parkId: 'p1' };
    const after = { id: 'a', version: 2, updatedAt: 't2', floorsAbove: 5, nameZh: '楼', footprint: { type: 'Polygon' }, parkId: null };
    expect(changedFieldsOf({ before, after })).toEqual([
      { field: 'floorsAbove', before: '3', after: '5' },
      { field: 'footprint', before: '—', after: '{…}' },
      { field: 'parkId', before: 'p1', after: '—' },
    ]);
  });

  it('shows every field of an insert as new and of a delete as gone', () => {
    expect(changedFieldsOf({ before: null, after: { id: 'a', label: 'A1', areaM2: 50 } })).toEqual([
      { field: 'label', before: '', after: 'A1' },
      { field: 'areaM2', before: '', after: '50' },
    ]);
    expect(changedFieldsOf({ before: { label: 'A1' }, after: null })).toEqual([{ field: 'label', before: 'A1', after: '' }]);
  });
});
