// The whole-file checker behind `cli check`: SQLite's own integrity and foreign-key checks, every row
// re-validated by the same zod schemas that guard entry, and the cross-record rules (./check-rules.ts).
// Messages are English (for the CLI and logs); `code` and `params` let a UI say it in its own language.
import { ENTITIES, type EntityName } from '../../../shared/enums';
import type { FieldError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { databaseProblem, fieldProblem, type Problem } from './check-problem';
import { checkRows } from './check-rows';
import { checkRules } from './check-rules';

export type { Problem } from './check-problem';

const ENTITY_TABLES: ReadonlySet<string> = new Set<string>(ENTITIES);

function checkIntegrity(db: Db): Problem[] {
  const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
  return rows
    .filter((r) => r.integrity_check !== 'ok')
    .map((r) => databaseProblem('integrity', `SQLite integrity check: ${r.integrity_check}`));
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function checkForeignKeys(db: Db): Problem[] {
  const rows = db.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number | null; parent: string; fkid: number }[];
  const problems: Problem[] = [];
  for (const r of rows) {
    const fks = db.prepare(`PRAGMA foreign_key_list("${r.table.replace(/"/g, '""')}")`).all() as { id: number; from: string }[];
    const column = fks.find((fk) => fk.id === r.fkid)?.from ?? '';
    const error: FieldError = { field: camel(column), code: 'reference_missing', params: { references: r.parent } };
    if (ENTITY_TABLES.has(r.table) && r.rowid !== null) {
      const row = db.prepare(`SELECT id FROM ${r.table} WHERE rowid = ?`).get(r.rowid) as { id: string } | undefined;
      problems.push(fieldProblem(r.table as EntityName, row?.id ?? `rowid ${r.rowid}`, error));
    } else {
      problems.push(databaseProblem('reference_missing', `${r.table} row ${r.rowid ?? '?'}: ${column} refers to a missing ${r.parent}`, `${r.table}.${column}`));
    }
  }
  return problems;
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
