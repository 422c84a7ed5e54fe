// Native dialogs: choose database files and backups, confirm destructive steps, report failures.
import path from 'node:path';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { Locale } from '../../../shared/enums';
import { toErrorShape } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';
import { t } from './strings';

const filters = (locale: Locale): FileFilter[] => [{ name: t(locale, 'filterDb'), extensions: ['sqlite'] }];

const withSqliteExtension = (file: string) => (path.extname(file) ? file : `${file}.sqlite`);

export async function chooseNewDatabaseFile(win: BrowserWindow | null, locale: Locale, defaultDir: string): Promise<string | null> {
  const options = {
    title: t(locale, 'newDbTitle'),
    defaultPath: path.join(defaultDir, 'park-space-desk-new.sqlite'),
    filters: filters(locale),
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : withSqliteExtension(r.filePath);
}

export async function chooseSaveAsFile(win: BrowserWindow | null, locale: Locale, currentDb: string): Promise<string | null> {
  const options = {
    title: t(locale, 'saveAsTitle'),
    defaultPath: path.join(path.dirname(currentDb), `${path.basename(currentDb, '.sqlite')}-copy.sqlite`),
    filters: filters(locale),
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : withSqliteExtension(r.filePath);
}

export async function chooseDatabaseToOpen(win: BrowserWindow | null, locale: Locale, defaultDir: string): Promise<string | null> {
  const options = {
    title: t(locale, 'openDbTitle'),
    defaultPath: defaultDir,
    filters: filters(locale),
    properties: ['openFile'] as 'openFile'[],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

export async function chooseBackupFile(win: BrowserWindow | null, locale: Locale, backupDir: string): Promise<string | null> {
  const options = {
    title: t(locale, 'restoreTitle'),
    defaultPath: backupDir,
    filters: filters(locale),
    properties: ['openFile'] as 'openFile'[],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

/** A spreadsheet to import (XLSX or CSV). */
export async function chooseSpreadsheet(win: BrowserWindow | null, locale: Locale): Promise<string | null> {
  const options = {
    title: t(locale, 'importTitle'),
    filters: [{ name: t(locale, 'filterSheet'), extensions: ['xlsx', 'csv'] }],
    properties: ['openFile'] as 'openFile'[],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

/** Where to save a produced spreadsheet (report, template, error rows), suggested under its own name. */
export async function chooseSpreadsheetTarget(win: BrowserWindow | null, locale: Locale, suggestedName: string): Promise<string | null> {
  const ext = path.extname(suggestedName).slice(1) || 'xlsx';
  const options = {
    title: t(locale, 'saveSheetTitle'),
    defaultPath: suggestedName,
    filters: [{ name: t(locale, 'filterSheet'), extensions: [ext] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}

async function confirm(win: BrowserWindow | null, locale: Locale, message: string, okLabel: string): Promise<boolean> {
  const options = {
    type: 'warning' as const,
    title: t(locale, 'appName'),
    message,
    buttons: [okLabel, t(locale, 'cancelButton')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const r = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return r.response === 0;
}

export function confirmRestore(win: BrowserWindow | null, locale: Locale, file: string): Promise<boolean> {
  return confirm(win, locale, t(locale, 'confirmRestore', { file }), t(locale, 'restoreButton'));
}

/** A failure in a dialog, worded by the same formatter as the interface and the CLI (shared/messages.ts). */
export async function showError(win: BrowserWindow | null, locale: Locale, err: unknown, title = t(locale, 'failed')): Promise<void> {
  const detail = errorMessage(toErrorShape(err), locale);
  const options = { type: 'error' as const, title: t(locale, 'appName'), message: title, detail, buttons: [t(locale, 'okButton')] };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

/** Another program holds the database's write lock: open it read-only (true) or not at all. */
export async function askOpenReadOnly(win: BrowserWindow | null, locale: Locale, err: unknown): Promise<boolean> {
  const options = {
    type: 'warning' as const,
    title: t(locale, 'appName'),
    message: t(locale, 'lockedTitle'),
    detail: errorMessage(toErrorShape(err), locale),
    buttons: [t(locale, 'openReadOnlyButton'), t(locale, 'cancelButton')],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
  const r = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return r.response === 0;
}

export async function showInfo(win: BrowserWindow | null, locale: Locale, message: string): Promise<void> {
  const options = { type: 'info' as const, title: t(locale, 'appName'), message, buttons: [t(locale, 'okButton')] };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}
