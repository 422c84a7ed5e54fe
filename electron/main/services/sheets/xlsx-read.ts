// Reads the worksheets of an XLSX with exceljs's streaming parsers into plain cells. Handled on purpose:
// - exceljs's own zip walk loses the workbook's parts when the worksheets come first in the zip (its own writer
//   puts them first): sheet names, styles (so dates read as numbers) and shared strings go missing. We unpack the
//   parts ourselves (zip-scan.ts, bounded) and hand them to its parsers in order: relationships, workbook, shared
//   strings, styles, then each worksheet.
// - exceljs decodes each chunk on its own, which breaks a Chinese character split between two chunks; we hand it
//   text decoded with a streaming decoder.
// - dates are read with UTC getters (exceljs makes them UTC midnight), formulas give their cached value (a date
//   when the cell has a date format), rich text and hyperlinks their text, and a shared string that still comes
//   back as `{ sharedString: n }` is looked up in the table.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { NO_FORMULA_VALUE, type CellValue } from '../../../../shared/sheets/cells';
import { entryChunks, entryText, newBudget, type SheetScan, type XlsxScan } from './zip-scan';
import type { Ticker } from './progress';

interface WorksheetLike extends AsyncIterable<ExcelJS.Row> {
  name: string;
}

/** The parts of exceljs's WorkbookReader we drive (present in 4.4, not in its typings). */
interface ReaderInternals {
  sharedStrings?: unknown[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ eventType: string; value: WorksheetLike }>;
}

export interface RawRow {
  /** Row number as Excel shows it. */
  n: number;
  cells: CellValue[];
}

export interface RawSheet {
  name: string;
  headerRow: number;
  headers: string[];
  rows: RawRow[];
  formulas: number;
}

/** What to do with a worksheet once its header row is known: read its rows, or skip them. */
export type SheetDecision = (name: string, headers: string[], scan: SheetScan | undefined) => 'read' | 'skip';

const isoOfUtc = (d: Date): string => d.toISOString().slice(0, 10);

/** Excel's serial day number (1900 system) → YYYY-MM-DD. */
export const serialToIso = (serial: number): string => isoOfUtc(new Date(Math.round((serial - 25569) * 86_400_000)));

/** A number format that shows a date (has y, d, or m outside quotes and is not only digits/percent). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[yd]/i.test(bare) || (/m/i.test(bare) && !/[0#]/.test(bare));
}

interface Ctx {
  sharedStrings: unknown[] | undefined;
  formulas: number;
}

function plain(value: unknown, numFmt: string | undefined, ctx: Ctx): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: '#VALUE!' } : { date: isoOfUtc(value) };
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) {
    ctx.formulas += 1;
    if (v.result === undefined || v.result === null) return { error: NO_FORMULA_VALUE };
    if (typeof v.result === 'number' && isDateFormat(numFmt)) return { date: serialToIso(v.result) };
    return plain(v.result, numFmt, ctx);
  }
  if ('error' in v) return { error: String(v.error) };
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('sharedString' in v) {
    const s = ctx.sharedStrings?.[Number(v.sharedString)];
    return s === undefined ? { error: '#REF!' } : plain(s, numFmt, ctx);
  }
  if ('text' in v) return plain(v.text, numFmt, ctx);
  return String(value);
}

function rowCells(row: ExcelJS.Row, ctx: Ctx): CellValue[] {
  const cells: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    cells[col - 1] = plain(cell.value, cell.numFmt, ctx);
  });
  for (let i = 0; i < cells.length; i += 1) if (cells[i] === undefined) cells[i] = null;
  return cells;
}

const headerText = (v: CellValue): string => (v === null ? '' : typeof v === 'object' ? ('date' in v ? v.date : v.error) : String(v));

const isBlank = (cells: CellValue[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

async function* decoded(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

export async function readXlsx(file: string, scan: XlsxScan, decide: SheetDecision, ticker: Ticker): Promise<RawSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  }) as unknown as ReaderInternals;
  const budget = newBudget();
  const entry = (name: string) => scan.entries.find((e) => e.name === name);
  const text = async (name: string) => {
    const e = entry(name);
    return e ? Readable.from([await entryText(file, e, budget)]) : null;
  };
  const rels = await text('xl/_rels/workbook.xml.rels');
  if (rels) await reader._parseRels(rels);
  const workbook = await text('xl/workbook.xml');
  if (workbook) await reader._parseWorkbook(workbook);
  const strings = await text('xl/sharedStrings.xml');
  if (strings) for await (const ev of reader._parseSharedStrings(strings)) void ev;
  const styles = await text('xl/styles.xml');
  if (styles) await reader._parseStyles(styles);

  const sheets: RawSheet[] = [];
  for (const sheetScan of scan.sheets) {
    const e = entry(sheetScan.part);
    if (!e) continue;
    const chunks = entryChunks(file, e, budget);
    const sheetNo = /(\d+)\.xml$/.exec(sheetScan.part)?.[1] ?? '0';
    try {
      for (const ev of reader._parseWorksheet(decoded(chunks), sheetNo)) {
        if (ev.eventType === 'worksheet') {
          const sheet = await readSheet(ev.value, sheetScan, reader.sharedStrings, decide, ticker);
          if (sheet) sheets.push(sheet);
        }
      }
    } finally {
      await chunks.return(undefined);
    }
  }
  return sheets;
}

async function readSheet(
  ws: WorksheetLike,
  scan: SheetScan,
  sharedStrings: unknown[] | undefined,
  decide: SheetDecision,
  ticker: Ticker,
): Promise<RawSheet | null> {
  const name = scan.name;
  const ctx: Ctx = { sharedStrings, formulas: 0 };
  let sheet: RawSheet | null = null;
  for await (const row of ws) {
    await ticker.tick();
    const cells = rowCells(row, ctx);
    if (isBlank(cells)) continue;
    if (!sheet) {
      const headers = cells.map(headerText);
      // Skipped sheets are not read further (a computed sheet of a large report costs nothing more).
      if (decide(name, headers, scan) === 'skip') return null;
      sheet = { name, headerRow: row.number, headers, rows: [], formulas: 0 };
      ctx.formulas = 0;
      continue;
    }
    sheet.rows.push({ n: row.number, cells });
  }
  // A worksheet without any row is nothing to import and needs no note.
  if (sheet) sheet.formulas = ctx.formulas;
  return sheet;
}
