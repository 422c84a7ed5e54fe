// Error and validation messages in both interface languages. Shared so the UI and the CLI say the same thing.
import {
  osErrorCode,
  type ErrorCode,
  type FieldCode,
  type FieldError,
  type FieldParams,
  type AppErrorShape,
  type OsErrorCode,
} from './errors';
import type { Locale } from './enums';
import { BAD_FILE_MESSAGES, type BadFileReason } from './sheets/file-problems';
import { SURVEY_REASONS, surveyReasonOf } from './survey/messages';

type Catalog<K extends string> = Record<K, Record<Locale, string>>;

export const FIELD_MESSAGES: Catalog<FieldCode> = {
  required: { 'zh-CN': '必填', en: 'Required' },
  too_long: { 'zh-CN': '不能超过 {max} 个字符', en: 'At most {max} characters' },
  not_positive: { 'zh-CN': '必须大于 0', en: 'Must be greater than 0' },
  too_large: { 'zh-CN': '必须小于 {max}', en: 'Must be less than {max}' },
  not_integer: { 'zh-CN': '必须是整数', en: 'Must be a whole number' },
  not_a_number: { 'zh-CN': '必须是数字', en: 'Must be a number' },
  invalid_date: { 'zh-CN': '不是有效日期（YYYY-MM-DD）', en: 'Not a valid date (YYYY-MM-DD)' },
  invalid_choice: { 'zh-CN': '不是可选值', en: 'Not one of the allowed values' },
  invalid_type: { 'zh-CN': '格式不正确', en: 'Wrong format' },
  end_before_start: { 'zh-CN': '结束日期早于开始日期', en: 'End date is before the start date' },
  terminated_before_start: { 'zh-CN': '终止日期早于开始日期', en: 'Termination date is before the start date' },
  floor_out_of_range: {
    'zh-CN': '本楼没有这一层（本楼楼层：{range}）',
    en: 'This building has no such floor (its floors: {range})',
  },
  floors_invalid: { 'zh-CN': '地上层数至少为 1', en: 'A building needs at least 1 floor above ground' },
  area_exceeds_unit: { 'zh-CN': '面积超过单元面积 {max} 平方米', en: 'Area exceeds the unit area of {max} m²' },
  over_lease: {
    'zh-CN': '{date} 当日与租约 {lease}（{tenant}）合计 {total} 平方米，超过单元面积 {max} 平方米',
    en: 'On {date} this and lease {lease} ({tenant}) total {total} m², more than the unit area of {max} m²',
  },
  uscc_format: {
    'zh-CN': '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）',
    en: 'A unified social credit code has 18 digits or capital letters (no I, O, Z, S, V)',
  },
  uscc_checksum: { 'zh-CN': '统一社会信用代码校验位不正确', en: 'The check character of this credit code is wrong' },
  uscc_duplicate: { 'zh-CN': '该代码已属于 {name}', en: 'This code already belongs to {name}' },
  code_duplicate: { 'zh-CN': '代码已被使用', en: 'This code is already in use' },
  label_duplicate: { 'zh-CN': '本楼已有同名单元', en: 'This building already has a unit with this label' },
  park_zone_mismatch: { 'zh-CN': '园区不在所选片区内', en: 'The park is not in the chosen zone' },
  park_buildings_elsewhere: {
    'zh-CN': '园区内有 {count} 栋楼宇位于原片区，请先调整楼宇所属片区',
    en: '{count} of the park’s buildings lie in its current zone; move them first',
  },
  reference_missing: { 'zh-CN': '引用的记录不存在', en: 'The referenced record does not exist' },
  invalid_geometry: { 'zh-CN': '图形无效', en: 'Invalid shape' },
  geometry_unclosed: { 'zh-CN': '图形未闭合：首尾点必须相同', en: 'The shape is not closed: its last point must equal its first' },
  geometry_self_intersecting: { 'zh-CN': '图形边线自相交', en: 'The shape’s edges cross each other' },
  geometry_too_small: { 'zh-CN': '图形面积过小（小于 10 平方米）', en: 'The shape is too small (under 10 m²)' },
  geometry_out_of_range: { 'zh-CN': '坐标超出经纬度范围', en: 'A coordinate is outside longitude/latitude range' },
  unit_area_below_leases: {
    'zh-CN': '现有租约在 {date} 合计 {total} 平方米，单元面积不能小于此值',
    en: 'Existing leases total {total} m² on {date}; the unit cannot be smaller',
  },
  floor_has_units: { 'zh-CN': '第 {floor} 层有单元，楼层数不能减少', en: 'Floor {floor} has units; the floor count cannot shrink' },
  too_small: { 'zh-CN': '不能小于 {min}', en: 'Must be at least {min}' },
  control_characters: {
    'zh-CN': '含有不可见的控制字符（如换行、制表符）',
    en: 'Contains invisible control characters (such as line breaks or tabs)',
  },
  too_many_units: { 'zh-CN': '一次最多生成 {max} 个单元', en: 'At most {max} units in one step' },
  areas_count: {
    'zh-CN': '请填写一个面积，或每层 {count} 个面积（逗号分隔）',
    en: 'Give one area, or {count} areas (one per unit on a floor, comma-separated)',
  },
  pattern_repeats: {
    'zh-CN': '编号规则会产生重复编号：请包含 {floor} 和 {nn}',
    en: 'This pattern gives the same label twice: include {floor} and {nn}',
  },
  floor_zero: { 'zh-CN': '没有 0 层', en: 'There is no floor 0' },
  deal_closed: {
    'zh-CN': '该项目已签约，不能再改变阶段；如需更改，请撤销签约或修改其租约',
    en: 'This deal is signed and its stage cannot change; undo the signing or edit its lease instead',
  },
  stage_unchanged: { 'zh-CN': '项目已处于该阶段', en: 'The deal is already at this stage' },
  stage_date_before: {
    'zh-CN': '阶段日期不能早于当前阶段的日期 {date}',
    en: 'A stage change cannot be dated before the current stage’s date, {date}',
  },
  deal_later_stage: {
    'zh-CN': '该项目在 {date} 已进入“{stage}”阶段，请将截至日期设为 {date} 或之后再移动',
    en: 'This deal already moved on (to “{stage}” on {date}); set the as-of date to {date} or later to move it',
  },
  deal_space_fixed: {
    'zh-CN': '已预留或已签约项目的空间和日期由其预留/租约确定；请先退回到谈判阶段再修改',
    en: 'The space and dates of a reserved or signed deal are held by its reservation or lease; move it back to negotiation to change them',
  },
  deal_needs_units: { 'zh-CN': '预留或签约需要指定单元', en: 'Reserving or signing needs the units named' },
  deal_needs_start: {
    'zh-CN': '签约需要租约开始日期（或意向企业的期望入驻日期）',
    en: 'Signing needs the lease start (or the prospect’s wanted move-in date)',
  },
  unit_not_in_building: { 'zh-CN': '单元 {label} 不在所选楼宇内', en: 'Unit {label} is not in the chosen building' },
  unit_not_found: { 'zh-CN': '单元不存在或已被删除', en: 'A unit does not exist or was deleted' },
  return_duplicate: { 'zh-CN': '该企业已有 {year} 年的年报', en: 'This tenant already has a return for {year}' },
  patents_over_total: {
    'zh-CN': '高质量发明专利不能多于发明专利总数 {max}',
    en: 'High-quality patents cannot exceed the {max} invention patents',
  },
  geometry_too_complex: {
    'zh-CN': '图形顶点过多（最多 {max} 个），请先简化',
    en: 'The shape has too many corners (at most {max}); simplify it first',
  },
  not_in_survey: { 'zh-CN': '现场核查时不能修改此项', en: 'This cannot be changed in a survey' },
};

export const ERROR_MESSAGES: Catalog<ErrorCode> = {
  validation: { 'zh-CN': '请更正标出的字段', en: 'Please correct the marked fields' },
  bad_input: { 'zh-CN': '请求格式不正确', en: 'The request is malformed' },
  unknown_channel: { 'zh-CN': '未知操作', en: 'Unknown operation' },
  not_found: { 'zh-CN': '记录不存在或已被删除', en: 'The record does not exist or was deleted' },
  conflict: { 'zh-CN': '记录已被修改，请刷新后重试', en: 'The record was changed meanwhile; reload and try again' },
  has_dependents: { 'zh-CN': '无法删除：仍有 {counts} 关联', en: 'Cannot delete: {counts} still depend on it' },
  nothing_to_undo: { 'zh-CN': '没有可撤销的操作', en: 'Nothing to undo' },
  nothing_to_redo: { 'zh-CN': '没有可重做的操作', en: 'Nothing to redo' },
  history_conflict: {
    'zh-CN': '无法撤销/重做“{label}”：相关记录已被其他操作修改，此步骤已从撤销列表中移除',
    en: 'Cannot undo/redo “{label}”: its records were changed by something else since, so the step was removed from the undo list',
  },
  database_newer: {
    'zh-CN': '该数据库由更新版本的程序创建（版本 {found}，本程序支持 {supported}），请升级程序',
    en: 'This database was written by a newer version (schema {found}, this app supports {supported}); please update the app',
  },
  database_invalid: { 'zh-CN': '不是园区空间数据库文件', en: 'Not a Park Space Desk database file' },
  database_damaged: {
    'zh-CN': '数据库已损坏：结构版本 {found} 与其内容不符（本程序支持 {supported}）。请从备份恢复',
    en: 'The database is damaged: its schema version {found} does not match its contents (this app supports {supported}). Restore a backup',
  },
  backup_other_database: {
    'zh-CN': '{file} 是同一文件夹中另一个数据库的备份，不能恢复到当前数据库。要查看它，请用“打开数据库”',
    en: '{file} is a backup of another database in the same folder and cannot be restored over this one. To look at it, use Open Database',
  },
  database_corrupt: {
    'zh-CN': '数据库文件已损坏，无法读取。请从备份恢复',
    en: 'The database file is damaged and cannot be read. Restore a backup',
  },
  browser_missing: {
    'zh-CN': '找不到用于生成 PDF 的 Chromium 浏览器（{path}）：请安装 chromium，或用 --chromium PATH 指定浏览器程序',
    en: 'No Chromium browser to make the PDF with at {path}: install chromium, or name the browser program with --chromium PATH',
  },
  database_locked: {
    'zh-CN': '该数据库正由{program}写入（进程 {pid}，自 {since} 起）。同一时间只能有一个程序修改它；可以只读方式打开',
    en: 'This database is open for writing in {program} (process {pid}, since {since}). Only one program may change it at a time; it can be opened read-only',
  },
  read_only: {
    'zh-CN': '数据库以只读方式打开，不能保存更改',
    en: 'The database is open read-only; changes cannot be saved',
  },
  database_replaced: {
    'zh-CN': '数据库文件已被其他程序替换。为避免丢失数据，已停止写入；请重新打开该文件',
    en: 'The database file was replaced by another program. Writing has stopped so nothing is lost; reopen the file',
  },
  file_system: { 'zh-CN': '无法使用文件 {file}：{reason}', en: 'Could not use {file}: {reason}' },
  too_large: { 'zh-CN': '请求过大（上限 {max}）', en: 'The request is too large (limit {max})' },
  file_exists: { 'zh-CN': '文件已存在', en: 'The file already exists' },
  bad_file: { 'zh-CN': '无法导入该文件：{reason}', en: 'This file cannot be imported: {reason}' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
  forbidden: { 'zh-CN': '无权访问', en: 'Forbidden' },
  internal: { 'zh-CN': '内部错误：{message}', en: 'Internal error: {message}' },
  survey_invalid: {
    'zh-CN': '无法使用现场核查包 {file}：{why}。未写入任何内容',
    en: 'Cannot use the survey package {file}: {why}. Nothing was written',
  },
  survey_unresolved: {
    'zh-CN': '还有 {count} 处冲突未决定；请为每一处选择采用哪一方后再合并。未写入任何内容',
    en: '{count} conflicts are still undecided; choose a side for each before merging. Nothing was written',
  },
  survey_photos: {
    'zh-CN': '有 {count} 张照片缺失或已被改动：{names}。所有照片核对无误后才能合并；未写入任何内容',
    en: '{count} photos are missing or altered: {names}. The survey can be merged only once every photo is accounted for; nothing was written',
  },
  survey_mode: {
    'zh-CN': '现场核查模式下不能执行此操作（办公室数据库没有打开）',
    en: 'Not available in survey mode (the office database is not open)',
  },
  not_survey: { 'zh-CN': '只能在现场核查模式下使用（请先打开核查包）', en: 'Only available in survey mode (open a survey package first)' },
};

export const OS_ERROR_MESSAGES: Catalog<OsErrorCode> = {
  EACCES: { 'zh-CN': '没有访问权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '操作不被允许（文件可能被占用或受保护）', en: 'operation not permitted (the file may be in use or protected)' },
  ENOSPC: { 'zh-CN': '磁盘空间不足', en: 'the disk is full' },
  EROFS: { 'zh-CN': '磁盘或文件夹为只读', en: 'the disk or folder is read-only' },
  EEXIST: { 'zh-CN': '同名文件已存在', en: 'a file of that name already exists' },
  ENOENT: { 'zh-CN': '文件或文件夹不存在', en: 'the file or folder does not exist' },
  ENOTDIR: { 'zh-CN': '路径中有一部分不是文件夹', en: 'part of the path is not a folder' },
  EISDIR: { 'zh-CN': '这是一个文件夹，不是文件', en: 'this is a folder, not a file' },
  EBUSY: { 'zh-CN': '文件正被其他程序使用', en: 'the file is in use by another program' },
  EMFILE: { 'zh-CN': '打开的文件过多', en: 'too many files are open' },
  EDQUOT: { 'zh-CN': '超出磁盘配额', en: 'the disk quota is exceeded' },
  OTHER: { 'zh-CN': '操作系统报告错误', en: 'the operating system reported an error' },
};

/** The names of the programs that can hold a database's write lock. */
export const PROGRAM_NAMES: Catalog<'desktop' | 'web' | 'cli' | 'unknown'> = {
  desktop: { 'zh-CN': '园区空间台账桌面版', en: 'the Park Space Desk desktop app' },
  web: { 'zh-CN': '园区空间台账网页模式', en: 'Park Space Desk web mode' },
  cli: { 'zh-CN': '园区空间台账命令行', en: 'the Park Space Desk command line' },
  unknown: { 'zh-CN': '另一个程序', en: 'another program' },
};

export const ENTITY_NAMES: Catalog<
  'zone' | 'park' | 'building' | 'unit' | 'tenant' | 'lease' | 'target' | 'tenant_return' | 'prospect' | 'deal'
> = {
  zone: { 'zh-CN': '片区', en: 'zones' },
  park: { 'zh-CN': '园区', en: 'parks' },
  building: { 'zh-CN': '楼宇', en: 'buildings' },
  unit: { 'zh-CN': '单元', en: 'units' },
  tenant: { 'zh-CN': '企业', en: 'tenants' },
  lease: { 'zh-CN': '租约', en: 'leases' },
  target: { 'zh-CN': '目标', en: 'targets' },
  prospect: { 'zh-CN': '意向企业', en: 'prospects' },
  deal: { 'zh-CN': '招商项目', en: 'deals' },
  tenant_return: { 'zh-CN': '年报', en: 'annual returns' },
};

/** The one interpolator for every text in both languages: `{name}` → params.name; an unknown name stays as written. */
export function interpolate(template: string, params: FieldParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function fieldMessage(error: FieldError, locale: Locale): string {
  return interpolate(FIELD_MESSAGES[error.code][locale], error.params);
}

const ENGLISH_SINGULAR: Record<keyof typeof ENTITY_NAMES, string> = {
  zone: 'zone',
  park: 'park',
  building: 'building',
  unit: 'unit',
  tenant: 'tenant',
  lease: 'lease',
  target: 'target',
  tenant_return: 'annual return',
  prospect: 'prospect',
  deal: 'deal',
};

/** "1 unit, 5 leases" / "1 个单元、5 个租约" */
export function countsText(counts: Record<string, number>, locale: Locale): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([entity, n]) => {
      const key = entity as keyof typeof ENTITY_NAMES;
      const name = n === 1 && locale === 'en' ? ENGLISH_SINGULAR[key] : ENTITY_NAMES[key]?.[locale];
      return locale === 'zh-CN' ? `${n} 个${name ?? entity}` : `${n} ${name ?? entity}`;
    });
  return parts.join(locale === 'zh-CN' ? '、' : ', ');
}

/**
 * The one error formatter (renderer, CLI, native dialogs): the code's text in `locale`, filled from the error's
 * message (`{message}`), its scalar details and its dependent counts (`{counts}`), then any field messages.
 */
export function errorMessage(error: AppErrorShape, locale: Locale): string {
  const params: FieldParams = { message: error.message };
  for (const [k, v] of Object.entries(error.details ?? {})) {
    if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  }
  if (error.details?.counts) params.counts = countsText(error.details.counts, locale);
  if (error.code === 'file_system') {
    params.reason = OS_ERROR_MESSAGES[osErrorCode(error.details?.os)][locale];
    if (!error.details?.file) params.file = locale === 'en' ? 'the database file' : '数据库文件';
  }
  if (error.code === 'database_locked') {
    const program = String(error.details?.program ?? 'unknown');
    params.program = (PROGRAM_NAMES as Record<string, Record<Locale, string>>)[program]?.[locale] ?? PROGRAM_NAMES.unknown[locale];
    params.since =
      String(error.details?.since ?? '')
        .replace('T', ' ')
        .slice(0, 16) || '?';
  }
  if (error.code === 'bad_file') {
    const reason = BAD_FILE_MESSAGES[String(error.details?.reason) as BadFileReason] ?? BAD_FILE_MESSAGES.damaged;
    params.reason = interpolate(reason[locale], params);
  }
  if (error.code === 'survey_invalid') {
    const entity = String(error.details?.entity ?? '');
    const named = (ENTITY_NAMES as Record<string, Record<Locale, string>>)[entity];
    params.why = interpolate(SURVEY_REASONS[surveyReasonOf(error.details?.reason)][locale], {
      ...params,
      entity: named ? named[locale] : entity,
    });
  }
  const head = interpolate(ERROR_MESSAGES[error.code][locale], params);
  const fields = error.details?.fields ?? [];
  if (!fields.length) return head;
  return `${head}: ${fields.map((f) => `${f.field ? `${f.field} ` : ''}${fieldMessage(f, locale)}`).join('; ')}`;
}
