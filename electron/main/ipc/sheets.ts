// The spreadsheet channels, the same for both transports: files reach the services through the session's
// staging (uploaded bytes, or a path from Electron's native dialog) and leave it the same way (a native save
// dialog, or web mode's one-time download). Long work reports `progress` and can be cancelled (`tasks:cancel`).
import { renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EventMap } from '../../../shared/contract';
import type { Locale } from '../../../shared/enums';
import { AppError } from '../../../shared/errors';
import type { ImportPreview, SheetIssue } from '../../../shared/sheets/results';
import { MAX_LISTED } from '../../../shared/sheets/results';
import { SHEET_NAMES, type SheetKey } from '../../../shared/sheets/spec';
import { createBackup } from '../services/backup';
import { writeErrorFile } from '../services/sheets/error-file';
import { exportReport } from '../services/sheets/export';
import { parseImport, runImport, type ImportRunResult } from '../services/sheets/import';
import { stagingOf } from '../services/sheets/staging';
import { writeTemplate } from '../services/sheets/template';
import { cancelTask, startTask } from '../services/tasks';
import type { Session } from '../session';
import type { PartialHandlers } from './types';

type SheetChannel =
  | 'sheets:export'
  | 'sheets:template'
  | 'sheets:save'
  | 'sheets:pick'
  | 'sheets:upload'
  | 'sheets:preview'
  | 'sheets:apply'
  | 'sheets:discard'
  | 'sheets:error-file'
  | 'tasks:cancel';

const REPORT_NAME: Record<Locale, string> = { 'zh-CN': '楼宇空间报表', en: 'floor-space-report' };
const TEMPLATE_NAME: Record<Locale, string> = { 'zh-CN': '园区空间导入模板.xlsx', en: 'park-space-import-template.xlsx' };
const ERRORS_NAME: Record<Locale, string> = { 'zh-CN': '导入出错的行', en: 'import-errors' };

/** Runs `work` as a cancellable task that reports progress of `kind`; the last report says finished. */
async function asTask<T>(
  s: Session,
  taskId: string,
  kind: EventMap['progress']['kind'],
  work: (signal: AbortSignal, report: (done: number, total: number) => void) => Promise<T>,
): Promise<T> {
  const task = startTask(s, taskId);
  const report = (done: number, total: number, finished = false) => s.emit('progress', { taskId, kind, done, total, finished });
  report(0, 1);
  try {
    return await work(task.signal, report);
  } finally {
    task.end();
    report(1, 1, true);
  }
}

/** A preview as it crosses to the window: counts complete, lists cut at MAX_LISTED. */
function preview(result: ImportRunResult, importId: string, fileName: string): ImportPreview {
  const o = result.outcome;
  return {
    ...o,
    errors: o.errors.slice(0, MAX_LISTED),
    changes: o.changes.slice(0, MAX_LISTED),
    conflicts: o.conflicts.slice(0, MAX_LISTED),
    importId,
    fileName,
  };
}

export const sheetHandlers: PartialHandlers<SheetChannel> = {
  'sheets:export': ({ asOf, scope, lang, format, sheet, taskId }, s) =>
    asTask(s, taskId, 'export', async (signal, onProgress) => {
      const staging = stagingOf(s);
      const ctx = { dbPath: s.dbPath, nativeBinding: s.nativeBinding, appVersion: s.appVersion, signal, onProgress };
      const req = { asOf, scope, locale: lang };
      if (format === 'xlsx') {
        const file = staging.newPath('.xlsx');
        const result = await exportReport(req, { xlsx: file }, ctx);
        const fileName = `${REPORT_NAME[lang]}-${asOf}.xlsx`;
        return { fileId: staging.addFile(file, fileName), fileName, sha256: result.sha256 };
      }
      const key = (sheet ?? 'units') as SheetKey;
      const dir = staging.newDir();
      const file = staging.newPath('.csv');
      try {
        const result = await exportReport(req, { csvDir: dir, csvSheets: [key] }, ctx);
        renameSync(path.join(dir, `${key}.csv`), file);
        const fileName = `${SHEET_NAMES[key][lang]}-${asOf}.csv`;
        return { fileId: staging.addFile(file, fileName), fileName, sha256: result.sha256 };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),

  'sheets:template': async ({ lang }, s) => {
    const staging = stagingOf(s);
    const file = staging.newPath('.xlsx');
    await writeTemplate(file, lang);
    return { fileId: staging.addFile(file, TEMPLATE_NAME[lang]), fileName: TEMPLATE_NAME[lang] };
  },

  'sheets:save': async ({ fileId }, s) => {
    const staging = stagingOf(s);
    if (!staging.native) return { download: `/api/sheets/download/${encodeURIComponent(fileId)}` };
    const { name } = staging.peekFile(fileId);
    const target = await staging.native.chooseSaveFile(name);
    if (!target) return { savedTo: null };
    staging.saveTo(fileId, target);
    return { savedTo: target };
  },

  'sheets:pick': async (_input, s) => {
    const staging = stagingOf(s);
    if (!staging.native) throw new AppError('bad_input', 'No native file dialog in web mode: upload the file instead');
    const file = await staging.native.chooseImportFile();
    return { upload: file ? staging.addUploadPath(file, statSync(file).size) : null };
  },

  'sheets:upload': ({ name, bytes }, s) => stagingOf(s).addUploadBytes(name, bytes),

  'sheets:preview': ({ uploadId, taskId }, s) =>
    asTask(s, taskId, 'import', async (signal, onProgress) => {
      const staging = stagingOf(s);
      const upload = staging.takeUpload(uploadId);
      try {
        const parsed = await parseImport(upload.file, upload.name, { signal, onProgress });
        const result = runImport(s.db, parsed, 'dry-run');
        return preview(result, staging.keepImport({ parsed, errorRows: result.errorRows }), parsed.fileName);
      } finally {
        upload.release();
      }
    }),

  'sheets:apply': ({ importId, taskId }, s) =>
    asTask(s, taskId, 'import', async (signal) => {
      const staging = stagingOf(s);
      const held = staging.heldImport(importId);
      // The file's rows are checked again against the data as it is now: only a clean run is backed up and written.
      const check = runImport(s.db, held.parsed, 'dry-run');
      const clean = check.outcome.errors.length === 0 && check.outcome.conflicts.length === 0;
      if (!clean || check.outcome.insert + check.outcome.update === 0) {
        held.errorRows = check.errorRows;
        return preview(check, importId, held.parsed.fileName);
      }
      await createBackup(s, 'import', { signal });
      if (signal.aborted) throw new AppError('cancelled', 'Import cancelled');
      // From here the write is one synchronous transaction: it cannot be interrupted half way.
      const result = runImport(s.db, held.parsed, 'apply');
      if (result.outcome.applied) {
        staging.dropImport(importId);
        s.emit('data-changed', { reason: 'edit' });
      }
      return preview(result, importId, held.parsed.fileName);
    }),

  'sheets:discard': ({ importId }, s) => ({ discarded: stagingOf(s).dropImport(importId) }),

  'sheets:error-file': async ({ importId, lang }, s) => {
    const staging = stagingOf(s);
    const held = staging.heldImport(importId);
    const { outcome } = runImport(s.db, held.parsed, 'dry-run');
    const errors: SheetIssue[] = outcome.errors;
    if (!errors.length) throw new AppError('not_found', 'This import has no rows in error', { id: importId });
    const file = staging.newPath('.xlsx');
    await writeErrorFile(file, held.parsed, errors, lang);
    const fileName = `${ERRORS_NAME[lang]}-${path.basename(held.parsed.fileName, path.extname(held.parsed.fileName))}.xlsx`;
    return { fileId: staging.addFile(file, fileName), fileName };
  },

  'tasks:cancel': ({ taskId }, s) => ({ cancelled: cancelTask(s, taskId) }),
};
