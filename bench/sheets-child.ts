// One measured spreadsheet operation in its own process (so its peak resident memory is its own), printed as one
// JSON line: { ms, peakRssMb, ... }. Modes:
//   export <db> <out.xlsx>            the whole floor-space report (our code)
//   exceljs-write <db> <out.xlsx>     exceljs's streaming writer alone, writing the Units rows (fetched before timing)
//   import <db> <file.xlsx>           parse + dry run + apply (our code; the database is written)
//   exceljs-read <file.xlsx>          exceljs's streaming reader alone, reading every row of the file
import ExcelJS from 'exceljs';
import { openDatabase } from '../electron/main/db/connection';
import { exportReport } from '../electron/main/services/sheets/export';
import { parseImport, runImport } from '../electron/main/services/sheets/import';

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const [mode, a, b] = process.argv.slice(2);

async function main(): Promise<Record<string, unknown>> {
  if (mode === 'export' && a && b) {
    const started = performance.now();
    const r = await exportReport(
      { asOf: '2025-12-31', scope: { kind: 'district' }, locale: 'zh-CN' },
      { xlsx: b },
      { dbPath: a, appVersion: 'bench' },
    );
    return { ms: performance.now() - started, unitsSheetMs: r.sheetMs.units, rows: r.rows };
  }
  if (mode === 'exceljs-write' && a && b) {
    const db = openDatabase(a, { readonly: true });
    const rows = db
      .prepare(
        `SELECT u.id, u.version, u.building_id, z.code, b.name_zh, u.floor, u.label, u.area_m2, u.use,
      u.counts_toward_target, u.out_of_service FROM unit u JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id
      ORDER BY z.code, b.name_zh, b.id, u.floor, u.label`,
      )
      .raw()
      .all() as unknown[][];
    db.close();
    const started = performance.now();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: b, useStyles: true, useSharedStrings: false });
    const ws = wb.addWorksheet('Units');
    for (const row of rows) ws.addRow(row).commit();
    await ws.commit();
    await wb.commit();
    return { ms: performance.now() - started, rows: rows.length };
  }
  if (mode === 'import' && a && b) {
    const db = openDatabase(a);
    const started = performance.now();
    const parsed = await parseImport(b, 'units.xlsx');
    const parsedMs = performance.now() - started;
    const dry = runImport(db, parsed, 'dry-run').outcome;
    const dryMs = performance.now() - started;
    const applied = runImport(db, parsed, 'apply').outcome;
    const ms = performance.now() - started;
    db.close();
    return {
      ms,
      parseMs: parsedMs,
      dryRunMs: dryMs - parsedMs,
      applyMs: ms - dryMs,
      update: applied.update,
      unchanged: applied.unchanged,
      errors: dry.errors.length,
      applied: applied.applied,
    };
  }
  if (mode === 'exceljs-read' && a) {
    const started = performance.now();
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(a, {
      sharedStrings: 'cache',
      styles: 'cache',
      worksheets: 'emit',
      hyperlinks: 'ignore',
    });
    let rows = 0;
    let cells = 0;
    for await (const ws of reader) {
      for await (const row of ws) {
        rows += 1;
        row.eachCell(() => {
          cells += 1;
        });
      }
    }
    return { ms: performance.now() - started, rows, cells };
  }
  throw new Error(`usage: sheets-child export|exceljs-write|import|exceljs-read …`);
}

main().then(
  (r) => process.stdout.write(`${JSON.stringify({ ...r, peakRssMb: peakRssMb() })}\n`),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
