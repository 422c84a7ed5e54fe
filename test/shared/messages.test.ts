import { describe, expect, it } from 'vitest';
import { AppError, toErrorShape } from '../../shared/errors';
import { countsText, errorMessage, interpolate } from '../../shared/messages';

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
  it('fills named placeholders and leaves unknown ones as written', () => {
    expect(interpolate('{a} of {b}, {c}', { a: 1, b: 'two' })).toBe('1 of two, {c}');
  });
  it('any thrown value becomes the one error shape', () => {
    const err = new AppError('database_newer', 'newer', { found: 9, supported: 2 });
    expect(toErrorShape(err)).toEqual({ code: 'database_newer', message: 'newer', details: { found: 9, supported: 2 } });
    expect(toErrorShape(new TypeError('boom'))).toEqual({ code: 'internal', message: 'boom' });
    expect(toErrorShape('plain')).toEqual({ code: 'internal', message: 'plain' });
    expect(errorMessage(toErrorShape(new Error('disk full')), 'zh-CN')).toBe('内部错误：disk full');
  });
});
