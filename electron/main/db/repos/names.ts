// Joined display names in both languages, as list rows carry them.
import type { LocalName } from '../../../../shared/models';

export function localName(row: Record<string, unknown>, prefix: string): LocalName | null {
  const zh = row[`${prefix}_name_zh`];
  const en = row[`${prefix}_name_en`];
  if (typeof zh !== 'string') return null;
  return { zh, en: typeof en === 'string' ? en : '' };
}

export function requiredName(row: Record<string, unknown>, prefix: string): LocalName {
  return localName(row, prefix) ?? { zh: '', en: '' };
}
