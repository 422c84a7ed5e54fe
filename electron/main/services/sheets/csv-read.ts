// Reads a CSV file: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or — when the bytes are not
// valid UTF-8 — GB18030, a superset of GBK, which is what Chinese Excel and WPS save (Node's TextDecoder reads it,
// no extra package). Quoted fields may hold commas, quotes and line breaks; a tab-separated file is read too.
import { readFileSync } from 'node:fs';
import type { CellValue } from '../../../../shared/sheets/cells';
import type { RawRow } from './xlsx-read';

export type CsvEncoding = 'UTF-8' | 'UTF-16' | 'GB18030';

export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

/** Splits CSV text into rows of fields (RFC 4180 quoting); `delimiter` is guessed from the first line. */
export function parseCsv(text: string): { rows: RawRow[]; delimiter: string } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter =
    !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const rows: RawRow[] = [];
  let field = '';
  let fields: CellValue[] = [];
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endField = () => {
    fields.push(field === '' ? null : field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === null)) rows.push({ n: rowStart, cells: fields });
    fields = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowStart = line;
    } else field += ch;
  }
  if (field !== '' || fields.length) endRow();
  return { rows, delimiter };
}

export function readCsvFile(file: string): { rows: RawRow[]; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(readFileSync(file));
  return { rows: parseCsv(text).rows, encoding };
}
