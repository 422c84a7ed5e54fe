// Texts of the native menu and dialogs, in both interface languages.
import { LOCALES, type Locale } from '../../../shared/enums';
import { interpolate } from '../../../shared/messages';

export const SHELL_STRINGS = {
  file: { 'zh-CN': '文件', en: 'File' },
  newDb: { 'zh-CN': '新建数据库…', en: 'New Database…' },
  openDb: { 'zh-CN': '打开数据库…', en: 'Open Database…' },
  saveDbAs: { 'zh-CN': '数据库另存为…', en: 'Save Database As…' },
  backupNow: { 'zh-CN': '立即备份', en: 'Back Up Now' },
  restoreBackup: { 'zh-CN': '从备份恢复…', en: 'Restore Backup…' },
  exportReport: { 'zh-CN': '导出楼宇空间报表…', en: 'Export Floor-Space Report…' },
  importSheet: { 'zh-CN': '导入电子表格…', en: 'Import Spreadsheet…' },
  downloadTemplate: { 'zh-CN': '下载导入模板…', en: 'Download Import Template…' },
  filterSheet: { 'zh-CN': '电子表格（Excel、CSV）', en: 'Spreadsheets (Excel, CSV)' },
  importTitle: { 'zh-CN': '选择要导入的电子表格', en: 'Choose a spreadsheet to import' },
  saveSheetTitle: { 'zh-CN': '保存电子表格', en: 'Save spreadsheet' },
  prepareSurvey: { 'zh-CN': '准备现场核查…', en: 'Prepare Survey…' },
  openSurvey: { 'zh-CN': '打开现场核查包…', en: 'Open Survey Package…' },
  mergeSurvey: { 'zh-CN': '合并现场核查…', en: 'Merge Survey…' },
  openSurveyTitle: {
    'zh-CN': '打开现场核查包（现场核查模式，不打开办公室数据库）',
    en: 'Open a survey package (survey mode: the office database is not opened)',
  },
  mergeSurveyTitle: { 'zh-CN': '选择要合并的现场核查包', en: 'Choose the survey package to merge' },
  filterSurvey: { 'zh-CN': '现场核查包', en: 'Survey packages' },
  quit: { 'zh-CN': '退出', en: 'Quit' },
  edit: { 'zh-CN': '编辑', en: 'Edit' },
  undo: { 'zh-CN': '撤销', en: 'Undo' },
  redo: { 'zh-CN': '重做', en: 'Redo' },
  cut: { 'zh-CN': '剪切', en: 'Cut' },
  copy: { 'zh-CN': '复制', en: 'Copy' },
  paste: { 'zh-CN': '粘贴', en: 'Paste' },
  selectAll: { 'zh-CN': '全选', en: 'Select All' },
  view: { 'zh-CN': '视图', en: 'View' },
  language: { 'zh-CN': '语言', en: 'Language' },
  dashboard: { 'zh-CN': '总览', en: 'Dashboard' },
  inventory: { 'zh-CN': '空间台账', en: 'Inventory' },
  map: { 'zh-CN': '地图', en: 'Map' },
  survey: { 'zh-CN': '现场核查', en: 'Survey' },
  pipeline: { 'zh-CN': '招商', en: 'Attraction' },
  reload: { 'zh-CN': '重新加载', en: 'Reload' },
  devTools: { 'zh-CN': '开发者工具', en: 'Developer Tools' },
  help: { 'zh-CN': '帮助', en: 'Help' },
  about: { 'zh-CN': '关于园区空间台账', en: 'About Park Space Desk' },
  /** Must equal the renderer's `app.name` in each language (tested): the page title tells main the UI language. */
  appName: { 'zh-CN': '园区空间台账', en: 'Park Space Desk' },
  filterDb: { 'zh-CN': '园区空间数据库', en: 'Park Space Desk database' },
  newDbTitle: { 'zh-CN': '新建数据库', en: 'New database' },
  openDbTitle: { 'zh-CN': '打开数据库', en: 'Open database' },
  saveAsTitle: { 'zh-CN': '数据库另存为', en: 'Save database as' },
  restoreTitle: { 'zh-CN': '选择要恢复的备份', en: 'Choose a backup to restore' },
  confirmRestore: {
    'zh-CN': '用备份 {file} 替换当前数据库？当前数据会先另行备份。',
    en: 'Replace the current database with backup {file}? The current data is backed up first.',
  },
  restoreButton: { 'zh-CN': '恢复', en: 'Restore' },
  cancelButton: { 'zh-CN': '取消', en: 'Cancel' },
  okButton: { 'zh-CN': '确定', en: 'OK' },
  notInBackupDir: {
    'zh-CN': '请从备份文件夹中选择一个备份文件。要打开其他数据库文件，请使用“打开数据库”。',
    en: 'Choose a backup file in the backups folder. To open another database file, use Open Database.',
  },
  sameFile: { 'zh-CN': '不能替换当前打开的数据库文件。', en: 'The database that is open now cannot be replaced.' },
  backupDone: { 'zh-CN': '已备份到 {file}', en: 'Backed up to {file}' },
  failed: { 'zh-CN': '操作未完成', en: 'The operation did not complete' },
  startFailed: { 'zh-CN': '无法打开数据库', en: 'The database could not be opened' },
  lockedTitle: { 'zh-CN': '数据库正被另一个程序使用', en: 'The database is in use by another program' },
  openReadOnlyButton: { 'zh-CN': '以只读方式打开', en: 'Open Read-Only' },
} satisfies Record<string, Record<Locale, string>>;

export type ShellStringKey = keyof typeof SHELL_STRINGS;

export function t(locale: Locale, key: ShellStringKey, params: Record<string, string> = {}): string {
  return interpolate(SHELL_STRINGS[key][locale], params);
}

/**
 * The interface language a page title reveals: the renderer titles the page with its app name in the current
 * language, so main can follow a language switch made inside the UI without an extra IPC channel.
 */
export function localeFromTitle(title: string): Locale | null {
  for (const locale of LOCALES) if (title.trim() === SHELL_STRINGS.appName[locale]) return locale;
  return null;
}

/** The interface language for an OS locale such as `zh-CN`, `zh-Hans-CN`, `en-US`. */
export function localeFromSystem(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
