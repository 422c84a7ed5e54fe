// Reads a file handed to the import: decides what it is from its bytes (never its name alone), refuses what
// cannot be read with one clear reason, and returns the importable sheets with their header mapping. Computed
// sheets of the app's own report and unknown sheets are skipped with a note; unknown columns of a workbook are
// ignored with a note (in a CSV they make the file refused: it is probably not the file the user meant).
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImportNote } from '../../../../shared/sheets/results';
import { matchHeaders, sheetByHeaders, sheetByName, type HeaderMatch } from '../../../../shared/sheets/recognise';
import { IMPORT_SHEETS, MAX_IMPORT_ROWS, type ImportSheet } from '../../../../shared/sheets/spec';
import { AppError } from '../../../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../../../shared/sheets/limits';
import { readCsvFile } from './csv-read';
import { Ticker } from './progress';
import { readXlsx, type RawRow } from './xlsx-read';
import { badFile, scanXlsx, type SheetScan } from './zip-scan';

export const MAX_FILE_BYTES = MAX_IMPORT_BYTES;

export interface RecognisedSheet {
  key: ImportSheet;
  name: string;
  headerRow: number;
  headers: string[];
  match: HeaderMatch;
  rows: RawRow[];
}

export interface ReadResult {
  sheets: RecognisedSheet[];
  notes: ImportNote[];
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

type Kind = 'xlsx' | 'csv';

function head(file: string, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    return buf.subarray(0, readSync(fd, buf, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

const starts = (b: Buffer, bytes: number[]) => bytes.every((x, i) => b[i] === x);
const BINARY_MAGIC = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x25, 0x50, 0x44, 0x46],
  [0x47, 0x49, 0x46, 0x38],
  [0x1f, 0x8b],
  [0x42, 0x4d],
];

/** What the bytes are: an XLSX (zip), a CSV (text), or a refusal that says why. */
export function sniff(file: string, displayName: string): { kind: Kind; size: number } {
  const size = statSync(file).size;
  if (size === 0) throw badFile('empty', 'The file is empty');
  if (size > MAX_FILE_BYTES) throw badFile('file_too_large', `The file has ${size} bytes`, { max: MAX_FILE_BYTES / 1048576 });
  const b = head(file, Math.min(size, 65_536));
  if (starts(b, [0x50, 0x4b, 0x03, 0x04]) || starts(b, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'xlsx', size };
  if (starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE container: either an encrypted XLSX (an "EncryptionInfo" stream) or an old binary .xls.
    const all = head(file, Math.min(size, 4 * 1024 * 1024));
    throw all.includes(Buffer.from('EncryptionInfo', 'utf16le'))
      ? badFile('encrypted', 'Password-protected workbook')
      : badFile('legacy_xls', 'Binary .xls workbook');
  }
  if (BINARY_MAGIC.some((m) => starts(b, m))) throw badFile('not_spreadsheet', 'A binary file that is no spreadsheet');
  const utf16 = starts(b, [0xff, 0xfe]) || starts(b, [0xfe, 0xff]);
  if (!utf16 && b.includes(0)) throw badFile('not_spreadsheet', 'A binary file that is no spreadsheet');
  if (/\.(xlsx|xlsm|xls)$/i.test(displayName)) throw badFile('not_spreadsheet', 'A text file named like a workbook');
  return { kind: 'csv', size };
}

const bilingual = (m: HeaderMatch) => m.missing.map((c) => `${c.zh} / ${c.en}`).join(', ');

class SheetSorter {
  readonly notes: ImportNote[] = [];
  private rowsSoFar = 0;

  /** Decide on a worksheet from its name and header row; throws for a sheet that must be fixed first. */
  decide(name: string, headers: string[], scan: SheetScan | undefined): ImportSheet | null {
    const byName = sheetByName(name);
    if (byName && !(IMPORT_SHEETS as readonly string[]).includes(byName)) {
      this.notes.push({ code: 'computed_sheet_skipped', sheet: name });
      return null;
    }
    const key = (byName as ImportSheet | null) ?? (headers.length ? sheetByHeaders(headers) : null);
    if (!key) {
      this.notes.push({ code: 'unknown_sheet_skipped', sheet: name });
      return null;
    }
    const match = matchHeaders(key, headers);
    if (match.missing.length)
      throw badFile('missing_columns', `Sheet ${name} lacks ${bilingual(match)}`, { sheet: name, columns: bilingual(match) });
    if (scan?.merged !== null && scan?.merged !== undefined)
      throw badFile('merged_cells', `Sheet ${name} has merged cells`, { sheet: name, range: scan.merged || '?' });
    this.rowsSoFar += Math.max(0, (scan?.rows ?? 0) - 1);
    this.checkRows(this.rowsSoFar);
    if (match.extra.length)
      this.notes.push({ code: 'extra_columns_ignored', sheet: name, params: { columns: match.extra.map((e) => e.header).join(', ') } });
    return key;
  }

  checkRows(count: number): void {
    if (count > MAX_IMPORT_ROWS) throw badFile('too_many_rows', `${count} rows`, { count, max: MAX_IMPORT_ROWS });
  }
}

async function readWorkbook(file: string, size: number, opts: ReadOptions): Promise<ReadResult> {
  const scan = await scanXlsx(file, size);
  const sorter = new SheetSorter();
  const keys = new Map<string, ImportSheet>();
  const ticker = new Ticker({
    total: Math.max(
      1,
      scan.sheets.reduce((s, x) => s + x.rows, 0),
    ),
    signal: opts.signal,
    onProgress: opts.onProgress,
  });
  let raw;
  try {
    raw = await readXlsx(
      file,
      scan,
      (name, headers, sheetScan) => {
        const key = sorter.decide(name, headers, sheetScan);
        if (key) keys.set(name, key);
        return key ? 'read' : 'skip';
      },
      ticker,
    );
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw badFile('damaged', `The workbook cannot be read: ${(err as Error).message}`);
  }
  const sheets = raw.flatMap((s): RecognisedSheet[] => {
    const key = keys.get(s.name);
    if (!key) return [];
    if (s.formulas) sorter.notes.push({ code: 'formulas_used', sheet: s.name, params: { count: s.formulas } });
    return [{ key, name: s.name, headerRow: s.headerRow, headers: s.headers, match: matchHeaders(key, s.headers), rows: s.rows }];
  });
  return { sheets, notes: sorter.notes };
}

function readCsv(file: string, displayName: string): ReadResult {
  const { rows, encoding } = readCsvFile(file);
  const [header, ...data] = rows;
  const name = path.basename(displayName);
  if (!header) throw badFile('empty', 'The CSV file has no rows');
  const headers = header.cells.map((c) => (c === null ? '' : String(c)));
  const key = sheetByName(name.replace(/\.[^.]*$/, '')) ?? sheetByHeaders(headers);
  if (!key || !(IMPORT_SHEETS as readonly string[]).includes(key))
    throw badFile('csv_unrecognised', 'The CSV header matches no importable sheet');
  const match = matchHeaders(key as ImportSheet, headers);
  if (match.missing.length)
    throw badFile('missing_columns', `${name} lacks ${bilingual(match)}`, { sheet: name, columns: bilingual(match) });
  if (match.extra.length)
    throw badFile('unknown_columns', `${name} has unknown columns`, { columns: match.extra.map((e) => e.header).join(', ') });
  new SheetSorter().checkRows(data.length);
  const notes: ImportNote[] = encoding === 'UTF-8' ? [] : [{ code: 'encoding', sheet: name, params: { encoding } }];
  return { sheets: [{ key: key as ImportSheet, name, headerRow: header.n, headers, match, rows: data }], notes };
}

export async function readImportFile(file: string, displayName: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const { kind, size } = sniff(file, displayName);
  const result = kind === 'xlsx' ? await readWorkbook(file, size, opts) : readCsv(file, displayName);
  if (!result.sheets.length) throw badFile('no_sheets', 'No sheet to import');
  return result;
}
