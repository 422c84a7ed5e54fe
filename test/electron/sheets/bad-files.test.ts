// One test per kind of bad file: each gets one clear reason (or located row errors) and writes nothing — a digest
// of every row of every table is the same after as before.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toErrorShape, type AppErrorShape } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';
import type { ImportOutcome } from '../../../shared/sheets/results';
import { openDatabase, type Db } from '../../../electron/main/db/connection';
import { writeSampleFile } from '../../../electron/main/services/sample/file';
import { exportReport } from '../../../electron/main/services/sheets/export';
import { parseImport, runImport } from '../../../electron/main/services/sheets/import';
import { digestDb, encodeGbk, makeZip } from './helpers';

let dir: string;
let base: string;
let report: string;
let db: Db;
let before: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-sheets-bad-'));
  base = path.join(dir, 'base.sqlite');
  writeSampleFile(base, { size: 'standard' });
  report = path.join(dir, 'report.xlsx');
  await exportReport(
    { asOf: '2025-12-31', scope: { kind: 'district' }, locale: 'en' },
    { xlsx: report },
    { dbPath: base, appVersion: 'test' },
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
beforeEach(() => {
  n += 1;
  const file = path.join(dir, `db-${n}.sqlite`);
  copyFileSync(base, file);
  db = openDatabase(file);
  before = digestDb(db);
});
afterEach(() => {
  expect(digestDb(db)).toBe(before);
  db.close();
});

type Attempt = { error: AppErrorShape } | { outcome: ImportOutcome };

async function attempt(file: string, name = path.basename(file)): Promise<Attempt> {
  try {
    return { outcome: runImport(db, await parseImport(file, name), 'apply').outcome };
  } catch (err) {
    return { error: toErrorShape(err) };
  }
}

async function refused(file: string, reason: string, name?: string): Promise<AppErrorShape> {
  const r = await attempt(file, name);
  if (!('error' in r)) throw new Error(`imported: ${JSON.stringify(r.outcome).slice(0, 300)}`);
  expect(r.error.code).toBe('bad_file');
  expect(r.error.details?.reason).toBe(reason);
  return r.error;
}

async function rowErrors(file: string): Promise<string[]> {
  const r = await attempt(file);
  if (!('outcome' in r)) throw new Error(`refused: ${r.error.message}`);
  expect(r.outcome.applied).toBe(false);
  return r.outcome.errors.map((e) => `${e.sheet}!${e.column}${e.row} ${e.code}`);
}

const put = (name: string, data: Buffer | string) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};

/** The export with its Units sheet edited through exceljs; `more` edits the workbook further. */
async function units(
  name: string,
  edit: (ws: ExcelJS.Worksheet, col: (h: string) => number) => void,
  more?: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  const ws = wb.getWorksheet('Units');
  if (!ws) throw new Error('no Units');
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((c, i) => headers.set(String(c.value), i));
  edit(ws, (h) => headers.get(h) ?? 0);
  more?.(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('bad files', () => {
  it('refuses a file that is not a spreadsheet (a Word document, a text file named .xlsx)', async () => {
    await refused(put('letter.xlsx', makeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }])), 'not_spreadsheet');
    const shape = await refused(put('notes.xlsx', 'just some notes\n'), 'not_spreadsheet');
    expect(errorMessage(shape, 'zh-CN')).toBe('无法导入该文件：这不是电子表格（请选择 .xlsx 或 .csv 文件）');
  });

  it('refuses a PNG renamed .xlsx', async () => {
    await refused(
      put('photo.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])),
      'not_spreadsheet',
    );
  });

  it('refuses an empty file', async () => {
    await refused(put('empty.xlsx', ''), 'empty');
  });

  it('refuses a password-protected workbook and an encrypted zip entry', async () => {
    // An encrypted OOXML file is an OLE compound file holding an "EncryptionInfo" stream.
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(1024),
    ]);
    await refused(put('locked.xlsx', ole), 'encrypted');
    await refused(put('legacy.xls', Buffer.concat([ole.subarray(0, 512), Buffer.from('Workbook', 'utf16le')])), 'legacy_xls');
    await refused(put('zipcrypto.xlsx', makeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), flags: 1 }])), 'encrypted');
  });

  it('refuses a sheet whose required column was renamed, naming the column', async () => {
    const file = await units('renamed.xlsx', (ws, col) => {
      ws.getRow(1).getCell(col('Area (m²)')).value = 'Size';
    });
    const shape = await refused(file, 'missing_columns');
    expect(errorMessage(shape, 'en')).toContain('sheet “Units” lacks required columns: 面积（㎡） / Area (m²)');
  });

  it('reports wrong types, negative and text areas at their row and column', async () => {
    const file = await units('types.xlsx', (ws, col) => {
      ws.getRow(2).getCell(col('Floor')).value = 'third';
      ws.getRow(3).getCell(col('Area (m²)')).value = -12;
      ws.getRow(4).getCell(col('Area (m²)')).value = 'about 100';
      ws.getRow(5).getCell(col('Counts toward target')).value = 'perhaps';
    });
    expect(await rowErrors(file)).toEqual([
      'Units!F2 not_a_number',
      'Units!H3 not_positive',
      'Units!H4 not_a_number',
      'Units!J5 invalid_choice',
    ]);
  });

  it('uses a formula’s cached value, and refuses one saved without a value', async () => {
    const file = await units('formulas.xlsx', (ws, col) => {
      ws.getRow(2).getCell(col('Area (m²)')).value = { formula: '100+23.5', result: 123.5 };
      ws.getRow(3).getCell(col('Area (m²)')).value = { formula: '1/0', result: undefined } as unknown as ExcelJS.CellFormulaValue;
    });
    const r = await attempt(file);
    if (!('outcome' in r)) throw new Error(r.error.message);
    expect(r.outcome.errors.map((e) => `${e.column}${e.row} ${e.code}`)).toEqual(['H3 formula_no_value']);
    expect(r.outcome.changes.map((c) => c.changes.map((f) => `${f.field}→${String(f.after)}`))).toEqual([['areaM2→123.5']]);
    expect(r.outcome.notes).toContainEqual({ code: 'formulas_used', sheet: 'Units', params: { count: 2 } });
  });

  it('refuses merged cells, naming the range', async () => {
    const file = await units('merged.xlsx', (ws) => ws.mergeCells('D2:E2'));
    const shape = await refused(file, 'merged_cells');
    expect(shape.details?.range).toBe('D2:E2');
  });

  it('accepts dates typed as text when unambiguous and refuses the rest', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const ws = wb.getWorksheet('Leases');
    if (!ws) throw new Error('no Leases');
    let end = 0;
    ws.getRow(1).eachCell((c, i) => {
      if (c.value === 'End date') end = i;
    });
    ws.getRow(2).getCell(end).value = '2031/12/31';
    ws.getRow(3).getCell(end).value = '2032年1月15日';
    ws.getRow(4).getCell(end).value = '2033-02-28';
    ws.getRow(5).getCell(end).value = '12/31/2031';
    const file = path.join(dir, 'dates.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await attempt(file);
    if (!('outcome' in r)) throw new Error(r.error.message);
    expect(r.outcome.errors.map((e) => `${e.column}${e.row} ${e.code}`)).toEqual(['L5 ambiguous_date']);
    expect(r.outcome.changes.map((c) => c.changes.find((f) => f.field === 'endDate')?.after)).toEqual([
      '2031-12-31',
      '2032-01-15',
      '2033-02-28',
    ]);
  });

  it('refuses very many rows before reading them, stating the limit', async () => {
    const file = path.join(dir, 'many.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const ws = wb.addWorksheet('Units');
    ws.addRow(['Zone code', 'Building', 'Floor', 'Unit', 'Area (m²)', 'Use']).commit();
    for (let i = 0; i < 200_001; i += 1) ws.addRow(['CORE', 'X', 1, `U${i}`, 10, 'office']).commit();
    await ws.commit();
    await wb.commit();
    const shape = await refused(file, 'too_many_rows');
    expect(errorMessage(shape, 'en')).toContain('the file has 200001 rows, more than the 200000 rows one import can take');
  });

  it('refuses a zip bomb before it inflates: a huge declared size, or more bytes than declared', async () => {
    await refused(
      put(
        'declared.xlsx',
        makeZip([
          { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1000), declaredSize: 0xfffffff0 },
        ]),
      ),
      'zip_bomb',
    );
    // 64 MiB of zeros deflate to ~64 KB; the entry claims 4 KB, so unpacking stops at 4 KB.
    const zeros = await new Promise<Buffer>((resolve) => {
      const parts: Buffer[] = [];
      const z = createDeflateRaw();
      z.on('data', (c: Buffer) => parts.push(c)).on('end', () => resolve(Buffer.concat(parts)));
      const chunk = Buffer.alloc(1 << 20);
      for (let i = 0; i < 64; i += 1) z.write(chunk);
      z.end();
    });
    await refused(
      put(
        'lying.xlsx',
        makeZip([
          { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
          { name: 'xl/worksheets/sheet1.xml', data: zeros, deflated: true, declaredSize: 4096 },
        ]),
      ),
      'zip_bomb',
    );
  });

  it('refuses a CSV with unknown columns', async () => {
    const shape = await refused(
      put('units.csv', '\uFEFFZone code,Building,Floor,Unit,Area (m²),Use,Colour\r\nCORE,X,1,101,10,office,red\r\n'),
      'unknown_columns',
    );
    expect(shape.details?.columns).toBe('Colour');
  });

  it('reads a GBK CSV from Chinese Excel and reports its bad area in place', async () => {
    const [zone, building, unit] = db
      .prepare(
        'SELECT z.code, b.name_zh AS b, u.label FROM unit u JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id ORDER BY u.id LIMIT 1',
      )
      .raw()
      .get() as string[];
    const text = `片区代码,楼宇,楼层,单元号,面积（㎡）,用途\r\n${zone},${building},1,${unit},一百,办公\r\n`;
    const file = put('单元.csv', encodeGbk(text));
    const r = await attempt(file);
    if (!('outcome' in r)) throw new Error(r.error.message);
    expect(r.outcome.errors.map((e) => `${e.sheet}!${e.column}${e.row} ${e.header} ${e.code} ${String(e.params?.value)}`)).toEqual([
      '单元.csv!E2 面积（㎡） not_a_number 一百',
    ]);
    expect(r.outcome.notes).toContainEqual({ code: 'encoding', sheet: '单元.csv', params: { encoding: 'GB18030' } });
  });
});
