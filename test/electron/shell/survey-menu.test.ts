// The File menu's survey items: labels in both languages and what each click asks for.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/platform/menu';

vi.mock('electron', () => import('./electron-fake'));

const fileItems = (locale: 'en' | 'zh-CN', actions: Parameters<typeof buildMenuTemplate>[0]['actions']) =>
  buildMenuTemplate({ locale, isPackaged: true, isMac: false, actions })[0]?.submenu as MenuItemConstructorOptions[];

describe('survey menu items', () => {
  it('prepare goes to the survey screen; open and merge call their actions', () => {
    const a = {
      newDatabase: vi.fn(),
      openDatabase: vi.fn(),
      saveDatabaseAs: vi.fn(),
      backupNow: vi.fn(),
      restoreBackup: vi.fn(),
      command: vi.fn(),
      setLanguage: vi.fn(),
      openSurvey: vi.fn(),
      mergeSurvey: vi.fn(),
    };
    const items = new Map(
      fileItems('en', a)
        .filter((i) => i.id)
        .map((i) => [i.id as string, i]),
    );
    expect(['file-prepare-survey', 'file-open-survey', 'file-merge-survey'].map((id) => items.get(id)?.label)).toEqual([
      'Prepare Survey…',
      'Open Survey Package…',
      'Merge Survey…',
    ]);
    for (const id of ['file-prepare-survey', 'file-open-survey', 'file-merge-survey']) (items.get(id)?.click as unknown as () => void)();
    expect(a.command.mock.calls).toEqual([['go:survey']]);
    expect([a.openSurvey.mock.calls.length, a.mergeSurvey.mock.calls.length]).toEqual([1, 1]);
    const zh = fileItems('zh-CN', a).find((i) => i.id === 'file-merge-survey');
    expect(zh?.label).toBe('合并现场核查…');
  });
});
