// How a stored value is written into a report cell in the user's language: enum codes become labels, yes/no
// words, dates stay `YYYY-MM-DD` (the XLSX writer makes them real dates). Numbers stay numbers, never text.
import type { Locale } from '../enums';
import { valueLabel, YES_NO } from './labels';
import type { ColumnSpec } from './spec';

export type OutValue = string | number | null | { date: string };

export function outValue(column: ColumnSpec, raw: unknown, locale: Locale): OutValue {
  if (raw === null || raw === undefined) return null;
  switch (column.kind) {
    case 'bool':
      return YES_NO[raw === true || raw === 1 ? 'yes' : 'no'][locale];
    case 'enum':
      return valueLabel(String(raw), locale);
    case 'date':
      return typeof raw === 'string' && raw !== '' ? { date: raw } : null;
    case 'area':
    case 'number':
    case 'int':
    case 'percent':
    case 'version':
      return typeof raw === 'number' ? raw : Number(raw);
    case 'id':
    case 'text':
      return String(raw);
  }
}

/** The stored values of a row in column order, as hashed for the About sheet's SHA-256 (language-independent). */
export function canonicalRow(columns: readonly ColumnSpec[], row: Record<string, unknown>): string {
  return JSON.stringify(columns.filter((c) => !c.localized).map((c) => {
    const v = row[c.key];
    return v === undefined ? null : v;
  }));
}
