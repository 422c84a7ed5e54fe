import { describe, expect, it } from 'vitest';
import { countsText, errorMessage } from '../../shared/messages';

describe('messages in both languages', () => {
  it('counts with singular and plural in English', () => {
    expect(countsText({ unit: 1, lease: 5 }, 'en')).toBe('1 unit, 5 leases');
    expect(countsText({ unit: 1, lease: 5, park: 0 }, 'zh-CN')).toBe('1 个单元、5 个租约');
  });
  it('a refused delete names what depends on it', () => {
    const shape = { code: 'has_dependents' as const, message: 'x', details: { counts: { park: 1, building: 2 } } };
    expect(errorMessage(shape, 'en')).toBe('Cannot delete: 1 park, 2 buildings still depend on it');
    expect(errorMessage(shape, 'zh-CN')).toBe('无法删除：仍有 1 个园区、2 个楼宇 关联');
  });
});
