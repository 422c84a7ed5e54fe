// What a change_log entry changed, field by field, for the record history panel. Values stay as stored here; the
// panel words them as the record's form does (issue 10, item 10), and a shape as the change of its area.
import { geodesicArea } from '../../shared/geo';
import type { ChangeLogEntry, Geometry } from '../../shared/models';

const HIDDEN = new Set(['id', 'createdAt', 'updatedAt', 'version']);

/** Fields that hold a shape (a building's footprint, a park's or zone's boundary). */
export const SHAPE_FIELDS: ReadonlySet<string> = new Set(['footprint', 'boundary']);

export interface FieldChange {
  field: string;
  /** The stored values (undefined: the record did not exist on that side). */
  before: unknown;
  after: unknown;
}

/** Fields whose value differs between before and after (every field for an insert or a delete). */
export function changedFieldsOf(entry: Pick<ChangeLogEntry, 'before' | 'after'>): FieldChange[] {
  const keys = new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})]);
  const out: FieldChange[] = [];
  for (const k of keys) {
    if (HIDDEN.has(k)) continue;
    const b = entry.before ? (entry.before[k] ?? null) : undefined;
    const a = entry.after ? (entry.after[k] ?? null) : undefined;
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    out.push({ field: k, before: b, after: a });
  }
  return out;
}

/** A shape change as people say it: drawn, removed, or changed, with the area before and after (m²). */
export function shapeChange(
  before: unknown,
  after: unknown,
): { kind: 'drawn' | 'removed' | 'changed'; beforeM2: number | null; afterM2: number | null } {
  const area = (g: unknown) => (g && typeof g === 'object' ? geodesicArea(g as Geometry) : null);
  const b = area(before);
  const a = area(after);
  return { kind: b === null ? 'drawn' : a === null ? 'removed' : 'changed', beforeM2: b, afterM2: a };
}
