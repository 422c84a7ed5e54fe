// Building blocks for the contract's schemas. Every refinement carries a FieldCode in `params.code`
// so that zod issues become localisable field errors (see toFieldErrors).
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { MAX_AREA_M2, SMALLEST_AREA_M2 } from '../enums';
import { checkGeometry } from '../geo';
import type { FieldCode, FieldError, FieldParams } from '../errors';

const coded = (code: FieldCode, params?: FieldParams) => ({ params: { code, ...params } });

export const id = z.string().min(1).max(64);

/** C0 controls (NUL, tab, line breaks, escape…) and DEL: never part of a name, label, code or address. */
const CONTROL = /[\u0000-\u001f\u007f]/;
const noControls = (text: z.ZodString) => text.refine((v) => !CONTROL.test(v), coded('control_characters'));

/** Too short maps to 'required' and too long to 'too_long' in toFieldErrors. */
export const requiredText = (max = 200) => noControls(z.string().trim().min(1).max(max));

export const optionalText = (max = 500) => noControls(z.string().trim().max(max));

export const isoDate = z.string().refine(isIsoDate, coded('invalid_date'));

/** An area in m²: at least 0.01 m² (1 dm², the smallest step a plan is drawn in), less than MAX_AREA_M2. */
export const area = z
  .number()
  .finite()
  .refine((v) => v > 0, coded('not_positive'))
  .refine((v) => v <= 0 || v >= SMALLEST_AREA_M2, coded('too_small', { min: SMALLEST_AREA_M2 }))
  .refine((v) => v < MAX_AREA_M2, coded('too_large', { max: MAX_AREA_M2 }));

export const integer = z.number().int();

/**
 * Bounds on a shape, counted before anything else looks at it (so an 18.5 MB outline is refused in milliseconds):
 * far beyond any drawn or surveyed building or park, enough for a zone boundary traced from a district map.
 */
export const MAX_RING_VERTICES = 5_000;
export const MAX_SHAPE_VERTICES = 20_000;
const positionSchema = z.array(z.number().finite()).min(2).max(3);
const ringSchema = z.array(positionSchema).min(4);
const polygonSchema = z.array(ringSchema).min(1).max(100);
const shapeSchema = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: polygonSchema }).strict(),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonSchema).min(1).max(200) }).strict(),
]);

/** Corners of the largest ring and of the whole shape, read from any value without trusting its structure. */
function countVertices(value: unknown): { ring: number; total: number } {
  const count = { ring: 0, total: 0 };
  const coordinates = typeof value === 'object' && value !== null ? (value as { coordinates?: unknown }).coordinates : undefined;
  const walk = (node: unknown, depth: number): void => {
    if (!Array.isArray(node) || depth > 3) return;
    if (node.length > 0 && Array.isArray(node[0]) && !Array.isArray(node[0][0])) {
      count.ring = Math.max(count.ring, node.length); // a ring: an array of positions
      count.total += node.length;
      return;
    }
    for (const child of node) {
      walk(child, depth + 1);
      if (count.total > MAX_SHAPE_VERTICES) return;
    }
  };
  walk(coordinates, 0);
  return count;
}

/**
 * A footprint or boundary: bounded in size (geometry_too_complex), well formed, then closed, simple and not tiny
 * (shared/geo.ts) — all checked here, at the contract, before any handler or write transaction runs.
 */
export const geometry = z
  .unknown()
  .superRefine((value, ctx) => {
    const n = countVertices(value);
    if (n.ring > MAX_RING_VERTICES || n.total > MAX_SHAPE_VERTICES) {
      ctx.addIssue({ code: 'custom', fatal: true, params: { code: 'geometry_too_complex', max: n.ring > MAX_RING_VERTICES ? MAX_RING_VERTICES : MAX_SHAPE_VERTICES } });
    }
  })
  .pipe(shapeSchema)
  .superRefine((shape, ctx) => {
    const problem = checkGeometry(shape);
    if (problem) ctx.addIssue({ code: 'custom', params: { code: problem } });
  });

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
