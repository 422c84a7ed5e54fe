// Building blocks for the contract's schemas. Every refinement carries a FieldCode in `params.code`
// so that zod issues become localisable field errors (see toFieldErrors).
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { MAX_AREA_M2 } from '../enums';
import type { FieldCode, FieldError, FieldParams } from '../errors';

const coded = (code: FieldCode, params?: FieldParams) => ({ params: { code, ...params } });

export const id = z.string().min(1).max(64);

/** Too short maps to 'required' and too long to 'too_long' in toFieldErrors. */
export const requiredText = (max = 200) => z.string().trim().min(1).max(max);

export const optionalText = (max = 500) => z.string().trim().max(max);

export const isoDate = z.string().refine(isIsoDate, coded('invalid_date'));

export const area = z
  .number()
  .finite()
  .refine((v) => v > 0, coded('not_positive'))
  .refine((v) => v < MAX_AREA_M2, coded('too_large', { max: MAX_AREA_M2 }));

export const integer = z.number().int();

/** Bounds keep the shape checks (quadratic in a ring's vertices) fast: far beyond any drawn or surveyed outline. */
export const MAX_RING_VERTICES = 5000;
const positionSchema = z.array(z.number().finite()).min(2).max(3);
const ringSchema = z.array(positionSchema).min(4).max(MAX_RING_VERTICES);
const polygonSchema = z.array(ringSchema).min(1).max(100);
export const geometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: polygonSchema }).strict(),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonSchema).min(1).max(200) }).strict(),
]);

/** Turn zod issues into field errors with stable codes. */
export function toFieldErrors(issues: z.ZodIssue[]): FieldError[] {
  const all = issues.map((issue): FieldError => {
    // Update inputs nest the record under `changes`; report the record's own field name.
    const path = issue.path[0] === 'changes' ? issue.path.slice(1) : issue.path;
    // Report the record's own field (a form field), not a position deep inside a geometry.
    const name = path.length ? String(path[0]) : '';
    if ((name === 'footprint' || name === 'boundary') && path.length > 1) return { field: name, code: 'invalid_geometry' as const };
    if (issue.code === 'custom') {
      const params = (issue.params ?? {}) as FieldParams & { code?: FieldCode };
      const { code = 'invalid_type', ...rest } = params;
      return Object.keys(rest).length ? { field: name, code, params: rest } : { field: name, code };
    }
    if (issue.code === 'too_small' && issue.type === 'string') return { field: name, code: 'required' };
    if (issue.code === 'too_big' && issue.type === 'string') {
      return { field: name, code: 'too_long', params: { max: Number(issue.maximum) } };
    }
    if (issue.code === 'invalid_enum_value' || issue.code === 'invalid_literal') return { field: name, code: 'invalid_choice' };
    if (issue.code === 'invalid_type' && issue.received === 'undefined') return { field: name, code: 'required' };
    if (issue.code === 'invalid_type' && issue.expected === 'integer') return { field: name, code: 'not_integer' };
    if (issue.code === 'invalid_type' && issue.expected === 'number') return { field: name, code: 'not_a_number' };
    if (issue.code === 'too_small' && issue.type === 'number') return { field: name, code: 'not_positive' };
    if (issue.code === 'too_big' && issue.type === 'number') return { field: name, code: 'too_large', params: { max: Number(issue.maximum) } };
    if (issue.code === 'invalid_union') return { field: name, code: name === 'footprint' || name === 'boundary' ? 'invalid_geometry' : 'invalid_type' };
    return { field: name, code: 'invalid_type' };
  });
  const seen = new Set<string>();
  return all.filter((e) => {
    const key = `${e.field}:${e.code}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
