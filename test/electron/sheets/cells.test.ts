// Cells typed into a spreadsheet by people: numbers with separators, dates in the forms Chinese and English
// users type, choices and yes/no in either language; headers in either language or both.
import { describe, expect, it } from 'vitest';
import { dateOf, numberOf, readCell } from '../../../shared/sheets/cells';
import { matchHeaders, sheetByHeaders, sheetByName } from '../../../shared/sheets/recognise';
import { IMPORT_COLUMNS } from '../../../shared/sheets/spec';

const column = (key: string) => {
  const c = IMPORT_COLUMNS.units.find((x) => x.key === key);
  if (!c) throw new Error(key);
  return c;
};

describe('cells', () => {
  it('reads numbers with thousands separators and refuses words', () => {
    expect([
      numberOf('1,234.50'),
      numberOf(' 12 '),
      numberOf('-3'),
      numberOf('１２'),
      numberOf('1,23'),
      numberOf('abc'),
      numberOf('1e5'),
    ]).toEqual([1234.5, 12, -3, 12, null, null, null]);
  });

  it('accepts year-first dates and refuses day/month-first ones as ambiguous', () => {
    expect(['2025-12-31', '2025/1/5', '2025.02.03', '2025年12月31日', '2025 年 1 月 2 日'].map(dateOf)).toEqual([
      { date: '2025-12-31' },
      { date: '2025-01-05' },
      { date: '2025-02-03' },
      { date: '2025-12-31' },
      { date: '2025-01-02' },
    ]);
    expect([dateOf('12/31/2025'), dateOf('31.12.2025'), dateOf('2025-02-30'), dateOf('next week')]).toEqual([
      { code: 'ambiguous_date' },
      { code: 'ambiguous_date' },
      { code: 'invalid_date' },
      { code: 'invalid_date' },
    ]);
  });

  it('reads choices and yes/no in either language, and labels typed as numbers as text', () => {
    expect(readCell(column('use'), '实验室')).toEqual({ ok: true, value: 'lab' });
    expect(readCell(column('use'), ' RETAIL ')).toEqual({ ok: true, value: 'retail' });
    expect(readCell(column('outOfService'), '是')).toEqual({ ok: true, value: true });
    expect(readCell(column('outOfService'), 'No')).toEqual({ ok: true, value: false });
    expect(readCell(column('label'), 301)).toEqual({ ok: true, value: '301' });
    expect(readCell(column('floor'), 2.5)).toEqual({ ok: false, code: 'not_integer' });
    expect(readCell(column('areaM2'), { error: '#DIV/0!' })).toEqual({ ok: false, code: 'cell_error', params: { value: '#DIV/0!' } });
  });

  it('recognises sheets and headers in Chinese, English, bilingual and full-width forms', () => {
    expect([
      sheetByName('单元'),
      sheetByName('Units'),
      sheetByName('单元 Units'),
      sheetByName('  units '),
      sheetByName('汇总'),
      sheetByName('Sheet1'),
    ]).toEqual(['units', 'units', 'units', 'units', 'summary', null]);
    const m = matchHeaders('units', ['片区代码 / Zone code', 'BUILDING', '楼层', 'Unit', '面积(m2)', '用途', 'Colour']);
    expect([...m.columns.values()].map((c) => c.key)).toEqual(['zoneCode', 'buildingName', 'floor', 'label', 'areaM2', 'use']);
    expect(m.extra).toEqual([{ index: 6, header: 'Colour' }]);
    expect(m.missing).toEqual([]);
    expect(sheetByHeaders(['Zone code', 'Building', 'Unit', 'Tenant', 'Kind', 'Start date', 'Area (m²)'])).toBe('leases');
  });
});
