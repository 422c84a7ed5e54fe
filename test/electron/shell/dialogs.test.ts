// Native dialogs say what happened in the user's language, with every {placeholder} filled: the errors main really
// throws (an internal failure's text, a delete's dependents, a newer schema) and the shell's own texts, in both
// languages. Electron's dialog module is the fake; the texts are what the user would read in the message box.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APPLICATION_ID } from '../../../electron/main/db/connection';
import { SCHEMA_VERSION } from '../../../electron/main/db/migrations';
import { createFileActions } from '../../../electron/main/platform/file-actions';
import { confirmRestore, showError, showInfo } from '../../../electron/main/platform/dialogs';
import { SHELL_STRINGS, t } from '../../../electron/main/platform/strings';
import { Session } from '../../../electron/main/session';
import { LOCALES, type Locale } from '../../../shared/enums';
import { AppError } from '../../../shared/errors';
import * as fake from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

interface Box {
  type?: string;
  title?: string;
  message: string;
  detail?: string;
  buttons?: string[];
}

/** Every text of the last message box, as the user reads it. */
function lastBox(): Box {
  const call = fake.dialog.showMessageBox.mock.calls.at(-1) as unknown as [Box] | undefined;
  if (!call) throw new Error('no message box was shown');
  return call[0];
}
const textsOf = (box: Box) => [box.title ?? '', box.message, box.detail ?? '', ...(box.buttons ?? [])];
const PLACEHOLDER = /\{\w+\}/;

beforeEach(() => vi.clearAllMocks());

describe('error dialogs', () => {
  const cases: { name: string; err: unknown; expected: Record<Locale, string> }[] = [
    {
      name: 'an internal failure shows its text',
      err: new AppError('internal', 'Backup to /x/y.sqlite failed: disk full'),
      expected: {
        en: 'Internal error: Backup to /x/y.sqlite failed: disk full',
        'zh-CN': '内部错误：Backup to /x/y.sqlite failed: disk full',
      },
    },
    {
      name: 'a refused delete lists what depends on it',
      err: new AppError('has_dependents', 'building b has dependent rows', { counts: { unit: 2, lease: 1 } }),
      expected: { en: 'Cannot delete: 2 units, 1 lease still depend on it', 'zh-CN': '无法删除：仍有 2 个单元、1 个租约 关联' },
    },
    {
      name: 'a newer database names both schema versions',
      err: new AppError('database_newer', 'schema 9 is newer', { found: 9, supported: 2 }),
      expected: {
        en: 'This database was written by a newer version (schema 9, this app supports 2); please update the app',
        'zh-CN': '该数据库由更新版本的程序创建（版本 9，本程序支持 2），请升级程序',
      },
    },
    {
      name: 'a plain exception shows its text as an internal error',
      err: new Error('SQLITE_FULL: database or disk is full'),
      expected: { en: 'Internal error: SQLITE_FULL: database or disk is full', 'zh-CN': '内部错误：SQLITE_FULL: database or disk is full' },
    },
  ];

  for (const locale of LOCALES) {
    it.each(cases)(`${locale}: $name`, async ({ err, expected }) => {
      await showError(null, locale, err);
      const box = lastBox();
      expect(box.type).toBe('error');
      expect(box.detail).toBe(expected[locale]);
      for (const text of textsOf(box)) expect(text).not.toMatch(PLACEHOLDER);
    });
  }
});

describe('shell texts', () => {
  it.each(LOCALES)('%s: confirm and info boxes are filled in', async (locale) => {
    await confirmRestore(null, locale, 'park-2026-01-01.sqlite');
    const confirm = lastBox();
    expect(confirm.message).toContain('park-2026-01-01.sqlite');
    await showInfo(null, locale, t(locale, 'backupDone', { file: 'b.sqlite' }));
    expect(lastBox().message).toContain('b.sqlite');
    for (const text of [...textsOf(confirm), ...textsOf(lastBox())]) expect(text).not.toMatch(PLACEHOLDER);
  });

  it('every shell text with placeholders is filled by t() in both languages', () => {
    for (const key of Object.keys(SHELL_STRINGS) as (keyof typeof SHELL_STRINGS)[]) {
      for (const locale of LOCALES) {
        const names = [...SHELL_STRINGS[key][locale].matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
        const filled = t(locale, key, Object.fromEntries(names.map((n) => [n, `<${n}>`])));
        expect(filled, `${locale} ${key}`).not.toMatch(PLACEHOLDER);
        for (const n of names) expect(filled).toContain(`<${n}>`);
      }
    }
  });
});

describe('a real failure from the File menu', () => {
  let dir = '';
  let session: Session;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'psd-dialogs-'));
    session = new Session({ dbPath: path.join(dir, 'park.sqlite'), transport: 'electron', appVersion: '0.0.0-test' });
  });
  afterEach(() => {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(LOCALES)('%s: opening a database from a newer version says so, with both versions', async (locale) => {
    const newer = path.join(dir, 'newer.sqlite');
    const db = new Database(newer);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [newer] });
    await createFileActions({ session, window: () => null, locale: () => locale, remember: () => undefined }).openDatabase();
    expect(session.dbPath).toBe(path.join(dir, 'park.sqlite'));
    const box = lastBox();
    expect(box.detail).toContain(String(SCHEMA_VERSION + 5));
    expect(box.detail).toContain(String(SCHEMA_VERSION));
    expect(box.detail).toContain(locale === 'en' ? 'newer version' : '更新版本');
    for (const text of textsOf(box)) expect(text).not.toMatch(PLACEHOLDER);
  });
});
