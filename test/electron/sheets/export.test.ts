// The floor-space report read back by second readers (exceljs's non-streaming reader and a plain CSV split):
// every area is a number, dates are real dates, the Units sheet adds up to the database, the Summary equals
// `cli rollup --json` to the cent, the SHA-256 is stable and language-free, and a cancelled export leaves nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/connection';
import { updateRecord } from '../../../electron/main/services/inventory/crud';
import { writeSampleFile } from '../../../electron/main/services/sample/file';
import { exportReport } from '../../../electron/main/services/sheets/export';
import { cli, col, readBack } from './helpers';

let dir: string;
let dbFile: string;
const ASOF = '2025-12-31';

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-sheets-export-'));
  dbFile = path.join(dir, 'sample.sqlite');
  writeSampleFile(dbFile, { size: 'standard' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sql = <T>(query: string, ...params: unknown[]): T => {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    return db.prepare(query).get(...params) as T;
  } finally {
    db.close();
  }
};

const ctx = () => ({ dbPath: dbFile, appVersion: '0.0.0-test' });

describe('export', () => {
  it('reads back with numbers, dates, sums and the roll-up of cli rollup --json', async () => {
    const out = path.join(dir, 'report.xlsx');
    const csvDir = mkdtempSync(path.join(dir, 'csv-'));
    const res = await cli(['export', '--db', dbFile, '--as-of', ASOF, '--out', out, '--csv', csvDir, '--lang', 'en', '--json']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const json = JSON.parse(res.stdout) as { sha256: string; rows: Record<string, number> };
    expect(json.sha256).toMatch(/^[0-9a-f]{64}$/);

    const sheets = await readBack(out);
    expect([...sheets.keys()]).toEqual([
      'Summary',
      'Buildings',
      'Floor schedule',
      'Units',
      'Leases',
      'Tenants',
      'Annual returns',
      'Vacancies',
      'Expiries',
      'Pipeline',
      'About this report',
    ]);
    for (const [name, sheet] of sheets) {
      for (const [header, c] of sheet.header) {
        if (!header.includes('(m²)')) continue;
        // Optional areas: a building's gross and declared area; a zone's space target and gap (only the district has one).
        const optional = name === 'Buildings' || (name === 'Summary' && /target|Gap/.test(header));
        for (const [i, row] of sheet.rows.entries()) {
          const v = row[c];
          if (optional && v === null && !(name === 'Summary' && i === 0)) continue;
          expect(typeof v, `${name} ${header}`).toBe('number');
        }
      }
    }

    const units = sheets.get('Units');
    if (!units) throw new Error('no Units sheet');
    const areaSum = units.rows.reduce((s, r) => s + Number(r[col(units, 'Area (m²)')]), 0);
    const db = sql<{ n: number; area: number }>('SELECT count(*) AS n, total(area_m2) AS area FROM unit');
    expect(units.rows).toHaveLength(db.n);
    expect(Math.abs(areaSum - db.area)).toBeLessThan(0.005);

    const buildings = sheets.get('Buildings');
    if (!buildings) throw new Error('no Buildings sheet');
    const deliveries = buildings.rows.map((r) => r[col(buildings, 'Delivery date')]).filter((v) => v !== null);
    expect(deliveries.length).toBeGreaterThan(0);
    for (const d of deliveries) {
      expect(d).toBeInstanceOf(Date);
      expect((d as Date).getUTCHours()).toBe(0);
    }
    const firstDelivery = sql<{ d: string }>(
      'SELECT delivery_date AS d FROM building WHERE id = ?',
      buildings.rows[0]?.[col(buildings, 'ID')],
    ).d;
    expect((buildings.rows[0]?.[col(buildings, 'Delivery date')] as Date).toISOString().slice(0, 10)).toBe(firstDelivery);

    const rollup = await cli(['rollup', '--db', dbFile, '--as-of', ASOF, '--json']);
    expect(rollup.code).toBe(0);
    const view = JSON.parse(rollup.stdout) as { totals: Record<string, number>; rows: (Record<string, number> & { id: string })[] };
    const summary = sheets.get('Summary');
    if (!summary) throw new Error('no Summary sheet');
    const figures: [string, string][] = [
      ['Provided space (m²)', 'providedM2'],
      ['Leased (m²)', 'leasedM2'],
      ['Reserved (m²)', 'reservedM2'],
      ['Available (m²)', 'availableM2'],
      ['Out of service (m²)', 'outOfServiceM2'],
      ['Pipeline (m²)', 'pipelineM2'],
      ['Pre-let (m²)', 'preLetM2'],
      ['New firms', 'newFirms'],
    ];
    const [total, ...zones] = summary.rows;
    for (const [header, key] of figures)
      expect(Math.round(Number(total?.[col(summary, header)]) * 100), header).toBe(Math.round((view.totals[key] ?? NaN) * 100));
    expect(zones).toHaveLength(view.rows.length);
    for (const row of zones) {
      const match = view.rows.find((r) => r.id === row[col(summary, 'ID')]);
      if (!match) throw new Error(`zone ${String(row[col(summary, 'ID')])} not in the roll-up`);
      for (const [header, key] of figures.slice(0, 7))
        expect(Math.round(Number(row[col(summary, header)]) * 100), header).toBe(Math.round((match[key] ?? NaN) * 100));
    }

    // The Pipeline sheet: every deal begun by the date, at its stage then (the stages of a plain reading of the histories).
    const pipeline = sheets.get('Pipeline');
    if (!pipeline) throw new Error('no Pipeline sheet');
    const begun = (
      JSON.parse(sql<{ j: string }>('SELECT json_group_array(json_array(history, stage, stage_on)) AS j FROM deal').j) as [
        string,
        string,
        string,
      ][]
    )
      .map(([history, stage, on]) =>
        [...(JSON.parse(history) as { stage: string; on: string }[]), { stage, on }].filter((e) => e.on <= ASOF).pop(),
      )
      .filter((e) => e !== undefined);
    expect(pipeline.rows).toHaveLength(begun.length);
    const stageCol = col(pipeline, 'Stage at date');
    const tally = (stages: unknown[]) =>
      stages.reduce<Record<string, number>>((m, st) => ({ ...m, [String(st)]: (m[String(st)] ?? 0) + 1 }), {});
    const label = (code: string) => code.charAt(0).toUpperCase() + code.slice(1);
    expect(tally(pipeline.rows.map((r) => r[stageCol]))).toEqual(tally(begun.map((e) => label(e.stage))));

    const about = sheets.get('About this report');
    expect(about?.rows.some((r) => r[2] === json.sha256)).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Units');
    expect(ws?.views[0]?.state).toBe('frozen');
    expect(ws?.autoFilter).toBeTruthy();
    expect(ws?.getColumn(1).hidden).toBe(true);
    expect(ws?.getColumn(col(units, 'Area (m²)')).numFmt).toBe('#,##0.00');

    const csv = readFileSync(path.join(csvDir, 'units.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...lines] = csv.toString('utf8').slice(1).trim().split('\r\n');
    const areaAt = (head ?? '').split(',').indexOf('Area (m²)');
    const csvSum = lines.reduce((s, l) => s + Number(l.split(',')[areaAt]), 0);
    expect(lines).toHaveLength(db.n);
    expect(Math.abs(csvSum - db.area)).toBeLessThan(0.005);
  });

  it('gives the same SHA-256 twice and in either language, and another one after a change', async () => {
    const a = await exportReport({ asOf: ASOF, scope: { kind: 'district' }, locale: 'zh-CN' }, { xlsx: path.join(dir, 'a.xlsx') }, ctx());
    const b = await exportReport({ asOf: ASOF, scope: { kind: 'district' }, locale: 'en' }, { xlsx: path.join(dir, 'b.xlsx') }, ctx());
    expect(b.sha256).toBe(a.sha256);
    const db = openDatabase(dbFile);
    try {
      const unit = db.prepare('SELECT id, version, area_m2 AS area FROM unit ORDER BY id LIMIT 1').get() as {
        id: string;
        version: number;
        area: number;
      };
      updateRecord(db, 'unit', unit.id, unit.version, { areaM2: unit.area + 1 });
    } finally {
      db.close();
    }
    const c = await exportReport({ asOf: ASOF, scope: { kind: 'district' }, locale: 'zh-CN' }, { xlsx: path.join(dir, 'c.xlsx') }, ctx());
    expect(c.sha256).not.toBe(a.sha256);
    expect(c.lastChangeSeq).toBeGreaterThan(a.lastChangeSeq);
  });

  it('holds only the scope’s rows for a zone', async () => {
    const file = path.join(dir, 'core.xlsx');
    await exportReport({ asOf: ASOF, scope: { kind: 'zone', code: 'CORE' }, locale: 'en' }, { xlsx: file }, ctx());
    const units = (await readBack(file)).get('Units');
    if (!units) throw new Error('no Units sheet');
    const expected = sql<{ n: number }>(
      "SELECT count(*) AS n FROM unit u JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id WHERE z.code = 'CORE'",
    ).n;
    expect(units.rows).toHaveLength(expected);
    expect(new Set(units.rows.map((r) => r[col(units, 'Zone code')]))).toEqual(new Set(['CORE']));
  });

  it('leaves no file when cancelled', async () => {
    const out = mkdtempSync(path.join(dir, 'cancel-'));
    const abort = new AbortController();
    const run = exportReport(
      { asOf: ASOF, scope: { kind: 'district' }, locale: 'en' },
      { xlsx: path.join(out, 'r.xlsx') },
      {
        ...ctx(),
        signal: abort.signal,
        onProgress: (done) => {
          if (done > 0) abort.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(out)).toEqual([]);
  });
});
