// exceljs's streaming writer hands a sheet's XML to the zip without waiting for it to be compressed; the export
// bounds that backlog by reading it off exceljs's internals (xlsx-write.ts sheetBacklog). If an exceljs upgrade
// moved those internals the bound would silently read 0 and the export's memory grow again: this holds it honest.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, it } from 'vitest';
import { sheetBacklog } from '../../../electron/main/services/sheets/xlsx-write';

const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-sheets-backlog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('sees the XML a sheet wrote that the zip has not compressed yet, and none once the workbook is written', async () => {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(dir, 'b.xlsx'), useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('Units');
  const cells = Array.from({ length: 10 }, (_, i) => `cell text ${i} `.repeat(4));
  // Written without yielding: nothing can have been compressed, so about all of it waits (>= 20,000 × 400 bytes).
  for (let i = 0; i < 20_000; i += 1) ws.addRow(cells).commit();
  expect(sheetBacklog(ws)).toBeGreaterThan(20_000 * 400);
  await ws.commit();
  await wb.commit();
  expect(sheetBacklog(ws)).toBe(0);
});
