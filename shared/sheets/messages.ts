// Import problems in the user's language: one formatter for the preview dialog, the CLI and the error file.
import type { Locale } from '../enums';
import type { FieldCode } from '../errors';
import { ENTITY_NAMES, FIELD_MESSAGES, interpolate } from '../messages';
import type { SheetCellCode } from './cells';
import type { ImportConflict, ImportNote, ImportNoteCode, SheetIssue, SheetRowCode } from './results';

type Catalog<K extends string> = Record<K, Record<Locale, string>>;

const CELL_AND_ROW_MESSAGES: Catalog<SheetCellCode | SheetRowCode> = {
  cell_error: { 'zh-CN': '单元格是错误值 {value}', en: 'the cell holds the error {value}' },
  formula_no_value: {
    'zh-CN': '公式没有保存计算结果，请在 Excel/WPS 中重新计算并保存',
    en: 'the formula has no saved result; recalculate and save in Excel/WPS',
  },
  ambiguous_date: {
    'zh-CN': '日期“{value}”有歧义，请写成 2025-12-31、2025/12/31 或 2025年12月31日',
    en: 'the date “{value}” is ambiguous; write it as 2025-12-31, 2025/12/31 or 2025年12月31日',
  },
  duplicate_row: { 'zh-CN': '与第 {row} 行是同一条记录', en: 'the same record as row {row}' },
  record_missing: { 'zh-CN': '编号对应的记录已不存在（可能已被删除）', en: 'no record has this ID any more (it may have been deleted)' },
  ambiguous_reference: {
    'zh-CN': '有多条记录与“{value}”同名，无法确定指哪一条',
    en: 'more than one record is called “{value}”; cannot tell which is meant',
  },
};

const NOTE_MESSAGES: Catalog<ImportNoteCode> = {
  computed_sheet_skipped: { 'zh-CN': '工作表“{sheet}”是计算结果，已跳过', en: 'sheet “{sheet}” is computed by the report and was skipped' },
  unknown_sheet_skipped: { 'zh-CN': '工作表“{sheet}”无法识别，已跳过', en: 'sheet “{sheet}” is not one the import reads and was skipped' },
  extra_columns_ignored: {
    'zh-CN': '工作表“{sheet}”中的列 {columns} 无法识别，已忽略',
    en: 'in sheet “{sheet}” the columns {columns} are not recognised and were ignored',
  },
  formulas_used: {
    'zh-CN': '工作表“{sheet}”中有 {count} 个公式，已使用其保存的计算结果',
    en: 'sheet “{sheet}” has {count} formulas; their saved results were used',
  },
  encoding: { 'zh-CN': 'CSV 文件编码为 {encoding}', en: 'the CSV file is encoded as {encoding}' },
};

const CONFLICT_MESSAGE: Record<Locale, string> = {
  'zh-CN': '{entity}“{label}”在导出后已被修改（文件中为版本 {fileVersion}，数据库中为版本 {dbVersion}），不会覆盖',
  en: 'the {entity} “{label}” was changed since the export (version {fileVersion} in the file, {dbVersion} in the database); it is not overwritten',
};

const ENGLISH_SINGULAR: Record<string, string> = { building: 'building', unit: 'unit', tenant: 'tenant', lease: 'lease' };

export function issueMessage(issue: Pick<SheetIssue, 'code' | 'params'>, locale: Locale): string {
  const catalog = (CELL_AND_ROW_MESSAGES as Partial<Catalog<string>>)[issue.code] ?? FIELD_MESSAGES[issue.code as FieldCode];
  return interpolate(catalog[locale], issue.params);
}

/** "Units!D12 (Area (m²)): Must be greater than 0" — where and what, in one line. */
export function issueLine(issue: SheetIssue, locale: Locale): string {
  const where = `${issue.sheet}!${issue.column}${issue.row}`;
  const header = issue.header ? (locale === 'zh-CN' ? `（${issue.header}）` : ` (${issue.header})`) : '';
  return `${where}${header}${locale === 'zh-CN' ? '：' : ': '}${issueMessage(issue, locale)}`;
}

export function conflictMessage(c: ImportConflict, locale: Locale): string {
  const entity = locale === 'en' ? (ENGLISH_SINGULAR[c.entity] ?? c.entity) : ENTITY_NAMES[c.entity][locale];
  return interpolate(CONFLICT_MESSAGE[locale], { entity, label: c.label, fileVersion: c.fileVersion, dbVersion: c.dbVersion });
}

export function noteMessage(note: ImportNote, locale: Locale): string {
  return interpolate(NOTE_MESSAGES[note.code][locale], { sheet: note.sheet, ...note.params });
}
