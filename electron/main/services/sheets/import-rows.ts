// A sheet's rows as typed values by column key, with every cell problem located (sheet, row, column letter,
// header as in the file). Empty cells stay `undefined`; what that means (a default, or clearing) is the applier's.
import { isEmptyCell, readCell, type CellValue } from '../../../../shared/sheets/cells';
import type { SheetIssue, SheetIssueCode } from '../../../../shared/sheets/results';
import type { ColumnSpec } from '../../../../shared/sheets/spec';
import type { RecognisedSheet } from './file-read';
import { columnLetter } from './xlsx-write';

export interface RowInput {
  sheet: RecognisedSheet;
  n: number;
  values: Map<string, unknown>;
  cells: CellValue[];
  issues: SheetIssue[];
}

export class SheetColumns {
  /** Column key → index in the row (only the columns the sheet has). */
  readonly index = new Map<string, number>();
  readonly specs = new Map<string, ColumnSpec>();

  constructor(readonly sheet: RecognisedSheet) {
    for (const [i, c] of sheet.match.columns) {
      this.index.set(c.key, i);
      this.specs.set(c.key, c);
    }
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  /** An issue at the column holding `key` (or at the row when the sheet has no such column). */
  issue(row: number, key: string, code: SheetIssueCode, params?: Record<string, string | number>): SheetIssue {
    const i = this.index.get(key);
    const base = {
      sheet: this.sheet.name,
      row,
      column: i === undefined ? '' : columnLetter(i + 1),
      header: i === undefined ? '' : (this.sheet.headers[i] ?? ''),
    };
    return params ? { ...base, code, params } : { ...base, code };
  }
}

/** The rows one at a time (a large sheet is never held twice: as read and as typed). */
export function* readRows(cols: SheetColumns): Generator<RowInput> {
  const { sheet } = cols;
  for (const raw of sheet.rows) {
    const values = new Map<string, unknown>();
    const issues: SheetIssue[] = [];
    for (const [key, i] of cols.index) {
      const spec = cols.specs.get(key);
      const cell = raw.cells[i] ?? null;
      if (!spec || spec.computed || isEmptyCell(cell)) continue;
      const read = readCell(spec, cell);
      if (read.ok) values.set(key, read.value);
      else {
        const shown = typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';
        issues.push(cols.issue(raw.n, key, read.code, { value: shown, ...read.params }));
      }
    }
    yield { sheet, n: raw.n, values, cells: raw.cells, issues };
  }
}
