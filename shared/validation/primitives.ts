// Building blocks for the contract's schemas. Every refinement carries a FieldCode in `params.code`
// so that zod issues become localisable field errors (see toFieldErrors).
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { MAX_AREA_M2, SMALLEST_AREA_M2 } from '../enums';
import { checkGeometry } from '../geo';
import type { FieldCode, FieldError, FieldParams } from '../errors';

const coded = (code: FieldCode, params?: FieldParams) => ({ params: { code, ...params } });

export const id = z.string().min(1).max(64);

/** C0 and C1 controls (NUL, tab, line breaks, escape…) and DEL: never part of a name, label, code or address. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
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
const MAX_RINGS = 100;
const MAX_PARTS = 200;
const positionSchema = z.array(z.number().finite()).min(2).max(3);
const ringSchema = z.array(positionSchema).min(4);
const polygonSchema = z.array(ringSchema).min(1).max(MAX_RINGS);
const shapeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygonSchema }).strict(),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonSchema).min(1).max(MAX_PARTS) }).strict(),
]);

/**
 * Walks a shape by its declared type without trusting anything else about it, and says whether it stays within the
 * bounds (parts, rings, corners a ring, corners in all, numbers a position) — whatever its elements are, so that
 * nothing malformed can make the schema below do unbounded work. Returns the limit that was passed, or null.
 */
function overLimit(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates)) return null;
  let polygons: unknown[];
  if (type === 'Polygon') polygons = [coordinates];
  else if (type === 'MultiPolygon') {
    if (coordinates.length > MAX_PARTS) return MAX_SHAPE_VERTICES;
    polygons = coordinates;
  } else return null;
  let total = 0;
  for (const rings of polygons) {
    if (!Array.isArray(rings)) continue;
    if (rings.length > MAX_RINGS) return MAX_SHAPE_VERTICES;
    for (const ring of rings) {
      if (!Array.isArray(ring)) continue;
      if (ring.length > MAX_RING_VERTICES) return MAX_RING_VERTICES;
      total += ring.length;
      if (total > MAX_SHAPE_VERTICES) return MAX_SHAPE_VERTICES;
      for (const position of ring) if (Array.isArray(position) && position.length > 3) return MAX_SHAPE_VERTICES;
    }
  }
  return null;
}

/**
 * A footprint or boundary: bounded in size (geometry_too_complex), well formed, then closed, simple and not tiny
 * (shared/geo.ts) — all checked here, at the contract, before any handler or write transaction runs.
 */
export const geometry = z
  .unknown()
  .superRefine((value, ctx) => {
    const max = overLimit(value);
    if (max !== null) ctx.addIssue({ code: 'custom', fatal: true, params: { code: 'geometry_too_complex', max } });
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
    if (issue.code === 'too_big' && issue.type === 'number')
      return { field: name, code: 'too_large', params: { max: Number(issue.maximum) } };
    if (issue.code === 'invalid_union')
      return { field: name, code: name === 'footprint' || name === 'boundary' ? 'invalid_geometry' : 'invalid_type' };
    return { field: name, code: 'invalid_type' };
  });
  const seen = new Set<string>();
  return all.filter((e) => {
    const key = `${e.field}:${e.code}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
