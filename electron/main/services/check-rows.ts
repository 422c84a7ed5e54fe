// Every stored row, read back into the contract's record and re-validated by the entry schemas
// (shared/validation/entities.ts). The draft schemas are plain objects of independent fields, so each field
// is checked by its own schema from the object's shape, and a value seen before in the same column reuses
// its verdict: dates, kinds and foreign keys repeat a lot, which keeps a check of the large sample quick.
import type { z } from 'zod';
import { ENTITIES, type EntityName } from '../../../shared/enums';
import type { FieldError } from '../../../shared/errors';
import { draftSchemas } from '../../../shared/validation/entities';
import { toFieldErrors } from '../../../shared/validation/primitives';
import type { Db } from '../db/connection';
import { storedRecords } from '../db/repos/check';
import { TABLES } from '../db/tables';
import { fieldProblem, type Problem } from './check-problem';

/** Remembered verdicts per column, bounded so a column of unique values cannot grow without limit. */
const CACHE_LIMIT = 50_000;

class FieldValidator {
  private readonly cache = new Map<string, FieldError[]>();

  constructor(
    private readonly field: string,
    private readonly schema: z.ZodTypeAny,
  ) {}

  errors(value: unknown): FieldError[] {
    const cacheable = value === null || typeof value !== 'object';
    const key = cacheable ? `${typeof value}:${String(value)}` : '';
    if (cacheable) {
      const known = this.cache.get(key);
      if (known) return known;
    }
    const parsed = this.schema.safeParse(value);
    const errors = parsed.success
      ? []
      : toFieldErrors(parsed.error.issues.map((issue) => ({ ...issue, path: [this.field, ...issue.path] })));
    if (cacheable && this.cache.size < CACHE_LIMIT) this.cache.set(key, errors);
    return errors;
  }
}

function checkTable(db: Db, entity: EntityName, problems: Problem[]): void {
  const shape = (draftSchemas[entity] as unknown as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
  const validators = Object.keys(TABLES[entity].columns).map((field) => {
    const schema = shape[field];
    if (!schema) throw new Error(`no schema for ${entity}.${field}`);
    return [field, new FieldValidator(field, schema)] as const;
  });
  for (const { id, record } of storedRecords(db, entity)) {
    if (record === null) {
      problems.push(fieldProblem(entity, id, { field: '', code: 'invalid_type' }));
      continue;
    }
    for (const [field, validator] of validators) {
      for (const error of validator.errors(record[field])) problems.push(fieldProblem(entity, id, error));
    }
  }
}

export function checkRows(db: Db): Problem[] {
  const problems: Problem[] = [];
  for (const entity of ENTITIES) checkTable(db, entity, problems);
  return problems;
}
