// The rows of an import that are in error, as a workbook to fix and import again: each sheet keeps the file's
// own headers and cells, plus an "Error" column saying what is wrong in the user's language.
import { randomUUID } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locale } from '../../../../shared/enums';
import type { CellValue } from '../../../../shared/sheets/cells';
import { issueLine } from '../../../../shared/sheets/messages';
import { word } from '../../../../shared/sheets/report-labels';
import type { SheetIssue } from '../../../../shared/sheets/results';
import type { ParsedImport } from './import';

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null || typeof v !== 'object') return v;
  if ('date' in v) {
    const [y, m, d] = v.date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return v.error;
}

export async function writeErrorFile(file: string, parsed: ParsedImport, errors: SheetIssue[], locale: Locale): Promise<number> {
  const wb = new ExcelJS.Workbook();
  let written = 0;
  for (const sheet of parsed.sheets) {
    const mine = errors.filter((e) => e.sheet === sheet.name);
    if (!mine.length) continue;
    const ws = wb.addWorksheet(sheet.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
    const width = Math.max(sheet.headers.length, ...sheet.rows.map((r) => r.cells.length));
    const headers = Array.from({ length: width }, (_, i) => sheet.headers[i] ?? '');
    ws.addRow([...headers, word('errorColumn', locale)]).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) {
      const issues = mine.filter((e) => e.row === row.n);
      if (!issues.length) continue;
      const cells = Array.from({ length: width }, (_, i) => excelValue(row.cells[i] ?? null));
      ws.addRow([...cells, issues.map((e) => issueLine(e, locale)).join('\n')]);
      written += 1;
    }
    ws.getColumn(width + 1).width = 60;
  }
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID().slice(0, 8)}.partial`);
  try {
    await wb.xlsx.writeFile(partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return written;
}
