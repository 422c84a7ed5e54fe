// Every problem with a save at once (issue 10, item 7): when a create or an update fails its shape checks, the
// cross-record rules still run over the fields that are fine, so the form shows required fields, checksums,
// areas, dates and overlaps together instead of in rounds. Reads only; nothing is written.
import type { EntityName } from '../../../../shared/enums';
import type { FieldError } from '../../../../shared/errors';
import type { Draft } from '../../../../shared/models';
import { draftSchemas } from '../../../../shared/validation/entities';
import type { Db } from '../../db/connection';
import { draftOf } from '../../db/tables';
import { readRecord } from '../../db/writer';
import { normalize } from './crud';
import { ruleErrors, type RuleReader } from './rules';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The rule errors of a create (`target` null: `raw` is the draft) or an update (`raw` holds `changes` of the record
 * `target`), checked on the fields that pass their own schema; [] when the input is not even an object.
 */
export function ruleErrorsOfInput(db: Db, entity: EntityName, raw: unknown, target: { id: string } | null): FieldError[] {
  const given = target ? (isObject(raw) ? raw.changes : undefined) : raw;
  if (!isObject(given)) return [];
  const shape = draftSchemas[entity].shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  const current = target ? readRecord(db, entity, target.id) : null;
  if (target && !current) return [];
  const draft: Record<string, unknown> = current ? { ...draftOf(entity, current) } : {};
  const valid = new Set<string>(current ? Object.keys(draft) : []);
  for (const [field, value] of Object.entries(given)) {
    const schema = shape[field];
    if (!schema || value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      draft[field] = parsed.data;
      valid.add(field);
    } else {
      delete draft[field];
      valid.delete(field);
    }
  }
  const reader: RuleReader = { db, get: (e, id) => readRecord(db, e, id) };
  return ruleErrors(reader, entity, normalize(entity, draft as unknown as Draft<EntityName>), target?.id ?? null, valid);
}
