// The data stamp of a report: a SHA-256 over every exported row in stored (language-free) form, after the as-of
// date and scope, and the last change_log number. The spreadsheet export writes it on its About sheet; the printed
// report (services/report/) prints the same one, computed here over the same rows without writing a workbook.
import { createHash, type Hash } from 'node:crypto';
import { canonicalRow, hashedKeys } from '../../../../shared/sheets/cell-out';
import type { ColumnSpec, SheetKey } from '../../../../shared/sheets/spec';
import { openDatabase, type Db } from '../../db/connection';
import { schemaVersionOf } from '../../db/migrate';
import { lastChangeSeq, type SheetRow, type SheetScope } from '../../db/repos/sheet-rows';
import { planReport, type ScopeRef } from './report';

export class DataHash {
  private readonly hash: Hash;

  constructor(asOf: string, scope: SheetScope) {
    this.hash = createHash('sha256').update(`${asOf}\n${scope.kind}:${'id' in scope ? scope.id : ''}\n`);
  }

  /** Starts a sheet; returns the function that adds one of its rows. */
  sheet(key: SheetKey, columns: readonly ColumnSpec[]): (row: SheetRow) => void {
    this.hash.update(`#${key}\n`);
    const keys = hashedKeys(columns);
    return (row) => {
      this.hash.update(`${canonicalRow(keys, row)}\n`);
    };
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

export interface DataStamp {
  sha256: string;
  lastChangeSeq: number;
  schemaVersion: number;
}

/**
 * The export's stamp for this date and scope on `db`, inside one read transaction (as the export reads): equal to
 * the About sheet of `exportReport` on the same data. Runs where it is called: a read worker's connection in the
 * app (the report asks `report:stamp`), or a private read-only connection (dataStamp).
 */
export function stampOn(db: Db, asOf: string, ref: ScopeRef): DataStamp {
  const own = !db.inTransaction;
  if (own) db.exec('BEGIN');
  try {
    const plan = planReport(db, asOf, ref, 'en');
    const hash = new DataHash(asOf, plan.scope);
    for (const sheet of plan.sheets) {
      const add = hash.sheet(sheet.key, sheet.columns);
      for (const row of sheet.rows()) add(row);
    }
    return { sha256: hash.digest(), lastChangeSeq: lastChangeSeq(db), schemaVersion: schemaVersionOf(db) };
  } finally {
    if (own && db.inTransaction) db.exec('COMMIT');
  }
}

/** stampOn over a private read-only connection of the file. */
export function dataStamp(ctx: { dbPath: string; nativeBinding?: string }, asOf: string, ref: ScopeRef): DataStamp {
  const db = openDatabase(ctx.dbPath, { readonly: true, nativeBinding: ctx.nativeBinding });
  try {
    return stampOn(db, asOf, ref);
  } finally {
    db.close();
  }
}
