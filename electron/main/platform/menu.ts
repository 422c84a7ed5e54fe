// The application menu, in the interface language. The template is a pure function of its options so tests
// can check items and accelerators; `installMenu` hands it to Electron.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/contract';
import type { Locale } from '../../../shared/enums';
import { t } from './strings';

export interface MenuActions {
  newDatabase(): void;
  openDatabase(): void;
  saveDatabaseAs(): void;
  backupNow(): void;
  restoreBackup(): void;
  /** File > Open Survey Package… (survey mode) and Merge Survey… (choose a package, then the renderer's merge view). */
  openSurvey?(): void;
  mergeSurvey?(): void;
  /** Tells the renderer (a `menu` event); undo/redo, navigation and About are the renderer's to carry out. */
  command(command: MenuCommand): void;
  /** Switches the menu language and tells the renderer. */
  setLanguage(locale: Locale): void;
}

export interface MenuOptions {
  locale: Locale;
  isPackaged: boolean;
  isMac: boolean;
  actions: MenuActions;
}

export function buildMenuTemplate({ locale, isPackaged, isMac, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const L = (key: Parameters<typeof t>[1]) => t(locale, key);
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: L('appName'),
      submenu: [
        { id: 'mac-about', label: L('about'), click: () => actions.command('about') },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { id: 'mac-quit', role: 'quit', label: L('quit') },
      ],
    });
  }

  template.push({
    id: 'file',
    label: L('file'),
    submenu: [
      { id: 'file-new', label: L('newDb'), accelerator: 'CmdOrCtrl+N', click: () => actions.newDatabase() },
      { id: 'file-open', label: L('openDb'), accelerator: 'CmdOrCtrl+O', click: () => actions.openDatabase() },
      { id: 'file-save-as', label: L('saveDbAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveDatabaseAs() },
      { type: 'separator' },
      { id: 'file-backup', label: L('backupNow'), accelerator: 'CmdOrCtrl+B', click: () => actions.backupNow() },
      { id: 'file-restore', label: L('restoreBackup'), click: () => actions.restoreBackup() },
      { type: 'separator' },
      { id: 'file-export-report', label: L('exportReport'), accelerator: 'CmdOrCtrl+E', click: () => actions.command('sheets:export') },
      { id: 'file-import-sheet', label: L('importSheet'), accelerator: 'CmdOrCtrl+I', click: () => actions.command('sheets:import') },
      { id: 'file-import-template', label: L('downloadTemplate'), click: () => actions.command('sheets:template') },
      { id: 'file-prepare-survey', label: L('prepareSurvey'), click: () => actions.command('go:survey') },
      { id: 'file-open-survey', label: L('openSurvey'), click: () => actions.openSurvey?.() },
      { id: 'file-merge-survey', label: L('mergeSurvey'), click: () => actions.mergeSurvey?.() },
      ...(isMac
        ? []
        : [{ type: 'separator' } as const, { id: 'file-quit', role: 'quit', label: L('quit'), accelerator: 'Ctrl+Q' } as const]),
    ],
  });

  // Undo/redo keys: the renderer handles Ctrl+Z / Ctrl+Shift+Z itself (and leaves them to a text field being
  // typed in), so on Windows and Linux the menu only shows the keys (registerAccelerator: false) instead of
  // registering them a second time. macOS always routes key equivalents through the menu (the option is
  // ignored there), so the renderer's `undo`/`redo` menu commands must respect a focused text field too.
  template.push({
    id: 'edit',
    label: L('edit'),
    submenu: [
      { id: 'edit-undo', label: L('undo'), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.command('undo') },
      {
        id: 'edit-redo',
        label: L('redo'),
        accelerator: 'CmdOrCtrl+Shift+Z',
        registerAccelerator: false,
        click: () => actions.command('redo'),
      },
      { type: 'separator' },
      { id: 'edit-cut', role: 'cut', label: L('cut') },
      { id: 'edit-copy', role: 'copy', label: L('copy') },
      { id: 'edit-paste', role: 'paste', label: L('paste') },
      { id: 'edit-select-all', role: 'selectAll', label: L('selectAll') },
    ],
  });

  const devItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { type: 'separator' },
        { id: 'view-reload', role: 'reload', label: L('reload') },
        { id: 'view-devtools', role: 'toggleDevTools', label: L('devTools') },
      ];
  template.push({
    id: 'view',
    label: L('view'),
    submenu: [
      { id: 'view-dashboard', label: L('dashboard'), accelerator: 'CmdOrCtrl+1', click: () => actions.command('go:dashboard') },
      { id: 'view-inventory', label: L('inventory'), accelerator: 'CmdOrCtrl+2', click: () => actions.command('go:inventory') },
      { id: 'view-map', label: L('map'), accelerator: 'CmdOrCtrl+3', click: () => actions.command('go:map') },
      { id: 'view-survey', label: L('survey'), accelerator: 'CmdOrCtrl+4', click: () => actions.command('go:survey') },
      { id: 'view-pipeline', label: L('pipeline'), accelerator: 'CmdOrCtrl+5', click: () => actions.command('go:pipeline') },
      { type: 'separator' },
      {
        id: 'view-language',
        label: `${L('language')} / ${locale === 'en' ? '语言' : 'Language'}`,
        submenu: [
          { id: 'language-zh-CN', label: '中文', type: 'radio', checked: locale === 'zh-CN', click: () => actions.setLanguage('zh-CN') },
          { id: 'language-en', label: 'English', type: 'radio', checked: locale === 'en', click: () => actions.setLanguage('en') },
        ],
      },
      ...devItems,
    ],
  });

  template.push({
    id: 'help',
    role: 'help',
    label: L('help'),
    submenu: [{ id: 'help-about', label: L('about'), click: () => actions.command('about') }],
  });

  return template;
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
