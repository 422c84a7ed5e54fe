// The command line's own texts in both interface languages. Text output follows LC_ALL / LC_MESSAGES / LANG
// (zh… → Simplified Chinese); --json output always carries the English message plus stable codes.
import type { Locale } from '../../shared/enums';
import { GLOSSARY } from '../../shared/glossary';
import { interpolate } from '../../shared/messages';
import { SURVEY_CLI_MESSAGES } from './survey-messages';

export const CLI_MESSAGES = {
  no_command: {
    'zh-CN':
      '缺少命令（可用：sample、check、backup、rollup、pipeline、export、import、template、report、survey-prepare、survey-merge；--help 查看帮助）',
    en: 'no command given (sample, check, backup, rollup, pipeline, export, import, template, report, survey-prepare or survey-merge; try --help)',
  },
  unknown_command: {
    'zh-CN':
      '未知命令 "{name}"（可用：sample、check、backup、rollup、pipeline、export、import、template、report、survey-prepare、survey-merge）',
    en: 'unknown command "{name}" (try sample, check, backup, rollup, pipeline, export, import, template, report, survey-prepare or survey-merge)',
  },
  one_of: { 'zh-CN': '{a} 和 {b} 只能选一个', en: 'give either {a} or {b}, not both' },
  not_a_folder: { 'zh-CN': '不是文件夹：{path}', en: 'not a folder: {path}' },
  export_done: {
    'zh-CN': '已导出 {scope} 截至 {date} 的楼宇空间报表：{files}（SHA-256 {sha}，用时 {seconds} 秒）',
    en: 'exported the floor-space report for {scope} at {date}: {files} (SHA-256 {sha}, {seconds} s)',
  },
  report_done: {
    'zh-CN': '已生成 {date} 的{period}报告：{path}（{pages} 页，数据 SHA-256 {sha}，用时 {seconds} 秒）',
    en: 'wrote the {period} report at {date}: {path} ({pages} pages, data SHA-256 {sha}, {seconds} s)',
  },
  report_progress: { 'zh-CN': '正在生成报告…', en: 'making the report…' },
  no_renderer: {
    'zh-CN': '缺少界面文件 {path}：请先运行 npm run build:renderer',
    en: '{path} is missing: build the interface first with npm run build:renderer',
  },
  period_month: { 'zh-CN': '月度', en: 'monthly' },
  period_quarter: { 'zh-CN': '季度', en: 'quarterly' },
  period_year: { 'zh-CN': '年度', en: 'yearly' },
  template_done: { 'zh-CN': '已生成导入模板：{path}', en: 'wrote the import template: {path}' },
  export_progress: { 'zh-CN': '正在导出… {percent}%', en: 'exporting… {percent}%' },
  import_progress: { 'zh-CN': '正在读取和校验… {percent}%', en: 'reading and checking… {percent}%' },
  import_counts: {
    'zh-CN': '新增 {insert} 行，修改 {update} 行，未变化 {unchanged} 行，出错 {errors} 行，冲突 {conflicts} 行',
    en: '{insert} to insert, {update} to update, {unchanged} unchanged, {errors} in error, {conflicts} in conflict',
  },
  import_applied: {
    'zh-CN': '已导入 {file}（一次写入；在程序中可一步撤销）',
    en: 'imported {file} (one write; one undo in the app reverts it)',
  },
  import_dry_run: { 'zh-CN': '试运行：未写入任何数据', en: 'dry run: nothing was written' },
  import_refused: { 'zh-CN': '有出错或冲突的行，未写入任何数据', en: 'rows are in error or in conflict; nothing was written' },
  import_change: { 'zh-CN': '{sheet} 第 {row} 行 {action} {label}：{fields}', en: '{sheet} row {row} {action} {label}: {fields}' },
  action_insert: { 'zh-CN': '新增', en: 'insert' },
  action_update: { 'zh-CN': '修改', en: 'update' },
  unknown_option: { 'zh-CN': '{command} 不支持选项 {option}', en: 'unknown option {option} for {command}' },
  missing_value: { 'zh-CN': '选项 {option} 需要一个值', en: 'option {option} needs a value' },
  missing_option: { 'zh-CN': '{command} 需要 {option}', en: '{command} needs {option}' },
  bad_date: {
    'zh-CN': '{option} 不是有效日期："{value}"（格式为 YYYY-MM-DD）',
    en: '{option} is not a valid date: "{value}" (use YYYY-MM-DD)',
  },
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
  check_found: {
    'zh-CN': '{path} 中发现 {count} 个问题（用时 {seconds} 秒）',
    en: '{count} problem(s) in {path} (checked in {seconds} s)',
  },
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
  space_due_missed: {
    'zh-CN': '{target} 的目标于 {due} 到期，未完成（当日 {reached}，差 {gap}）；截至 {date}：{area}（{progress}）',
    en: 'the {target} target fell due on {due} and was missed ({reached} that day, {gap} short); at {date}: {area} ({progress})',
  },
  space_due_met: {
    'zh-CN': '{target} 的目标于 {due} 到期，已完成（当日 {reached}，超出 {gap}）；截至 {date}：{area}（{progress}）',
    en: 'the {target} target fell due on {due} and was met ({reached} that day, {gap} above); at {date}: {area} ({progress})',
  },
  firms_due_missed: {
    'zh-CN': '{target} 家的目标于 {due} 到期，未完成（当日 {reached} 家，差 {gap} 家）；截至 {date}：{count} 家',
    en: 'the target of {target} fell due on {due} and was missed ({reached} by that day, {gap} short); at {date}: {count}',
  },
  firms_due_met: {
    'zh-CN': '{target} 家的目标于 {due} 到期，已完成（当日 {reached} 家）；截至 {date}：{count} 家',
    en: 'the target of {target} fell due on {due} and was met ({reached} by that day); at {date}: {count}',
  },
  gap_short: { 'zh-CN': '尚差 {area}', en: '{area} to go' },
  gap_above: { 'zh-CN': '超出 {area}', en: '{area} above' },
  no_space_target: { 'zh-CN': '{area}（未设面积目标）', en: '{area} (no space target)' },
  firms_of_target: {
    'zh-CN': '{count} 家，目标 {target} 家（完成 {progress}，{due} 到期）',
    en: '{count} of the {target} target ({progress}, due {due})',
  },
  firms_count: { 'zh-CN': '{count} 家（未设企业目标）', en: '{count} (no firms target)' },
  // The figures' names are the glossary's (shared/glossary.ts), the same words as on every screen.
  fig_provided: GLOSSARY.provided,
  fig_leased: GLOSSARY.leased,
  fig_reserved: GLOSSARY.reserved,
  fig_available: GLOSSARY.available,
  fig_out_of_service: GLOSSARY.outOfService,
  fig_pipeline: GLOSSARY.pipeline,
  fig_pre_let: GLOSSARY.preLet,
  fig_occupancy: GLOSSARY.occupancy,
  fig_new_firms: GLOSSARY.newFirms,
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
  // The pipeline command (tenant attraction, 招商).
  pipeline_title: { 'zh-CN': '截至 {date} 的招商情况：{path}', en: 'Tenant attraction at {date}: {path}' },
  pipeline_stages: { 'zh-CN': '各阶段项目', en: 'Deals by stage' },
  pipeline_stage: { 'zh-CN': '{stage} {count} 个（{area}）', en: '{stage} {count} ({area})' },
  fig_expected_firms: GLOSSARY.expectedFirms,
  fig_expected_area: GLOSSARY.expectedArea,
  fig_signed_ahead: GLOSSARY.signedAhead,
  firms_target: GLOSSARY.firmsTarget,
  pipeline_firms: {
    'zh-CN': '{target}（{value} 家，{due} 到期）：{newFirms} {counted} + {expectedFirms} {expected} = {outlook}',
    en: '{target} ({value}, due {due}): {newFirms} {counted} + {expectedFirms} {expected} = {outlook}',
  },
  pipeline_firms_no_target: { 'zh-CN': '未设定企业目标：{expectedFirms} {expected}', en: 'no firms target: {expectedFirms} {expected}' },
  pipeline_space: {
    'zh-CN': '出租面积（{due} 前）：{leased} {leasedArea} + {signedAhead} {ahead} + {expectedArea} {expected} = {outlook}',
    en: 'Leased space (by {due}): {leased} {leasedArea} + {signedAhead} {ahead} + {expectedArea} {expected} = {outlook}',
  },
  pipeline_past_due: {
    'zh-CN': '目标已于 {due} 到期：进行中的项目不再计入',
    en: 'the target fell due on {due}: live deals no longer count toward it',
  },
  pipeline_apart: {
    'zh-CN': '未计入：{undated} 个项目没有入驻日期，{later} 个项目入驻晚于目标日期',
    en: 'not counted: {undated} deal(s) without a move-in date, {later} moving in after the due date',
  },
  conversion_title: {
    'zh-CN': '阶段转化率 · 中位停留天数（按进入阶段的季度）',
    en: 'Conversion · median days in stage (by the quarter the stage was entered)',
  },
  conversion_quarter: { 'zh-CN': '季度', en: 'Quarter' },
  conversion_all: { 'zh-CN': '全部', en: 'All' },
  stage_contact: { 'zh-CN': '初次接触', en: 'Contact' },
  stage_visit: { 'zh-CN': '实地考察', en: 'Visit' },
  stage_proposal: { 'zh-CN': '方案', en: 'Proposal' },
  stage_negotiation: { 'zh-CN': '谈判', en: 'Negotiation' },
  stage_reserved: { 'zh-CN': '已预留', en: 'Reserved' },
  stage_signed: { 'zh-CN': '已签约', en: 'Signed' },
  stage_lost: { 'zh-CN': '已流失', en: 'Lost' },
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
  pipeline --db PATH --as-of YYYY-MM-DD  tenant attraction at a date: deals by stage, the expected firms and
                                         area by the targets' due dates (signed + expected), and the
                                         conversion rates and median days per stage by quarter (read-only)
  export --db PATH --as-of YYYY-MM-DD (--out FILE.xlsx | --csv DIR) [--zone CODE | --park ID]
         [--lang zh|en] [--force]        the floor-space report: Summary, Buildings, Floor schedule, Units,
                                         Leases, Tenants, Vacancies, Expiries, Pipeline and About (with a
                                         SHA-256 of the data); --csv writes one UTF-8 CSV per sheet into DIR
  import --db PATH --file FILE [--dry-run]
                                         buildings, units, tenants and leases from an .xlsx or .csv (the
                                         template or an export): always checked in full first; written in one
                                         transaction after a backup only when no row is in error or conflict
  template --out FILE.xlsx [--lang zh|en] [--force]
                                         the import template (bilingual headers, an example row, choice lists)
  report --db PATH --as-of YYYY-MM-DD --out FILE.pdf [--period month|quarter|year] [--lang zh|en]
         [--zone CODE] [--chromium PATH] [--force]
                                         the monthly report to the district as a PDF (A4): plan indicators,
                                         trajectory, break-down, the period's changes, expiries, the map and the
                                         data stamp; printed by Chromium (default /usr/bin/chromium) from the
                                         built interface (npm run build:renderer)

  survey-prepare --db PATH --out FILE.parksurvey (--zone CODE | --park ID | --buildings ID,ID)
                 --surveyor NAME         a survey package of those buildings for a laptop without network
                                         (the database is opened read-only)
  survey-merge --db PATH --file FILE.parksurvey [--dry-run | --apply [--resolve survey|office]]
                                         compare a surveyed package with the database field by field:
                                         what applies, the conflicts, discrepancies and photos (--dry-run,
                                         the default, writes nothing); --apply merges it in one undoable step
                                         after a backup (--resolve decides every undecided conflict)


every command takes --json (machine-readable output) and --help.
exit status: 0 done, 1 problems found (check), rows in error or conflict (import) or a survey that cannot be
merged yet (conflicts undecided, photos missing or altered) — nothing written — 2 bad input, an unreadable file,
a bad package or a failure (one line on stderr).`,
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
                                         指定日期的空间台账：已提供空间与面积目标对比、已出租、已预留、
                                         可租、停用、在建待交付、预租、出租率、新增企业，以及分项汇总
                                         （默认 --by zone 按片区；以只读方式打开文件）
  pipeline --db 路径 --as-of YYYY-MM-DD  指定日期的招商情况：各阶段项目、到目标日期的预计新增企业和出租面积
                                         （已签约 + 预计），以及按季度的阶段转化率和中位停留天数（只读）
  export --db 路径 --as-of YYYY-MM-DD (--out 文件.xlsx | --csv 文件夹) [--zone 代码 | --park 编号]
         [--lang zh|en] [--force]        楼宇空间报表：汇总、楼宇、楼层明细、单元、租约、企业、空置、到期、招商
                                         和“关于本报表”（含数据 SHA-256）；--csv 在文件夹中为每张表写一个 UTF-8 CSV
  import --db 路径 --file 文件 [--dry-run]
                                         从 .xlsx 或 .csv（导入模板或导出的报表）导入楼宇、单元、企业和租约：
                                         总是先完整校验；没有出错或冲突的行时，先备份再一次性写入
  template --out 文件.xlsx [--lang zh|en] [--force]
                                         导入模板（中英文列名、示例行、下拉选项）
  report --db 路径 --as-of YYYY-MM-DD --out 文件.pdf [--period month|quarter|year] [--lang zh|en]
         [--zone 代码] [--chromium 路径] [--force]
                                         向区里报送的月度报告（A4 PDF）：规划指标、空间走势、分片区情况、本期变化、
                                         到期与空置、地图和数据标识；由 Chromium（默认 /usr/bin/chromium）
                                         根据已构建的界面（npm run build:renderer）生成

  survey-prepare --db 路径 --out 文件.parksurvey (--zone 代码 | --park ID | --buildings ID,ID)
                 --surveyor 姓名         为离线现场核查准备这些楼宇的核查包（以只读方式打开数据库）
  survey-merge --db 路径 --file 文件.parksurvey [--dry-run | --apply [--resolve survey|office]]
                                         逐字段比较核查包与数据库：可直接采用的修改、冲突、差异和照片
                                         （--dry-run 为默认，不写入）；--apply 先备份，再一次性合并
                                         （可一步撤销；--resolve 为所有未决定的冲突选择一方）


所有命令都支持 --json（机器可读输出）和 --help。
退出码：0 完成，1 发现问题（check）、有出错或冲突的行（import）或核查包暂不能合并（冲突未决定、照片缺失或被改动）——
均未写入任何数据——2 输入有误、文件无法读取、核查包无效或失败（stderr 输出一行原因）。`,
};
