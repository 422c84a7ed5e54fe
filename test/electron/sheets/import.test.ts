// Import round trips on the sample: the unchanged export changes nothing; three cells changed through exceljs
// (as a user would in Excel) give exactly three updates in one undo step; conflicts, duplicates and the forms'
// rules stop an import before anything is written; the command line reports it with its exit codes.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/main/db/connection';
import { historyState, undo } from '../../../electron/main/services/history';
import { updateRecord } from '../../../electron/main/services/inventory/crud';
import { writeSampleFile } from '../../../electron/main/services/sample/file';
import { exportReport } from '../../../electron/main/services/sheets/export';
import { parseImport, runImport } from '../../../electron/main/services/sheets/import';
import { writeTemplate } from '../../../electron/main/services/sheets/template';
import { cli, digestDb, digestFile, inventoryState } from './helpers';

let dir: string;
let base: string;
let report: string;
const ASOF = '2025-12-31';

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-sheets-import-'));
  base = path.join(dir, 'base.sqlite');
  writeSampleFile(base, { size: 'standard' });
  report = path.join(dir, 'report.xlsx');
  await exportReport({ asOf: ASOF, scope: { kind: 'district' }, locale: 'en' }, { xlsx: report }, { dbPath: base, appVersion: 'test' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of the sample database (each test writes its own). */
function freshDb(): { file: string; db: Db } {
  copies += 1;
  const file = path.join(dir, `copy-${copies}.sqlite`);
  copyFileSync(base, file);
  return { file, db: openDatabase(file) };
}

/** Edits the report like a user in Excel: opens it, changes cells, saves it under another name. */
async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  edit(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
const column = (ws: ExcelJS.Worksheet, header: string): number => {
  let found = 0;
  ws.getRow(1).eachCell((cell, c) => {
    if (cell.value === header) found = c;
  });
  if (!found) throw new Error(`no column ${header}`);
  return found;
};

const count = (db: Db, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('import', () => {
  it('finds nothing to do in the unchanged export', async () => {
    const { db } = freshDb();
    try {
      const before = digestDb(db);
      const { outcome } = runImport(db, await parseImport(report, 'report.xlsx'), 'dry-run');
      expect({ insert: outcome.insert, update: outcome.update, errors: outcome.errors, conflicts: outcome.conflicts }).toEqual({
        insert: 0,
        update: 0,
        errors: [],
        conflicts: [],
      });
      expect(outcome.unchanged).toBe(
        count(db, 'building') + count(db, 'unit') + count(db, 'tenant') + count(db, 'lease') + count(db, 'tenant_return'),
      );
      expect(outcome.notes.map((n) => n.sheet)).toEqual([
        'Summary',
        'Floor schedule',
        'Vacancies',
        'Expiries',
        'Pipeline',
        'About this report',
      ]);
      expect(digestDb(db)).toBe(before);
    } finally {
      db.close();
    }
  });

  it('applies exactly the three cells changed in Excel as one undo step', async () => {
    const picked: { unit?: string; tenant?: string; lease?: string } = {};
    const file = await edited('three.xlsx', (wb) => {
      const units = sheet(wb, 'Units');
      const area = units.getRow(2).getCell(column(units, 'Area (m²)'));
      area.value = Number(area.value) + 10;
      picked.unit = String(units.getRow(2).getCell(1).value);
      const tenants = sheet(wb, 'Tenants');
      tenants.getRow(3).getCell(column(tenants, 'Name (English)')).value = 'Renamed Holdings Ltd.';
      picked.tenant = String(tenants.getRow(3).getCell(1).value);
      const leases = sheet(wb, 'Leases');
      leases.getRow(2).getCell(column(leases, 'End date')).value = new Date(Date.UTC(2031, 11, 31));
      picked.lease = String(leases.getRow(2).getCell(1).value);
    });
    const { db } = freshDb();
    try {
      const state = inventoryState(db);
      const unitBefore = db.prepare('SELECT area_m2 AS a FROM unit WHERE id = ?').get(picked.unit) as { a: number };
      const { outcome } = runImport(db, await parseImport(file, 'three.xlsx'), 'apply');
      expect(outcome.errors).toEqual([]);
      expect(outcome.applied).toBe(true);
      expect({ insert: outcome.insert, update: outcome.update }).toEqual({ insert: 0, update: 3 });
      const changed = outcome.changes.map((c) => [c.id, c.changes.map((f) => f.field)]);
      expect(changed).toEqual([
        [picked.unit, ['areaM2']],
        [picked.tenant, ['nameEn']],
        [picked.lease, ['endDate']],
      ]);
      expect((db.prepare('SELECT area_m2 AS a FROM unit WHERE id = ?').get(picked.unit) as { a: number }).a).toBeCloseTo(
        unitBefore.a + 10,
        6,
      );
      expect((db.prepare('SELECT name_en AS n FROM tenant WHERE id = ?').get(picked.tenant) as { n: string }).n).toBe(
        'Renamed Holdings Ltd.',
      );
      expect((db.prepare('SELECT end_date AS d FROM lease WHERE id = ?').get(picked.lease) as { d: string }).d).toBe('2031-12-31');
      expect(historyState(db).undoLabel).toBe('导入 three.xlsx / Import three.xlsx');
      undo(db);
      expect(inventoryState(db)).toBe(state);
    } finally {
      db.close();
    }
  });

  it('imports the template’s example rows, with bilingual headers and choice lists', async () => {
    const file = path.join(dir, 'template.xlsx');
    await writeTemplate(file, 'zh-CN');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const units = sheet(wb, '单元 Units');
    expect(units.getRow(1).getCell(1).value).toBe('片区代码 / Zone code');
    const lists = (units as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations
      .model;
    expect(Object.values(lists).map((v) => v.formulae[0])).toContain('"办公,实验室,商业,公共,其他"');
    const { db } = freshDb();
    try {
      const { outcome } = runImport(db, await parseImport(file, 'template.xlsx'), 'apply');
      expect(outcome.errors).toEqual([]);
      expect({ insert: outcome.insert, applied: outcome.applied }).toEqual({ insert: 5, applied: true });
      expect(outcome.changes.map((c) => c.entity)).toEqual(['building', 'unit', 'tenant', 'lease', 'tenant_return']);
      expect(
        db
          .prepare(
            "SELECT count(*) AS n FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id WHERE b.name_zh = '示例大厦'",
          )
          .get(),
      ).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('lists a row edited since the export as a conflict and writes nothing', async () => {
    const file = await edited('conflict.xlsx', (wb) => {
      const units = sheet(wb, 'Units');
      units.getRow(3).getCell(column(units, 'Area (m²)')).value = 99.5;
    });
    const { db } = freshDb();
    try {
      const ws = (await readIds(file, 'Units'))[2] as string; // [0] is the header, [2] is row 3
      const unit = db.prepare('SELECT version, area_m2 AS a FROM unit WHERE id = ?').get(ws) as { version: number; a: number };
      updateRecord(db, 'unit', ws, unit.version, { areaM2: unit.a + 1 });
      const before = digestDb(db);
      const { outcome } = runImport(db, await parseImport(file, 'conflict.xlsx'), 'apply');
      expect(outcome.applied).toBe(false);
      expect(outcome.conflicts).toEqual([
        expect.objectContaining({ sheet: 'Units', row: 3, entity: 'unit', id: ws, fileVersion: unit.version, dbVersion: unit.version + 1 }),
      ]);
      expect(digestDb(db)).toBe(before);
    } finally {
      db.close();
    }
  });

  it('enforces the forms’ rules and reports duplicates with sheet, row and column', async () => {
    const file = await edited('rules.xlsx', (wb) => {
      const leases = sheet(wb, 'Leases');
      leases.getRow(2).getCell(column(leases, 'Area (m²)')).value = 1_000_000;
      const tenants = sheet(wb, 'Tenants');
      const code = tenants.getRow(2).getCell(column(tenants, 'Unified social credit code'));
      code.value = `${String(code.value).slice(0, 17)}${String(code.value).endsWith('0') ? '1' : '0'}`;
      const units = sheet(wb, 'Units');
      units.addRow((units.getRow(4).values as ExcelJS.CellValue[]).slice(1));
    });
    const { db } = freshDb();
    try {
      const before = digestDb(db);
      const { outcome } = runImport(db, await parseImport(file, 'rules.xlsx'), 'apply');
      const where = outcome.errors.map((e) => `${e.sheet}!${e.column}${e.row} ${e.code}`);
      const unitRows = count(db, 'unit') + 2;
      expect(where).toEqual([`Units!A${unitRows} duplicate_row`, 'Tenants!E2 uscc_checksum', 'Leases!M2 area_exceeds_unit']);
      expect(outcome.applied).toBe(false);
      expect(digestDb(db)).toBe(before);
    } finally {
      db.close();
    }
  });

  it('answers on the command line with counts, errors and exit codes 0, 1 and 2', async () => {
    const { file: dbFile, db } = freshDb();
    db.close();
    const good = await cli(['import', '--db', dbFile, '--file', report, '--json']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ insert: 0, update: 0, errors: [], conflicts: [], applied: false });

    const bad = await edited('cli-bad.xlsx', (wb) => {
      const units = sheet(wb, 'Units');
      units.getRow(2).getCell(column(units, 'Area (m²)')).value = -5;
      units.getRow(3).getCell(column(units, 'Use')).value = 'Spaceport';
    });
    const before = digestFile(dbFile);
    const refused = await cli(['import', '--db', dbFile, '--file', bad, '--json']);
    expect(refused.code).toBe(1);
    const json = JSON.parse(refused.stdout) as { errors: { sheet: string; row: number; column: string; code: string; message: string }[] };
    expect(json.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['Units', 2, 'H', 'not_positive'],
      ['Units', 3, 'I', 'invalid_choice'],
    ]);
    expect(json.errors[0]?.message).toBe('Must be greater than 0');
    expect(digestFile(dbFile)).toBe(before);

    const three = path.join(dir, 'three.xlsx');
    const applied = await cli(['import', '--db', dbFile, '--file', three, '--json']);
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.stdout)).toMatchObject({ insert: 0, update: 3, applied: true });
    expect(String((JSON.parse(applied.stdout) as { backup: string }).backup)).toMatch(/backup-.*-import\.[0-9a-f]{8}\.sqlite$/);

    const unreadable = await cli(['import', '--db', dbFile, '--file', path.join(dir, 'base.sqlite'), '--json']);
    expect(unreadable.code).toBe(2);
    expect(JSON.parse(unreadable.stdout)).toMatchObject({ ok: false, error: { code: 'bad_file' } });
  });
});

async function readIds(file: string, name: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ids: string[] = [];
  sheet(wb, name).eachRow((row) => ids.push(String(row.getCell(1).value)));
  return ids;
}
