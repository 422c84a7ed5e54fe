// An import in two steps on the same code path: read the file (cancellable, with progress), then run every row
// inside one batch with origin 'import'. A dry run always rolls back; an apply commits only when no row is in
// error or in conflict and something changes, so the whole import is one transaction and one undo step.
import type { Db } from '../../db/connection';
import { inBatch } from '../../db/writer';
import type { ImportOutcome } from '../../../../shared/sheets/results';
import { IMPORT_SHEETS } from '../../../../shared/sheets/spec';
import { readImportFile, type ReadOptions, type ReadResult } from './file-read';
import { ImportRun } from './import-apply';
import { ImportIndex, type Indexed } from './import-index';

export interface ParsedImport extends ReadResult {
  fileName: string;
}

export interface ImportRunResult {
  outcome: ImportOutcome;
  /** Row numbers in error, per sheet name. */
  errorRows: Map<string, Set<number>>;
}

export async function parseImport(file: string, fileName: string, opts: ReadOptions = {}): Promise<ParsedImport> {
  return { ...(await readImportFile(file, fileName, opts)), fileName };
}

/** What each sheet needs to find its rows' records and references. */
const NEEDS: Record<(typeof IMPORT_SHEETS)[number], Indexed[]> = {
  buildings: ['building'],
  units: ['building', 'unit'],
  tenants: ['tenant'],
  leases: ['building', 'unit', 'tenant', 'lease'],
  returns: ['tenant', 'tenant_return'],
};

class Rollback extends Error {}

export const importLabel = (fileName: string): string => `导入 ${fileName} / Import ${fileName}`;

export function runImport(db: Db, parsed: ParsedImport, mode: 'dry-run' | 'apply'): ImportRunResult {
  const needed = new Set(parsed.sheets.flatMap((s) => NEEDS[s.key]));
  const box: { result?: ImportRunResult } = {};
  try {
    inBatch(db, { label: importLabel(parsed.fileName), origin: 'import' }, (w) => {
      const run = new ImportRun(w, new ImportIndex(db, needed));
      const outcome = run.run(parsed.sheets);
      outcome.notes = [...parsed.notes];
      box.result = { outcome, errorRows: run.errorRows };
      const clean = outcome.errors.length === 0 && outcome.conflicts.length === 0;
      if (mode === 'dry-run' || !clean || outcome.insert + outcome.update === 0) throw new Rollback();
      outcome.applied = true;
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  if (!box.result) throw new Error('import produced no result');
  return box.result;
}
