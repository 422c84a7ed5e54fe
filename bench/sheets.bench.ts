// The floor-space spreadsheets on the large sample (100,000 units, 150,000 leases), each operation in its own
// process beside its reference measured in the same run:
// - export_100k_s: the whole report (9 sheets); export_units_sheet_s: its Units sheet alone (reading, hashing,
//   translating, writing), against exceljs's streaming writer writing the same Units rows alone (rows fetched
//   before its clock starts) → export_ratio_vs_exceljs; export_peak_rss_mb: the whole export's peak memory.
// - import_100k_s: parse + dry run + apply of a 100,000-row Units workbook with 1,000 changed rows, against
//   exceljs's streaming reader parsing the same file alone → import_ratio_vs_parse.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase } from '../electron/main/db/connection';
import { round } from './measure';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const child = path.join(import.meta.dirname, 'sheets-child.ts');

function run(...args: string[]): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [tsx, child, ...args], { maxBuffer: 1 << 24, timeout: 900_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${args[0]}: ${stderr || err.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>);
    });
  });
}

/** The Units sheet as a user would import it: our export's columns (English), 1,000 rows with a changed area. */
async function unitsWorkbook(db: string, file: string): Promise<number> {
  const conn = openDatabase(db, { readonly: true });
  const rows = conn
    .prepare(
      `SELECT u.id, u.version, u.building_id, z.code, b.name_zh, u.floor, u.label, u.area_m2, u.use,
    u.counts_toward_target, u.out_of_service FROM unit u JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id
    ORDER BY u.id`,
    )
    .raw()
    .all() as [string, number, string, string, string, number, string, number, string, number, number][];
  conn.close();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  const ws = wb.addWorksheet('Units');
  ws.addRow([
    'ID',
    'Version',
    'Building ID',
    'Zone code',
    'Building',
    'Floor',
    'Unit',
    'Area (m²)',
    'Use',
    'Counts toward target',
    'Out of service',
  ]).commit();
  rows.forEach((r, i) => {
    // Every 100th row grows by 1 m² (growing never falls below its leases).
    const area = i % 100 === 0 ? r[7] + 1 : r[7];
    ws.addRow([r[0], r[1], r[2], r[3], r[4], r[5], r[6], area, r[8], r[9] ? 'Yes' : 'No', r[10] ? 'Yes' : 'No']).commit();
  });
  await ws.commit();
  await wb.commit();
  return rows.length;
}

export async function sheetsBench(file: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-bench-sheets-'));
  try {
    const exported = await run('export', file, path.join(dir, 'report.xlsx'));
    const reference = await run('exceljs-write', file, path.join(dir, 'units-exceljs.xlsx'));
    const units = path.join(dir, 'units.xlsx');
    const rows = await unitsWorkbook(file, units);
    const copy = path.join(dir, 'large.sqlite');
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) copyFileSync(file + suffix, copy + suffix);
    const imported = await run('import', copy, units);
    const parsed = await run('exceljs-read', units);
    if (imported.update !== 1000 || imported.errors !== 0)
      throw new Error(`import bench did not update 1,000 rows: ${JSON.stringify(imported)}`);
    return {
      export_100k_s: round((exported.ms ?? 0) / 1000),
      export_units_sheet_s: round((exported.unitsSheetMs ?? 0) / 1000),
      export_exceljs_units_s: round((reference.ms ?? 0) / 1000),
      export_ratio_vs_exceljs: round((exported.unitsSheetMs ?? 0) / (reference.ms ?? 1)),
      export_whole_ratio_vs_exceljs_units: round((exported.ms ?? 0) / (reference.ms ?? 1)),
      export_peak_rss_mb: exported.peakRssMb ?? 0,
      export_exceljs_peak_rss_mb: reference.peakRssMb ?? 0,
      import_100k_s: round((imported.ms ?? 0) / 1000),
      import_rows: rows,
      import_parse_s: round((imported.parseMs ?? 0) / 1000),
      import_dry_run_s: round((imported.dryRunMs ?? 0) / 1000),
      import_apply_s: round((imported.applyMs ?? 0) / 1000),
      import_exceljs_parse_s: round((parsed.ms ?? 0) / 1000),
      import_ratio_vs_parse: round((imported.ms ?? 0) / (parsed.ms ?? 1)),
      import_peak_rss_mb: imported.peakRssMb ?? 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
