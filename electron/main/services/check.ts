// The whole-file checker behind `cli check`: SQLite's own integrity and foreign-key checks, every row
// re-validated by the same zod schemas that guard entry, and the cross-record rules (./check-rules.ts).
// Messages are English (for the CLI and logs); `code` and `params` let a UI say it in its own language.
import { ENTITIES, type EntityName } from '../../../shared/enums';
import type { FieldError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { foreignKeyViolations, integrityErrors } from '../db/repos/check';
import { databaseProblem, fieldProblem, type Problem } from './check-problem';
import { checkRows } from './check-rows';
import { checkRules } from './check-rules';

export type { Problem } from './check-problem';

const ENTITY_TABLES: ReadonlySet<string> = new Set<string>(ENTITIES);

function checkIntegrity(db: Db): Problem[] {
  return integrityErrors(db).map((line) => databaseProblem('integrity', `SQLite integrity check: ${line}`));
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function checkForeignKeys(db: Db): Problem[] {
  return foreignKeyViolations(db, ENTITY_TABLES).map((r) => {
    const error: FieldError = { field: camel(r.column), code: 'reference_missing', params: { references: r.parent } };
    if (ENTITY_TABLES.has(r.table) && r.rowid !== null) return fieldProblem(r.table as EntityName, r.id ?? `rowid ${r.rowid}`, error);
    return databaseProblem(
      'reference_missing',
      `${r.table} row ${r.rowid ?? '?'}: ${r.column} refers to a missing ${r.parent}`,
      `${r.table}.${r.column}`,
    );
  });
}

/** Runs every check; an empty list means the file is sound. */
export function checkDatabase(db: Db): Problem[] {
  const problems: Problem[] = [];
  const phases: [string, (db: Db) => Problem[]][] = [
    ['integrity', checkIntegrity],
    ['foreign keys', checkForeignKeys],
    ['rows', checkRows],
    ['rules', checkRules],
  ];
  for (const [name, phase] of phases) {
    try {
      problems.push(...phase(db));
    } catch (err) {
      problems.push(databaseProblem('check_failed', `The ${name} check could not run: ${(err as Error).message}`));
    }
  }
  return problems;
}
