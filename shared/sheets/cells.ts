// One cell read back into a typed value for its column. Readers (XLSX and CSV) hand over plain values; this is
// where text becomes numbers, dates and choices, with one field code per way a cell can be wrong.
import { isIsoDate } from '../dates';
import type { FieldCode } from '../errors';
import { boolOf, enumCode } from './labels';
import type { ColumnSpec } from './spec';

/** A cell as the readers deliver it: dates already as `YYYY-MM-DD` (read with UTC getters), formulas as their cached value. */
export type CellValue = null | string | number | boolean | { date: string } | { error: string };

export type CellResult =
  { ok: true; value: unknown } | { ok: false; code: FieldCode | SheetCellCode; params?: Record<string, string | number> };

/** Codes of cell problems that are not a form field's. */
export const SHEET_CELL_CODES = ['cell_error', 'formula_no_value', 'ambiguous_date'] as const;
export type SheetCellCode = (typeof SHEET_CELL_CODES)[number];

/** What a reader puts in a formula cell saved without its result (e.g. by a program that does not calculate). */
export const NO_FORMULA_VALUE = '#NO-VALUE';

const ok = (value: unknown): CellResult => ({ ok: true, value });
const bad = (code: FieldCode | SheetCellCode, params?: Record<string, string | number>): CellResult =>
  params ? { ok: false, code, params } : { ok: false, code };

/** Plain numbers and numbers with thousands separators ("1,234.50"); a full-width minus or comma is read as such. */
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

export function numberOf(text: string): number | null {
  const t = text.normalize('NFKC').trim().replace(/，/g, ',').replace(/[－−]/g, '-').replace(/\s/g, '');
  if (!NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

const pad = (n: string) => n.padStart(2, '0');

/**
 * A date typed as text, accepted only when unambiguous: year first (2025-12-31, 2025/12/31, 2025.12.31,
 * 2025年12月31日). Day-first or month-first forms (31/12/2025, 12/31/2025) are refused.
 */
export function dateOf(text: string): { date: string } | { code: 'invalid_date' | 'ambiguous_date' } {
  const t = text.trim();
  const m =
    /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(t) ??
    /^(\d{4})-(\d{2})-(\d{2})T00:00(?::00(?:\.0+)?)?Z?$/.exec(t);
  if (m) {
    const iso = `${m[1]}-${pad(m[2] ?? '')}-${pad(m[3] ?? '')}`;
    return isIsoDate(iso) ? { date: iso } : { code: 'invalid_date' };
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(t)) return { code: 'ambiguous_date' };
  return { code: 'invalid_date' };
}

const isDateCell = (v: CellValue): v is { date: string } => typeof v === 'object' && v !== null && 'date' in v;
const isErrorCell = (v: CellValue): v is { error: string } => typeof v === 'object' && v !== null && 'error' in v;

/** True for a cell that holds nothing (blank, or only spaces). */
export const isEmptyCell = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

/** The typed value of a non-empty cell for `column`, or the code of what is wrong with it. */
export function readCell(column: ColumnSpec, v: CellValue): CellResult {
  if (isErrorCell(v)) return v.error === NO_FORMULA_VALUE ? bad('formula_no_value') : bad('cell_error', { value: v.error });
  switch (column.kind) {
    case 'id':
    case 'text':
      if (typeof v === 'string') return ok(v.trim());
      if (typeof v === 'number') return ok(String(v));
      return bad('invalid_type');
    case 'version':
    case 'int': {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? numberOf(v) : null;
      if (n === null) return bad('not_a_number');
      return Number.isInteger(n) ? ok(n) : bad('not_integer');
    }
    case 'area':
    case 'number':
    case 'percent': {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? numberOf(v) : null;
      return n === null ? bad('not_a_number') : ok(n);
    }
    case 'date': {
      if (isDateCell(v)) return ok(v.date);
      if (typeof v !== 'string') return bad('invalid_date');
      const d = dateOf(v);
      return 'date' in d ? ok(d.date) : bad(d.code);
    }
    case 'bool': {
      if (typeof v === 'boolean') return ok(v);
      const b = typeof v === 'number' ? (v === 1 ? true : v === 0 ? false : null) : typeof v === 'string' ? boolOf(v) : null;
      return b === null ? bad('invalid_choice') : ok(b);
    }
    case 'enum': {
      const code = typeof v === 'string' ? enumCode(v, column.values ?? []) : null;
      return code === null ? bad('invalid_choice') : ok(code);
    }
  }
}
