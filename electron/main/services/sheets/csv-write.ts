// One sheet as CSV: UTF-8 with a byte-order mark (so Excel opens Chinese text correctly), CRLF line ends,
// fields quoted when they hold a comma, quote or line break. Numbers are written plainly (1234.5), dates as
// YYYY-MM-DD, choices and yes/no as words in the report's language.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Locale } from '../../../../shared/enums';
import { outValue } from '../../../../shared/sheets/cell-out';
import type { Ticker } from './progress';
import { closed, headerOf, type WrittenSheet } from './xlsx-write';

export function csvField(v: string | number | null): string {
  if (v === null) return '';
  const text = String(v);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function writeCsv(file: string, sheet: WrittenSheet, locale: Locale, ticker: Ticker): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  try {
    await write(`\uFEFF${(sheet.headers ?? sheet.columns.map((c) => headerOf(c, locale))).map(csvField).join(',')}\r\n`);
    for (const row of sheet.rows) {
      sheet.onRow?.(row);
      const fields = sheet.columns.map((c) => {
        const v = outValue(c, row[c.key], locale);
        return csvField(v !== null && typeof v === 'object' ? v.date : v);
      });
      await write(`${fields.join(',')}\r\n`);
      await ticker.tick();
    }
    out.end();
    await once(out, 'finish');
  } catch (err) {
    await closed(out);
    throw err;
  }
}
