// What a change_log entry changed, field by field, for the record history panel.
import type { ChangeLogEntry } from '../../shared/models';

const HIDDEN = new Set(['id', 'createdAt', 'updatedAt', 'version']);

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return '{…}';
  return String(value);
}

/** Fields whose value differs between before and after (every field for an insert or a delete). */
export function changedFieldsOf(entry: Pick<ChangeLogEntry, 'before' | 'after'>): FieldChange[] {
  const keys = new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})]);
  const out: FieldChange[] = [];
  for (const k of keys) {
    if (HIDDEN.has(k)) continue;
    const b = entry.before?.[k];
    const a = entry.after?.[k];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    out.push({ field: k, before: entry.before ? show(b) : '', after: entry.after ? show(a) : '' });
  }
  return out;
}
