// electron/main/index.ts start-up with Electron replaced: single-instance lock, scheme registered before ready,
// the session on the user-data database, IPC, menu, the window, the daily backup; and the second-instance focus.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract';
import * as fake from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const userData = mkdtempSync(path.join(os.tmpdir(), 'psd-main-'));
const appPath = path.join(userData, 'app');
mkdirSync(appPath);
afterAll(() => {
  for (const listener of fake.app.listeners.get('will-quit') ?? []) listener();
  rmSync(userData, { recursive: true, force: true });
});

let ready: () => void = () => undefined;
fake.app.getPath.mockImplementation((name: string) => (name === 'userData' ? userData : '/nonexistent'));
fake.app.getAppPath.mockReturnValue(appPath);
fake.app.whenReady.mockImplementation(
  () =>
    new Promise<void>((resolve) => {
      ready = resolve;
    }),
);

await import('../../../electron/main/index');

describe('main process lifecycle', () => {
  it('registers the app scheme and takes the single-instance lock before ready', () => {
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    for (const event of ['second-instance', 'web-contents-created', 'window-all-closed', 'will-quit']) {
      expect(fake.app.listeners.has(event), event).toBe(true);
    }
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('on ready opens the user-data database, serves app://, registers every channel, builds the menu and the window', async () => {
    ready();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1), { timeout: 30_000, interval: 20 });
    expect(existsSync(path.join(userData, 'park-space-desk.sqlite'))).toBe(true);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const win = fake.BrowserWindow.instances[0]!;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs.preload).toBe(path.join(appPath, 'dist', 'electron', 'preload.cjs'));
    expect(win.loadURL).toHaveBeenCalledWith('app://park/index.html');
  });

  it('a second instance focuses the existing window', () => {
    const win = fake.BrowserWindow.instances[0]!;
    win.isMinimized.mockReturnValueOnce(true);
    for (const listener of fake.app.listeners.get('second-instance') ?? []) listener();
    expect(win.restore).toHaveBeenCalledTimes(1);
    expect(win.focus).toHaveBeenCalledTimes(1);
  });

  it('hardens every web contents created later', () => {
    const contents = new fake.FakeWebContents();
    for (const listener of fake.app.listeners.get('web-contents-created') ?? []) listener({}, contents);
    expect(contents.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('language chosen from the menu is remembered and the menu rebuilt', async () => {
    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { id?: string; submenu?: unknown }[];
    const find = (items: { id?: string; submenu?: unknown; click?: () => void }[], id: string): { click?: () => void } | undefined => {
      for (const item of items) {
        if (item.id === id) return item;
        if (Array.isArray(item.submenu)) {
          const hit = find(item.submenu as { id?: string }[], id);
          if (hit) return hit;
        }
      }
      return undefined;
    };
    find(template, 'language-zh-CN')?.click?.();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    const rebuilt = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { label?: string }[];
    expect(rebuilt[0]?.label).toBe('文件');
    const { readSettings } = await import('../../../electron/main/platform/paths');
    expect(readSettings(userData)).toMatchObject({ locale: 'zh-CN', lastDbPath: path.join(userData, 'park-space-desk.sqlite') });
  });
});

describe('menu language follows the UI', () => {
  it('a page title in the other language relabels the menu', () => {
    const win = fake.BrowserWindow.instances[0]!;
    const onTitle = win.on.mock.calls.find((c) => c[0] === 'page-title-updated')?.[1] as (e: unknown, title: string) => void;
    const before = fake.Menu.setApplicationMenu.mock.calls.length;
    onTitle({}, 'Park Space Desk');
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(before + 1);
    expect((fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { label?: string }[])[0]?.label).toBe('File');
    onTitle({}, 'Park Space Desk'); // same language: nothing to rebuild
    onTitle({}, 'Some other title');
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(before + 1);
  });
});
