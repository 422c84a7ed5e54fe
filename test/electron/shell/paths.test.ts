// Where files live: the database in the user-data folder unless another was opened, the remembered settings,
// the native module for development, and URL paths confined to the renderer folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DB_FILE_NAME,
  defaultDbPath,
  nativeBindingPath,
  readSettings,
  readWorkerPath,
  startupDbPath,
  writeSettings,
} from '../../../electron/main/platform/paths';

const userData = mkdtempSync(path.join(os.tmpdir(), 'psd-userdata-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('paths', () => {
  it('uses park-space-desk.sqlite in the user-data folder until another file is remembered', () => {
    expect(DB_FILE_NAME).toBe('park-space-desk.sqlite');
    expect(startupDbPath(userData)).toBe(path.join(userData, 'park-space-desk.sqlite'));
    const other = path.join(userData, 'other.sqlite');
    writeSettings(userData, { lastDbPath: other });
    expect(startupDbPath(userData)).toBe(defaultDbPath(userData)); // remembered file missing → default
    writeFileSync(other, '');
    expect(startupDbPath(userData)).toBe(other);
  });

  it('keeps settings across writes and ignores junk', () => {
    writeSettings(userData, { locale: 'en' });
    expect(readSettings(userData)).toMatchObject({ locale: 'en', lastDbPath: path.join(userData, 'other.sqlite') });
    writeFileSync(path.join(userData, 'settings.json'), '{"lastDbPath": "relative.sqlite", "locale": "fr"}');
    expect(readSettings(userData)).toEqual({});
    writeFileSync(path.join(userData, 'settings.json'), 'not json');
    expect(readSettings(userData)).toEqual({});
  });

  it('uses the Electron copy of better-sqlite3 only when running unpackaged and it exists', () => {
    const appPath = mkdtempSync(path.join(os.tmpdir(), 'psd-app-'));
    try {
      expect(nativeBindingPath(appPath, false)).toBeUndefined();
      mkdirSync(path.join(appPath, '.native', 'electron'), { recursive: true });
      writeFileSync(path.join(appPath, '.native', 'electron', 'better_sqlite3.node'), '');
      expect(nativeBindingPath(appPath, false)).toBe(path.join(appPath, '.native', 'electron', 'better_sqlite3.node'));
      expect(nativeBindingPath(appPath, true)).toBeUndefined();
      // The read worker's bundle: used when built, else reads stay on the main thread.
      expect(readWorkerPath(appPath)).toBeUndefined();
      mkdirSync(path.join(appPath, 'dist', 'electron'), { recursive: true });
      writeFileSync(path.join(appPath, 'dist', 'electron', 'read-worker.cjs'), '');
      expect(readWorkerPath(appPath)).toBe(path.join(appPath, 'dist', 'electron', 'read-worker.cjs'));
    } finally {
      rmSync(appPath, { recursive: true, force: true });
    }
  });
});
