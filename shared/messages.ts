// Error and validation messages in both interface languages. Shared so the UI and the CLI say the same thing.
import type { ErrorCode, FieldCode, FieldError, FieldParams, AppErrorShape } from './errors';
import type { Locale } from './enums';

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
    'zh-CN': '楼层超出本楼范围（{min} 至 {max}，无 0 层）',
    en: 'Floor is outside the building ({min} to {max}, no floor 0)',
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
  file_exists: { 'zh-CN': '文件已存在', en: 'The file already exists' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
  forbidden: { 'zh-CN': '无权访问', en: 'Forbidden' },
  internal: { 'zh-CN': '内部错误：{message}', en: 'Internal error: {message}' },
};

export const ENTITY_NAMES: Catalog<'zone' | 'park' | 'building' | 'unit' | 'tenant' | 'lease' | 'target'> = {
  zone: { 'zh-CN': '片区', en: 'zones' },
  park: { 'zh-CN': '园区', en: 'parks' },
  building: { 'zh-CN': '楼宇', en: 'buildings' },
  unit: { 'zh-CN': '单元', en: 'units' },
  tenant: { 'zh-CN': '企业', en: 'tenants' },
  lease: { 'zh-CN': '租约', en: 'leases' },
  target: { 'zh-CN': '目标', en: 'targets' },
};

/** The one interpolator for every text in both languages: `{name}` → params.name; an unknown name stays as written. */
export function interpolate(template: string, params: FieldParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function fieldMessage(error: FieldError, locale: Locale): string {
  return interpolate(FIELD_MESSAGES[error.code][locale], error.params);
}

const ENGLISH_SINGULAR: Record<keyof typeof ENTITY_NAMES, string> = {
  zone: 'zone', park: 'park', building: 'building', unit: 'unit', tenant: 'tenant', lease: 'lease', target: 'target',
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
  const head = interpolate(ERROR_MESSAGES[error.code][locale], params);
  const fields = error.details?.fields ?? [];
  if (!fields.length) return head;
  return `${head}: ${fields.map((f) => `${f.field ? `${f.field} ` : ''}${fieldMessage(f, locale)}`).join('; ')}`;
}
