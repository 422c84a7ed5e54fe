// The floor-space report as an XLSX workbook (or one CSV per sheet): read on a private read-only connection
// inside one read transaction (a consistent snapshot while the app keeps working), written to a partial file
// renamed into place at the end, so a failed or cancelled export leaves no file. The About sheet names the
// data state (last change_log number, schema) and a SHA-256 over every exported row, in stored (language-free)
// form: the same data at the same date and scope always gives the same SHA-256.
import { randomUUID } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../../../shared/enums';
import { word } from '../../../../shared/sheets/report-labels';
import { COMPUTED_COLUMNS, SHEET_NAMES, type SheetKey } from '../../../../shared/sheets/spec';
import { openDatabase } from '../../db/connection';
import { schemaVersionOf } from '../../db/migrate';
import { lastChangeSeq, type SheetRow } from '../../db/repos/sheet-rows';
import { writeCsv } from './csv-write';
import { Ticker } from './progress';
import { planReport, type ReportPlan, type ScopeRef } from './report';
import { DataHash } from './stamp';
import { writeXlsx, type WrittenSheet } from './xlsx-write';

export interface ExportRequest {
  asOf: string;
  scope: ScopeRef;
  locale: Locale;
}

export interface ExportTarget {
  /** The workbook to write (replaced if it exists). */
  xlsx?: string;
  /** A folder for one CSV per sheet (`summary.csv`, `units.csv`, …), or with `csvSheets` only those. */
  csvDir?: string;
  csvSheets?: SheetKey[];
}

export interface ExportContext {
  dbPath: string;
  nativeBinding?: string;
  appVersion: string;
  now?: Date;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface ExportResult {
  files: string[];
  sha256: string;
  asOf: string;
  scope: string;
  madeAt: string;
  lastChangeSeq: number;
  schemaVersion: number;
  rows: Partial<Record<SheetKey, number>>;
  /** Wall time per written sheet (reading its rows, hashing and writing them), for the benchmark. */
  sheetMs: Partial<Record<SheetKey, number>>;
}

interface Facts {
  madeAt: string;
  appVersion: string;
  schemaVersion: number;
  lastChangeSeq: number;
}

function aboutRows(req: ExportRequest, plan: ReportPlan, facts: Facts, rows: Partial<Record<SheetKey, number>>, sha: string): SheetRow[] {
  const l = req.locale;
  const counts = Object.entries(rows)
    .map(([k, n]) => `${SHEET_NAMES[k as SheetKey][l]} ${n}`)
    .join(l === 'zh-CN' ? '；' : '; ');
  return [
    { item: word('aboutTitle', l), value: '' },
    { item: word('asOf', l), value: req.asOf },
    { item: word('scope', l), value: plan.scopeLabel },
    { item: word('madeAt', l), value: facts.madeAt },
    { item: word('appVersion', l), value: facts.appVersion },
    { item: word('schemaVersion', l), value: String(facts.schemaVersion) },
    { item: word('lastChange', l), value: String(facts.lastChangeSeq) },
    { item: word('rows', l), value: counts },
    { item: word('sha256', l), value: sha },
    { item: '', value: word('shaNote', l) },
    { item: '', value: word('importNote', l) },
  ];
}

const partialOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID().slice(0, 8)}.partial`);

export async function exportReport(req: ExportRequest, target: ExportTarget, ctx: ExportContext): Promise<ExportResult> {
  const db = openDatabase(ctx.dbPath, { readonly: true, nativeBinding: ctx.nativeBinding });
  const partials: [string, string][] = [];
  try {
    db.exec('BEGIN'); // one snapshot for every sheet
    const plan = planReport(db, req.asOf, req.scope, req.locale);
    const facts: Facts = {
      madeAt: (ctx.now ?? new Date()).toISOString(),
      appVersion: ctx.appVersion,
      schemaVersion: schemaVersionOf(db),
      lastChangeSeq: lastChangeSeq(db),
    };
    const perCopy = plan.sheets.reduce((s, sh) => s + sh.count(), 0);
    const copies = (target.xlsx ? 1 : 0) + (target.csvDir ? 1 : 0);
    const ticker = new Ticker({ total: Math.max(1, perCopy * copies), signal: ctx.signal, onProgress: ctx.onProgress });
    ticker.check();
    const rows: Partial<Record<SheetKey, number>> = {};
    const sheetMs: Partial<Record<SheetKey, number>> = {};
    let sha = '';
    const hashed = (onlySheets?: SheetKey[]) => {
      const hash = new DataHash(req.asOf, plan.scope);
      const sheets = function* sheets(): Generator<WrittenSheet> {
        for (const sheet of plan.sheets) {
          let n = 0;
          const add = hash.sheet(sheet.key, sheet.columns);
          const written: WrittenSheet = {
            name: SHEET_NAMES[sheet.key][req.locale],
            columns: sheet.columns,
            rows: sheet.rows(),
            onRow: (row) => {
              n += 1;
              add(row);
            },
          };
          const started = performance.now();
          if (!onlySheets || onlySheets.includes(sheet.key)) yield written;
          else for (const row of written.rows) written.onRow?.(row);
          sheetMs[sheet.key] = (sheetMs[sheet.key] ?? 0) + performance.now() - started;
          rows[sheet.key] = n;
        }
        sha = hash.digest();
        const about = aboutRows(req, plan, facts, rows, sha);
        if (!onlySheets || onlySheets.includes('about'))
          yield { name: SHEET_NAMES.about[req.locale], columns: COMPUTED_COLUMNS.about, rows: about };
      };
      return sheets();
    };
    const files: string[] = [];
    if (target.xlsx) {
      const partial = partialOf(target.xlsx);
      partials.push([partial, target.xlsx]);
      await writeXlsx(partial, hashed(), req.locale, ticker);
    }
    if (target.csvDir) {
      for (const sheet of hashed(target.csvSheets)) {
        const key = (Object.keys(SHEET_NAMES) as SheetKey[]).find((k) => SHEET_NAMES[k][req.locale] === sheet.name) ?? 'about';
        const file = path.join(target.csvDir, `${key}.csv`);
        const partial = partialOf(file);
        partials.push([partial, file]);
        await writeCsv(partial, sheet, req.locale, ticker);
      }
    }
    ticker.check();
    for (const [partial, file] of partials) {
      renameSync(partial, file);
      files.push(file);
    }
    partials.length = 0;
    ticker.finish();
    return {
      files,
      sha256: sha,
      asOf: req.asOf,
      scope: plan.scopeLabel,
      madeAt: facts.madeAt,
      lastChangeSeq: facts.lastChangeSeq,
      schemaVersion: facts.schemaVersion,
      rows,
      sheetMs,
    };
  } finally {
    for (const [partial] of partials) rmSync(partial, { force: true });
    if (db.inTransaction) db.exec('COMMIT');
    db.close();
  }
}
