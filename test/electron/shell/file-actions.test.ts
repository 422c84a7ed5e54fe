// File menu actions end to end on real files, with Electron's dialogs replaced by the fake.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileActions } from '../../../electron/main/platform/file-actions';
import { createBackup, listBackups } from '../../../electron/main/services/backup';
import { Session } from '../../../electron/main/session';
import * as fake from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

let dir = '';
let session: Session;
let remembered: string[] = [];
let events: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-file-actions-'));
  session = new Session({ dbPath: path.join(dir, 'park.sqlite'), transport: 'electron', appVersion: '0.0.0-test' });
  remembered = [];
  events = [];
  session.onEvent((name, payload) => events.push(`${name}:${JSON.stringify(payload)}`));
  vi.clearAllMocks();
});
afterEach(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

const actions = () => createFileActions({ session, window: () => null, locale: () => 'en', remember: (file) => remembered.push(file) });

const addZone = (code: string) =>
  session.db
    .prepare(
      `INSERT INTO zone (id, created_at, updated_at, version, code, name_zh, name_en, kind, boundary)
     VALUES (?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1, ?, ?, ?, 'core', NULL)`,
    )
    .run(`00000000-0000-7000-a000-${code.padStart(12, '0')}`, code, code, code);
const zoneCount = () => (session.db.prepare('SELECT count(*) AS n FROM zone').get() as { n: number }).n;

describe('File menu actions', () => {
  it('New creates and opens a fresh database (adding .sqlite) and remembers it', async () => {
    addZone('1');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'fresh') });
    await actions().newDatabase();
    expect(session.dbPath).toBe(path.join(dir, 'fresh.sqlite'));
    expect(zoneCount()).toBe(0);
    expect(remembered).toEqual([path.join(dir, 'fresh.sqlite')]);
    expect(events).toContain('data-changed:{"reason":"open"}');
  });

  it('New refuses to replace the database that is open', async () => {
    addZone('1');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: session.dbPath });
    await actions().newDatabase();
    expect(zoneCount()).toBe(1);
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(remembered).toEqual([]);
  });

  it('Save as copies the data to the chosen file and switches to it', async () => {
    addZone('1');
    addZone('2');
    const target = path.join(dir, 'copy.sqlite');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await actions().saveDatabaseAs();
    expect(session.dbPath).toBe(target);
    expect(zoneCount()).toBe(2);
    expect(existsSync(path.join(dir, 'park.sqlite'))).toBe(true);
  });

  it('Open shows a localised error for a file that is not a database and keeps the current one', async () => {
    const junk = path.join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database '.repeat(100));
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [junk] });
    await actions().openDatabase();
    expect(session.dbPath).toBe(path.join(dir, 'park.sqlite'));
    const box = fake.dialog.showMessageBox.mock.calls[0] as unknown as [{ type: string; detail: string }] | undefined;
    expect(box?.[0].type).toBe('error');
    expect(box?.[0].detail).toBe('Not a Park Space Desk database file');
  });

  it('Back up now writes a manual backup and tells the renderer', async () => {
    addZone('1');
    await actions().backupNow();
    expect(listBackups(session.backupDir).map((b) => b.reason)).toEqual(['manual']);
    expect(events).toContain('menu:{"command":"backup-done"}');
  });

  it('Restore asks first, refuses files outside the backups folder, then restores', async () => {
    addZone('1');
    const saved = await createBackup(session, 'manual');
    addZone('2');
    const a = actions();

    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(dir, 'park.sqlite')] });
    await a.restoreBackup();
    expect(zoneCount()).toBe(2);

    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(session.backupDir, saved.file)] });
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 }); // Cancel
    await a.restoreBackup();
    expect(zoneCount()).toBe(2);

    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(session.backupDir, saved.file)] });
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 }); // Restore
    await a.restoreBackup();
    expect(zoneCount()).toBe(1);
    expect(listBackups(session.backupDir).some((b) => b.reason === 'restore')).toBe(true);
  });
});
