// Where things live on disk. Pure functions of the folders Electron reports, so they can be tested without it.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../../../shared/enums';

export const DB_FILE_NAME = 'park-space-desk.sqlite';
const SETTINGS_FILE = 'settings.json';

/** Small per-user settings main keeps for itself (the renderer keeps its own preferences). */
export interface ShellSettings {
  /** The database file the user last opened, created or saved as. */
  lastDbPath?: string;
  /** The menu language last chosen from View > Language. */
  locale?: Locale;
}

export function defaultDbPath(userData: string): string {
  return path.join(userData, DB_FILE_NAME);
}

export function readSettings(userData: string): ShellSettings {
  try {
    const raw: unknown = JSON.parse(readFileSync(path.join(userData, SETTINGS_FILE), 'utf8'));
    if (typeof raw !== 'object' || raw === null) return {};
    const { lastDbPath, locale } = raw as Record<string, unknown>;
    const settings: ShellSettings = {};
    if (typeof lastDbPath === 'string' && path.isAbsolute(lastDbPath)) settings.lastDbPath = lastDbPath;
    if (typeof locale === 'string' && (LOCALES as readonly string[]).includes(locale)) settings.locale = locale as Locale;
    return settings;
  } catch {
    return {};
  }
}

/** Merges `patch` into the settings file (written to a temp file and renamed, so it is never half written). */
export function writeSettings(userData: string, patch: ShellSettings): ShellSettings {
  const next = { ...readSettings(userData), ...patch };
  mkdirSync(userData, { recursive: true });
  const file = path.join(userData, SETTINGS_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(next, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  return next;
}

/** The database to open on start: the last opened file if it still exists, else the one in the user-data folder. */
export function startupDbPath(userData: string): string {
  const last = readSettings(userData).lastDbPath;
  return last && existsSync(last) ? last : defaultDbPath(userData);
}

export function rendererRoot(appPath: string): string {
  return path.join(appPath, 'dist', 'renderer');
}

/** The read worker's bundle (build-electron.mjs); undefined when it was not built, and reads then stay on main. */
export function readWorkerPath(appPath: string): string | undefined {
  const file = path.join(appPath, 'dist', 'electron', 'read-worker.cjs');
  return existsSync(file) ? file : undefined;
}

export function preloadPath(appPath: string): string {
  return path.join(appPath, 'dist', 'electron', 'preload.cjs');
}

/**
 * The Electron-ABI build of better-sqlite3 kept by electron/build/native.mjs, used when running from the
 * source tree. Packaged apps load the module electron-builder rebuilt, so this is undefined there.
 */
export function nativeBindingPath(appPath: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = path.join(appPath, '.native', 'electron', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
