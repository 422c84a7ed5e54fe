// Which sheet a worksheet or CSV file is, and which column each header means: names and headers are accepted in
// either language, bilingual ("单元号 / Unit"), with full-width characters, any case and extra spaces.
import { COMPUTED_SHEETS, IMPORT_COLUMNS, IMPORT_SHEETS, SHEET_NAMES, type ColumnSpec, type ImportSheet, type SheetKey } from './spec';

/** NFKC (full-width → half-width, ㎡ → m2), lower case, one space, no spaces around a slash. */
export const foldName = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();

const SHEET_BY_NAME = new Map<string, SheetKey>();
for (const key of [...IMPORT_SHEETS, ...COMPUTED_SHEETS]) {
  const { 'zh-CN': zh, en } = SHEET_NAMES[key];
  for (const n of [zh, en, `${zh} ${en}`, `${en} ${zh}`, `${zh}${en}`, `${zh}/${en}`]) SHEET_BY_NAME.set(foldName(n), key);
}
// The template's instructions sheet reads as About.
SHEET_BY_NAME.set(foldName('说明'), 'about');
SHEET_BY_NAME.set(foldName('Instructions'), 'about');

export function sheetByName(name: string): SheetKey | null {
  return SHEET_BY_NAME.get(foldName(name)) ?? null;
}

function headerNames(c: ColumnSpec): string[] {
  return [c.zh, c.en, `${c.zh}/${c.en}`, `${c.en}/${c.zh}`, `${c.zh} ${c.en}`, c.key].map(foldName);
}

export interface HeaderMatch {
  /** Column index (0-based, as in the row) → the column it holds. */
  columns: Map<number, ColumnSpec>;
  /** Required columns not found. */
  missing: ColumnSpec[];
  /** Headers that are no column of this sheet (or a second copy of one). */
  extra: { index: number; header: string }[];
}

export function matchHeaders(sheet: ImportSheet, headers: readonly string[]): HeaderMatch {
  const specs = IMPORT_COLUMNS[sheet];
  const lookup = new Map<string, ColumnSpec>();
  for (const c of specs) for (const n of headerNames(c)) if (!lookup.has(n)) lookup.set(n, c);
  const columns = new Map<number, ColumnSpec>();
  const used = new Set<string>();
  const extra: HeaderMatch['extra'] = [];
  headers.forEach((h, index) => {
    if (h.trim() === '') return;
    const c = lookup.get(foldName(h));
    if (c && !used.has(c.key)) {
      columns.set(index, c);
      used.add(c.key);
    } else {
      extra.push({ index, header: h });
    }
  });
  return { columns, missing: specs.filter((c) => c.required && !used.has(c.key)), extra };
}

/** The importable sheet whose required headers are all present (the best match when several are), or null. */
export function sheetByHeaders(headers: readonly string[]): ImportSheet | null {
  let best: { sheet: ImportSheet; score: number } | null = null;
  for (const sheet of IMPORT_SHEETS) {
    const m = matchHeaders(sheet, headers);
    if (m.missing.length) continue;
    const score = m.columns.size - m.extra.length;
    if (!best || score > best.score) best = { sheet, score };
  }
  return best?.sheet ?? null;
}
