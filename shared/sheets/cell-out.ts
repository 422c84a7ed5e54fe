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

/** The keys a sheet's rows are hashed by, in column order (localized text left out). */
export const hashedKeys = (columns: readonly ColumnSpec[]): string[] => columns.filter((c) => !c.localized).map((c) => c.key);

/** The stored values of a row in column order, as hashed for the About sheet's SHA-256 (language-independent). */
export function canonicalRow(keys: readonly string[], row: Record<string, unknown>): string {
  return JSON.stringify(keys.map((k) => row[k] ?? null));
}
