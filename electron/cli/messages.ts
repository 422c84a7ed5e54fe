// The command line's own texts in both interface languages. Text output follows LC_ALL / LC_MESSAGES / LANG
// (zh… → Simplified Chinese); --json output always carries the English message plus stable codes.
import type { Locale } from '../../shared/enums';
import { interpolate } from '../../shared/messages';

export const CLI_MESSAGES = {
  no_command: { 'zh-CN': '缺少命令（可用：sample、check、backup；--help 查看帮助）', en: 'no command given (sample, check or backup; try --help)' },
  unknown_command: { 'zh-CN': '未知命令 "{name}"（可用：sample、check、backup）', en: 'unknown command "{name}" (try sample, check or backup)' },
  unknown_option: { 'zh-CN': '{command} 不支持选项 {option}', en: 'unknown option {option} for {command}' },
  missing_value: { 'zh-CN': '选项 {option} 需要一个值', en: 'option {option} needs a value' },
  missing_option: { 'zh-CN': '{command} 需要 {option}', en: '{command} needs {option}' },
  unexpected_argument: { 'zh-CN': '多余的参数 "{arg}"', en: 'unexpected argument "{arg}"' },
  no_folder: { 'zh-CN': '文件夹不存在：{path}', en: 'folder does not exist: {path}' },
  is_folder: { 'zh-CN': '这是一个文件夹，不是数据库文件：{path}', en: 'this is a folder, not a database file: {path}' },
  file_missing: { 'zh-CN': '文件不存在：{path}', en: 'no such file: {path}' },
  file_exists: { 'zh-CN': '文件已存在：{path}（加 --force 覆盖）', en: 'file already exists: {path} (add --force to replace it)' },
  same_file: { 'zh-CN': '备份文件不能是数据库本身', en: 'the backup cannot be the database file itself' },
  schema_old: {
    'zh-CN': '该数据库结构版本为 {found}，早于本程序的 {supported}；请先用本程序打开以升级',
    en: 'this database has schema {found}, older than this app ({supported}); open it in the app once to upgrade it',
  },
  not_ours: { 'zh-CN': '不是园区空间数据库文件：{path}', en: 'not a Park Space Desk database file: {path}' },
  sample_done: {
    'zh-CN': '已创建{size}示例数据库 {path}：{counts}，用时 {seconds} 秒',
    en: 'created the {size} sample district in {path}: {counts} in {seconds} s',
  },
  size_standard: { 'zh-CN': '标准', en: 'standard' },
  size_large: { 'zh-CN': '大型', en: 'large' },
  check_clean: { 'zh-CN': '未发现问题：{path}（用时 {seconds} 秒）', en: 'no problems in {path} (checked in {seconds} s)' },
  check_found: { 'zh-CN': '{path} 中发现 {count} 个问题（用时 {seconds} 秒）', en: '{count} problem(s) in {path} (checked in {seconds} s)' },
  backup_done: {
    'zh-CN': '已将 {path} 备份到 {out}（{bytes} 字节，用时 {seconds} 秒）',
    en: 'backed up {path} to {out} ({bytes} bytes in {seconds} s)',
  },
  progress: { 'zh-CN': '正在生成示例数据… {percent}%', en: 'generating the sample district… {percent}%' },
} as const satisfies Record<string, Record<Locale, string>>;

export type CliMessage = keyof typeof CLI_MESSAGES;

export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function say(key: CliMessage, locale: Locale, params: Record<string, string | number> = {}): string {
  return interpolate(CLI_MESSAGES[key][locale], params);
}

export const HELP: Record<Locale, string> = {
  en: `Park Space Desk command line

usage: park-space-desk <command> [options]     (or: npm run cli -- <command> [options])

commands:
  sample --db PATH [--large] [--force]   create a database with the sample district
                                         (--large: 2,000 buildings, 100,000 units, 150,000 leases;
                                          an existing file is refused unless --force)
  check --db PATH                        integrity, foreign-key and validation checks over every row;
                                         exit status 1 when problems are found (the file is opened read-only)
  backup --db PATH --out FILE [--force]  consistent copy of the database, also while the app is using it

every command takes --json (machine-readable output) and --help.
exit status: 0 done, 1 problems found (check), 2 bad input or failure (one line on stderr).`,
  'zh-CN': `园区空间台账 命令行

用法：park-space-desk <命令> [选项]     （或：npm run cli -- <命令> [选项]）

命令：
  sample --db 路径 [--large] [--force]   创建含示例片区数据的数据库
                                         （--large：2,000 栋楼宇、100,000 个单元、150,000 条租约；
                                          文件已存在时拒绝，除非加 --force）
  check --db 路径                        对全部记录做完整性、外键和校验规则检查；
                                         发现问题时退出码为 1（以只读方式打开文件）
  backup --db 路径 --out 文件 [--force]  数据库的一致性副本，程序正在使用时也可以备份

所有命令都支持 --json（机器可读输出）和 --help。
退出码：0 完成，1 发现问题（check），2 输入有误或失败（stderr 输出一行原因）。`,
};
