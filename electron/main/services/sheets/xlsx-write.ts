// Writes report sheets with exceljs's streaming writer: header row frozen and filtered, widths, areas as numbers
// with #,##0.00, dates as real dates (UTC midnight, so no time zone moves them), hidden id columns. Rows are
// committed as they are written (memory stays flat) and styles are on (`useStyles`), else formats are dropped.
import { createWriteStream, type WriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locale } from '../../../../shared/enums';
import { outValue, type OutValue } from '../../../../shared/sheets/cell-out';
import type { CellKind, ColumnSpec } from '../../../../shared/sheets/spec';
import type { SheetRow } from '../../db/repos/sheet-rows';
import type { Ticker } from './progress';

export interface WrittenSheet {
  /** The sheet's name in the workbook. */
  name: string;
  columns: readonly ColumnSpec[];
  /** Header texts (default: the column's name in the workbook's language). */
  headers?: string[];
  rows: Iterable<SheetRow>;
  /** Called with every row as written (the report hashes them). */
  onRow?: (row: SheetRow) => void;
  /** Drop-down lists (the template's enum and yes/no columns) from row 2 down to `rows`. */
  validations?: { rows: number; values: (c: ColumnSpec) => string[] };
}

export const NUM_FMT: Partial<Record<CellKind, string>> = {
  area: '#,##0.00',
  number: '#,##0.00',
  int: '0',
  version: '0',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

export function toCell(v: OutValue): ExcelJS.CellValue {
  if (v !== null && typeof v === 'object') {
    const [y, m, d] = v.date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return v;
}

export const headerOf = (c: ColumnSpec, locale: Locale): string => (locale === 'zh-CN' ? c.zh : c.en);

/** Column letters as Excel shows them (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Writes the workbook to `file`; on any failure or cancel the stream is destroyed and the caller removes the file. */
export async function writeXlsx(file: string, sheets: Iterable<WrittenSheet>, locale: Locale, ticker: Ticker): Promise<void> {
  const stream = createWriteStream(file);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Park Space Desk';
  try {
    for (const sheet of sheets) {
      const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
      // One style object per column, shared by the column and all its cells: exceljs remembers a style object's
      // index, but gives every new cell a style object of its own and renders it to XML to find the index, cell by cell.
      const styles = sheet.columns.map((c): Partial<ExcelJS.Style> => {
        const numFmt = NUM_FMT[c.kind];
        return numFmt ? { numFmt } : {};
      });
      ws.columns = sheet.columns.map((c, i) => ({
        key: c.key,
        width: c.width,
        hidden: c.hidden === true,
        ...(styles[i]?.numFmt ? { style: styles[i] } : {}),
      }));
      const header = ws.addRow(sheet.headers ?? sheet.columns.map((c) => headerOf(c, locale)));
      header.font = { bold: true };
      header.commit();
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
      if (sheet.validations) addValidations(ws, sheet.columns, sheet.validations.rows, sheet.validations.values);
      for (const row of sheet.rows) {
        sheet.onRow?.(row);
        const added = ws.addRow(sheet.columns.map((c) => toCell(outValue(c, row[c.key], locale))));
        styles.forEach((style, i) => {
          added.getCell(i + 1).style = style;
        });
        added.commit();
        await ticker.tick();
        if (ticker.done % BACKLOG_CHECK_ROWS === 0) await backlogBelow(ws, BACKLOG_LIMIT_BYTES);
      }
      await ws.commit();
    }
    await wb.commit();
  } catch (err) {
    await closed(stream);
    throw err;
  }
}

// exceljs hands a sheet's XML to the zip without waiting for it to be compressed; left alone, a large sheet's
// backlog grows by hundreds of MB. The rows wait while more than this is still to compress.
const BACKLOG_LIMIT_BYTES = 8 * 1024 * 1024;
const BACKLOG_CHECK_ROWS = 500;

// The pipes are readable-stream 2 PassThroughs (no `writableLength`): their queue is `_writableState.length`.
type SheetStream = { buffers?: { length: number }[]; pipes?: { _writableState?: { length: number } }[] };

/** The bytes of a sheet's XML not yet taken by the compressor (exceljs's StreamBuf and the pipes it writes into). */
export function sheetBacklog(ws: ExcelJS.Worksheet): number {
  const stream = (ws as unknown as { stream?: SheetStream }).stream;
  let bytes = 0;
  for (const b of stream?.buffers ?? []) bytes += b.length;
  for (const p of stream?.pipes ?? []) bytes += p._writableState?.length ?? 0;
  return bytes;
}

async function backlogBelow(ws: ExcelJS.Worksheet, limit: number): Promise<void> {
  while (sheetBacklog(ws) > limit) await new Promise<void>((resolve) => setTimeout(resolve, 2));
}

/** Destroys a file stream and waits until it is closed (so the caller can remove the file for good). */
export function closed(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.closed) return resolve();
    stream.once('close', () => resolve());
    stream.destroy();
  });
}

function addValidations(
  ws: ExcelJS.Worksheet,
  columns: readonly ColumnSpec[],
  lastRow: number,
  listValues: (c: ColumnSpec) => string[],
): void {
  columns.forEach((c, i) => {
    const values = listValues(c);
    if (!values.length) return;
    const letter = columnLetter(i + 1);
    // The streaming worksheet keeps a `dataValidations` list its typings do not declare; a range is written as its sqref.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${letter}2:${letter}${lastRow}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`"${values.join(',')}"`],
        showErrorMessage: true,
      },
    );
  });
}
