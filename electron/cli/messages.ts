// The command line's own texts in both interface languages. Text output follows LC_ALL / LC_MESSAGES / LANG
// (zh… → Simplified Chinese); --json output always carries the English message plus stable codes.
import type { Locale } from '../../shared/enums';
import { interpolate } from '../../shared/messages';
import { SURVEY_CLI_MESSAGES } from './survey-messages';

export const CLI_MESSAGES = {
  no_command: {
    'zh-CN': '缺少命令（可用：sample、check、backup、rollup、survey-prepare、survey-merge；--help 查看帮助）',
    en: 'no command given (sample, check, backup, rollup, survey-prepare or survey-merge; try --help)',
  },
  unknown_command: {
    'zh-CN': '未知命令 "{name}"（可用：sample、check、backup、rollup、survey-prepare、survey-merge）',
    en: 'unknown command "{name}" (try sample, check, backup, rollup, survey-prepare or survey-merge)',
  },
  unknown_option: { 'zh-CN': '{command} 不支持选项 {option}', en: 'unknown option {option} for {command}' },
  missing_value: { 'zh-CN': '选项 {option} 需要一个值', en: 'option {option} needs a value' },
  missing_option: { 'zh-CN': '{command} 需要 {option}', en: '{command} needs {option}' },
  bad_date: { 'zh-CN': '{option} 不是有效日期："{value}"（格式为 YYYY-MM-DD）', en: '{option} is not a valid date: "{value}" (use YYYY-MM-DD)' },
  bad_choice: { 'zh-CN': '{option} 的值 "{value}" 无效（可选：{choices}）', en: 'invalid value "{value}" for {option} (choose {choices})' },
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
  rollup_title: { 'zh-CN': '截至 {date} 的空间台账（按{by}汇总）：{path}', en: 'Space at {date}, by {by}: {path}' },
  area: { 'zh-CN': '{n} 平方米', en: '{n} m²' },
  area_note: { 'zh-CN': '面积单位：平方米', en: 'areas in m²' },
  provided_of_target: {
    'zh-CN': '{area}，目标 {target}（完成 {progress}，{due} 到期；{gap}）',
    en: '{area} of the {target} target ({progress}, due {due}; {gap})',
  },
  gap_short: { 'zh-CN': '尚差 {area}', en: '{area} to go' },
  gap_above: { 'zh-CN': '超出 {area}', en: '{area} above' },
  no_space_target: { 'zh-CN': '{area}（无空间目标）', en: '{area} (no space target)' },
  firms_of_target: { 'zh-CN': '{count} 家，目标 {target} 家（完成 {progress}，{due} 到期）', en: '{count} of the {target} target ({progress}, due {due})' },
  firms_count: { 'zh-CN': '{count} 家（无企业目标）', en: '{count} (no firms target)' },
  fig_provided: { 'zh-CN': '已提供', en: 'Provided' },
  fig_leased: { 'zh-CN': '已出租', en: 'Leased' },
  fig_reserved: { 'zh-CN': '已预留', en: 'Reserved' },
  fig_available: { 'zh-CN': '可出租', en: 'Available' },
  fig_out_of_service: { 'zh-CN': '停用', en: 'Out of service' },
  fig_pipeline: { 'zh-CN': '在建未交付', en: 'Pipeline' },
  fig_pre_let: { 'zh-CN': '预租', en: 'Pre-let' },
  fig_occupancy: { 'zh-CN': '出租率', en: 'Occupancy' },
  fig_new_firms: { 'zh-CN': '新增企业', en: 'New firms' },
  by_zone: { 'zh-CN': '片区', en: 'zone' },
  by_park: { 'zh-CN': '园区', en: 'park' },
  by_building: { 'zh-CN': '楼宇', en: 'building' },
  by_floor: { 'zh-CN': '楼层', en: 'floor' },
  by_use: { 'zh-CN': '用途', en: 'use' },
  use_office: { 'zh-CN': '办公', en: 'Office' },
  use_lab: { 'zh-CN': '实验室', en: 'Lab' },
  use_retail: { 'zh-CN': '商业', en: 'Retail' },
  use_common: { 'zh-CN': '公共', en: 'Common' },
  use_other: { 'zh-CN': '其他', en: 'Other' },
  no_units: { 'zh-CN': '无单元', en: 'no units' },
  no_park: { 'zh-CN': '不属于园区', en: 'no park' },
  total_row: { 'zh-CN': '合计', en: 'Total' },
  no_rows: { 'zh-CN': '该日期没有可汇总的空间', en: 'no space to break down at this date' },
  ...SURVEY_CLI_MESSAGES,
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
  rollup --db PATH --as-of YYYY-MM-DD [--by zone|park|building|floor|use]
                                         space accounting at a date: provided space against the target,
                                         leased, reserved, available, out of service, pipeline, pre-let,
                                         occupancy, new firms, and a break-down (default --by zone;
                                         the file is opened read-only)
  survey-prepare --db PATH --out FILE.parksurvey (--zone CODE | --park ID | --buildings ID,ID)
                 --surveyor NAME         a survey package of those buildings for a laptop without network
                                         (the database is opened read-only)
  survey-merge --db PATH --file FILE.parksurvey [--dry-run | --apply [--resolve survey|office]]
                                         compare a surveyed package with the database field by field:
                                         what applies, the conflicts, discrepancies and photos (--dry-run,
                                         the default, writes nothing); --apply merges it in one undoable step
                                         after a backup (--resolve decides every undecided conflict)

every command takes --json (machine-readable output) and --help.
exit status: 0 done, 1 problems found (check) or a survey that cannot be merged yet (conflicts undecided,
photos missing or altered; nothing written), 2 bad input, a bad package or failure (one line on stderr).`,
  'zh-CN': `园区空间台账 命令行

用法：park-space-desk <命令> [选项]     （或：npm run cli -- <命令> [选项]）

命令：
  sample --db 路径 [--large] [--force]   创建含示例片区数据的数据库
                                         （--large：2,000 栋楼宇、100,000 个单元、150,000 条租约；
                                          文件已存在时拒绝，除非加 --force）
  check --db 路径                        对全部记录做完整性、外键和校验规则检查；
                                         发现问题时退出码为 1（以只读方式打开文件）
  backup --db 路径 --out 文件 [--force]  数据库的一致性副本，程序正在使用时也可以备份
  rollup --db 路径 --as-of YYYY-MM-DD [--by zone|park|building|floor|use]
                                         指定日期的空间台账：已提供空间与目标对比、已出租、已预留、
                                         可出租、停用、在建未交付、预租、出租率、新增企业，以及分项汇总
                                         （默认 --by zone 按片区；以只读方式打开文件）
  survey-prepare --db 路径 --out 文件.parksurvey (--zone 代码 | --park ID | --buildings ID,ID)
                 --surveyor 姓名         为离线现场核查准备这些楼宇的核查包（以只读方式打开数据库）
  survey-merge --db 路径 --file 文件.parksurvey [--dry-run | --apply [--resolve survey|office]]
                                         逐字段比较核查包与数据库：可直接采用的修改、冲突、差异和照片
                                         （--dry-run 为默认，不写入）；--apply 先备份，再一次性合并
                                         （可一步撤销；--resolve 为所有未决定的冲突选择一方）

所有命令都支持 --json（机器可读输出）和 --help。
退出码：0 完成，1 发现问题（check）或核查包暂不能合并（冲突未决定、照片缺失或被改动；未写入），
2 输入有误、核查包无效或失败（stderr 输出一行原因）。`,
};
