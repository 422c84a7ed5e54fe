// The application menu: items, accelerators, what each click does, both languages.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/contract';
import { buildMenuTemplate, installMenu, type MenuActions } from '../../../electron/main/platform/menu';
import { localeFromSystem, localeFromTitle, SHELL_STRINGS } from '../../../electron/main/platform/strings';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';
import * as fake from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

function actions(): MenuActions & { [K in keyof MenuActions]: ReturnType<typeof vi.fn> } {
  return {
    newDatabase: vi.fn(),
    openDatabase: vi.fn(),
    saveDatabaseAs: vi.fn(),
    backupNow: vi.fn(),
    restoreBackup: vi.fn(),
    command: vi.fn(),
    setLanguage: vi.fn(),
  };
}

/** All items by id, flattened. */
function byId(template: MenuItemConstructorOptions[]): Map<string, MenuItemConstructorOptions> {
  const out = new Map<string, MenuItemConstructorOptions>();
  const walk = (items: MenuItemConstructorOptions[]) => {
    for (const item of items) {
      if (item.id) out.set(item.id, item);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    }
  };
  walk(template);
  return out;
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as (() => void) | undefined)?.();

describe('application menu', () => {
  it('has File, Edit, View and Help with the expected items and accelerators', () => {
    const a = actions();
    const template = buildMenuTemplate({ locale: 'en', isPackaged: true, isMac: false, actions: a });
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const items = byId(template);
    const expectations: [string, string | undefined][] = [
      ['file-new', 'CmdOrCtrl+N'],
      ['file-open', 'CmdOrCtrl+O'],
      ['file-save-as', 'CmdOrCtrl+Shift+S'],
      ['file-backup', 'CmdOrCtrl+B'],
      ['file-restore', undefined],
      ['file-quit', 'Ctrl+Q'],
      ['edit-undo', 'CmdOrCtrl+Z'],
      ['edit-redo', 'CmdOrCtrl+Shift+Z'],
      ['view-dashboard', 'CmdOrCtrl+1'],
      ['view-inventory', 'CmdOrCtrl+2'],
      ['view-map', 'CmdOrCtrl+3'],
      ['view-survey', 'CmdOrCtrl+4'],
      ['view-pipeline', 'CmdOrCtrl+5'],
    ];
    for (const [id, accelerator] of expectations) {
      expect(items.has(id), id).toBe(true);
      expect(items.get(id)?.accelerator, id).toBe(accelerator);
    }
    expect(items.get('file-quit')?.role).toBe('quit');
    // The renderer's own key handler does undo/redo (and leaves them to text fields); the menu must not fire twice.
    expect(items.get('edit-undo')?.registerAccelerator).toBe(false);
    expect(items.get('edit-redo')?.registerAccelerator).toBe(false);
    for (const [id, role] of [
      ['edit-cut', 'cut'],
      ['edit-copy', 'copy'],
      ['edit-paste', 'paste'],
      ['edit-select-all', 'selectAll'],
    ]) {
      expect(items.get(id!)?.role, id).toBe(role);
    }
    expect(items.has('help-about')).toBe(true);
    expect(items.has('language-zh-CN') && items.has('language-en')).toBe(true);
  });

  it('clicks call the right action; undo/redo/about/navigation become menu commands', () => {
    const a = actions();
    const items = byId(buildMenuTemplate({ locale: 'en', isPackaged: true, isMac: false, actions: a }));
    click(items.get('file-new'));
    click(items.get('file-open'));
    click(items.get('file-save-as'));
    click(items.get('file-backup'));
    click(items.get('file-restore'));
    for (const fn of [a.newDatabase, a.openDatabase, a.saveDatabaseAs, a.backupNow, a.restoreBackup]) expect(fn).toHaveBeenCalledTimes(1);
    for (const id of [
      'edit-undo',
      'edit-redo',
      'help-about',
      'view-dashboard',
      'view-inventory',
      'view-map',
      'view-survey',
      'view-pipeline',
    ])
      click(items.get(id));
    expect(a.command.mock.calls.map((c) => c[0])).toEqual([
      'undo',
      'redo',
      'about',
      'go:dashboard',
      'go:inventory',
      'go:map',
      'go:survey',
      'go:pipeline',
    ]);
    for (const [command] of a.command.mock.calls) expect(MENU_COMMANDS).toContain(command);
    click(items.get('language-en'));
    click(items.get('language-zh-CN'));
    expect(a.setLanguage.mock.calls).toEqual([['en'], ['zh-CN']]);
  });

  it('offers reload and developer tools only when not packaged', () => {
    const packaged = byId(buildMenuTemplate({ locale: 'en', isPackaged: true, isMac: false, actions: actions() }));
    expect(packaged.has('view-reload') || packaged.has('view-devtools')).toBe(false);
    const dev = byId(buildMenuTemplate({ locale: 'en', isPackaged: false, isMac: false, actions: actions() }));
    expect(dev.get('view-devtools')?.role).toBe('toggleDevTools');
    expect(dev.get('view-reload')?.role).toBe('reload');
  });

  it('is labelled in Chinese or English and checks the current language', () => {
    const zh = buildMenuTemplate({ locale: 'zh-CN', isPackaged: true, isMac: false, actions: actions() });
    expect(zh.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const zhItems = byId(zh);
    expect(zhItems.get('edit-undo')?.label).toBe('撤销');
    expect(zhItems.get('language-zh-CN')?.checked).toBe(true);
    expect(zhItems.get('language-en')?.checked).toBe(false);
    const enItems = byId(buildMenuTemplate({ locale: 'en', isPackaged: true, isMac: false, actions: actions() }));
    expect(enItems.get('language-en')?.checked).toBe(true);
    for (const [key, text] of Object.entries(SHELL_STRINGS)) {
      expect(text['zh-CN'].length, key).toBeGreaterThan(0);
      expect(text.en.length, key).toBeGreaterThan(0);
    }
    expect(localeFromSystem('zh-Hans-CN')).toBe('zh-CN');
    // The page title (the renderer's app.name) tells main which language the UI shows.
    expect(SHELL_STRINGS.appName['zh-CN']).toBe(zhCN['app.name']);
    expect(SHELL_STRINGS.appName.en).toBe(en['app.name']);
    expect(localeFromTitle(zhCN['app.name'])).toBe('zh-CN');
    expect(localeFromTitle(en['app.name'])).toBe('en');
    expect(localeFromTitle('Untitled')).toBeNull();
    expect(localeFromSystem('en-GB')).toBe('en');
  });

  it('on macOS puts About and Quit in the app menu', () => {
    const template = buildMenuTemplate({ locale: 'en', isPackaged: true, isMac: true, actions: actions() });
    expect(template).toHaveLength(5);
    const items = byId(template);
    expect(items.get('mac-quit')?.role).toBe('quit');
    expect(items.has('file-quit')).toBe(false);
    expect(items.get('edit-undo')?.accelerator).toBe('CmdOrCtrl+Z');
  });

  it('installs the built menu as the application menu', () => {
    installMenu({ locale: 'en', isPackaged: true, isMac: false, actions: actions() });
    expect(fake.Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(fake.Menu.buildFromTemplate.mock.results[0]?.value);
  });
});
