// Between what a user typed (strings and checkboxes, kept verbatim on error) and what a draft sends.
// Pure, so it is unit-tested. The server validates every value again; this only converts.

export type FormValue = string | boolean;
export type FormValues = Record<string, FormValue>;

export interface FieldShape {
  name: string;
  kind: 'text' | 'number' | 'integer' | 'date' | 'bool' | 'enum' | 'ref';
  nullable?: boolean;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A typed value; unparseable numbers pass through as text so the server names the problem (not a number). */
export function toValue(field: FieldShape, raw: FormValue | undefined): unknown {
  if (field.kind === 'bool') return raw === true || raw === 'true';
  const text = typeof raw === 'string' ? raw.trim() : '';
  switch (field.kind) {
    case 'number':
    case 'integer': {
      if (text === '') return field.nullable ? null : undefined;
      const normalised = text.replace(/[,\s]/g, '');
      return NUMERIC.test(normalised) ? Number(normalised) : text;
    }
    case 'date':
    case 'ref':
      // An empty required reference goes as '' (the server says "required"); an empty required date is omitted.
      if (text === '') return field.nullable ? null : field.kind === 'ref' ? '' : undefined;
      return text;
    case 'enum':
      // A choice that may be left open ("any use") goes as null.
      return text === '' && field.nullable ? null : typeof raw === 'string' ? raw : '';
    default:
      return typeof raw === 'string' ? raw : '';
  }
}

/** The draft for a create: every field, plus constants the form does not show. */
export function toDraft(
  fields: readonly FieldShape[],
  values: FormValues,
  constants: Record<string, unknown> = {},
): Record<string, unknown> {
  const draft: Record<string, unknown> = { ...constants };
  for (const f of fields) {
    const v = toValue(f, values[f.name]);
    if (v !== undefined) draft[f.name] = v;
  }
  return draft;
}

/** Form values showing a stored record. */
export function fromRecord(fields: readonly FieldShape[], record: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    const v = record[f.name];
    if (f.kind === 'bool') values[f.name] = v === true;
    else values[f.name] = v === null || v === undefined ? '' : String(v);
  }
  return values;
}

/** Only the fields whose value differs from the record (for `<plural>:update`). */
export function changedFields(fields: readonly FieldShape[], values: FormValues, record: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const f of fields) {
    const next = toValue(f, values[f.name]);
    const before = record[f.name] ?? (f.kind === 'bool' ? false : null);
    if (next === undefined) {
      if (before !== null) changes[f.name] = null; // cleared a required field: let the server say so
      continue;
    }
    if (next !== before) changes[f.name] = next;
  }
  return changes;
}

/** Form values from defaults overridden by a route's prefill (`?buildingId=…&floor=3`). */
export function withPrefill(fields: readonly FieldShape[], defaults: FormValues, prefill: Record<string, string>): FormValues {
  const values: FormValues = { ...defaults };
  for (const f of fields) {
    const p = prefill[f.name];
    if (p === undefined) continue;
    values[f.name] = f.kind === 'bool' ? p === 'true' : p;
  }
  return values;
}
