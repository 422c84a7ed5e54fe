// Every stored row, read back into the contract's record and re-validated by the entry schemas.
import { ENTITIES, type EntityName } from '../../../shared/enums';
import { draftSchemas } from '../../../shared/validation/entities';
import { toFieldErrors } from '../../../shared/validation/primitives';
import type { Db } from '../db/connection';
import { rowToRecord, TABLES } from '../db/tables';
import { fieldProblem, type Problem } from './check-problem';

function checkTable<E extends EntityName>(db: Db, entity: E, problems: Problem[]): void {
  const schema = draftSchemas[entity];
  const fields = Object.keys(TABLES[entity].columns);
  const stmt = db.prepare(`SELECT * FROM ${TABLES[entity].table}`);
  for (const row of stmt.all() as Record<string, unknown>[]) {
    const id = String(row.id);
    let record: Record<string, unknown>;
    try {
      record = rowToRecord(entity, row) as unknown as Record<string, unknown>;
    } catch {
      problems.push(fieldProblem(entity, id, { field: '', code: 'invalid_type' }));
      continue;
    }
    const draft: Record<string, unknown> = {};
    for (const f of fields) draft[f] = record[f];
    const parsed = schema.safeParse(draft);
    if (!parsed.success) for (const error of toFieldErrors(parsed.error.issues)) problems.push(fieldProblem(entity, id, error));
  }
}

export function checkRows(db: Db): Problem[] {
  const problems: Problem[] = [];
  for (const entity of ENTITIES) checkTable(db, entity, problems);
  return problems;
}
