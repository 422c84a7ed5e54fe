import { describe, expect, it } from 'vitest';
import { formatArea, formatBytes, formatDate, formatFloor, formatNumber, localLabel, localName } from '../../renderer/lib/format';

describe('formatting per locale', () => {
  it('formats areas with grouping and the local unit', () => {
    expect(formatArea(1234.5, 'en')).toBe('1,234.5 m²');
    expect(formatArea(1234.5, 'zh-CN')).toBe('1,234.5 平方米');
    expect(formatArea(500000, 'en')).toBe('500,000 m²');
    expect(formatArea(0.04, 'en')).toBe('0 m²');
    expect(formatArea(null, 'en')).toBe('—');
    expect(formatArea(Number.NaN, 'zh-CN')).toBe('—');
  });

  it('formats numbers', () => {
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(formatNumber(100000, 'zh-CN')).toBe('100,000');
    expect(formatNumber(1.23456, 'en')).toBe('1.23');
    expect(formatNumber(undefined, 'en')).toBe('—');
  });

  it('keeps dates ISO and names floors as people say them', () => {
    expect(formatDate('2025-12-31')).toBe('2025-12-31');
    expect(formatDate(null)).toBe('—');
    expect(formatFloor(3, 'en')).toBe('3F');
    expect(formatFloor(-2, 'en')).toBe('B2');
    expect(formatFloor(3, 'zh-CN')).toBe('3层');
    expect(formatFloor(-1, 'zh-CN')).toBe('地下1层');
  });

  it('picks the name in the interface language, falling back to the other', () => {
    expect(localName({ zh: '核心区', en: 'Core' }, 'zh-CN')).toBe('核心区');
    expect(localName({ zh: '核心区', en: 'Core' }, 'en')).toBe('Core');
    expect(localName({ nameZh: '某公司', nameEn: '' }, 'en')).toBe('某公司');
    expect(localName(null, 'en')).toBe('—');
  });

  it('formats byte sizes', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(2048, 'en')).toBe('2 KB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });
});

describe('bilingual history labels', () => {
  it('shows the half in the interface language', () => {
    expect(localLabel('新建楼宇 / Create building', 'zh-CN')).toBe('新建楼宇');
    expect(localLabel('新建楼宇 / Create building', 'en')).toBe('Create building');
    expect(localLabel('Sample district', 'en')).toBe('Sample district');
    expect(localLabel(null, 'en')).toBe('');
  });
});
