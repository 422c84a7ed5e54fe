// Why a file cannot be imported at all (details.reason of a 'bad_file' error), in both languages. Data only:
// shared/messages.ts fills them in (errorMessage), so the renderer, the CLI and the dialogs say the same thing.
import type { Locale } from '../enums';

export const BAD_FILE_REASONS = [
  'empty',
  'not_spreadsheet',
  'encrypted',
  'legacy_xls',
  'damaged',
  'zip_bomb',
  'file_too_large',
  'too_many_rows',
  'missing_columns',
  'merged_cells',
  'unknown_columns',
  'no_sheets',
  'csv_unrecognised',
] as const;
export type BadFileReason = (typeof BAD_FILE_REASONS)[number];

export const BAD_FILE_MESSAGES: Record<BadFileReason, Record<Locale, string>> = {
  empty: { 'zh-CN': '文件是空的', en: 'the file is empty' },
  not_spreadsheet: {
    'zh-CN': '这不是电子表格（请选择 .xlsx 或 .csv 文件）',
    en: 'this is not a spreadsheet (choose an .xlsx or .csv file)',
  },
  encrypted: {
    'zh-CN': '文件设有密码保护，请在 Excel/WPS 中取消密码后另存再导入',
    en: 'the file is password-protected; remove the password in Excel/WPS, save it and import it again',
  },
  legacy_xls: {
    'zh-CN': '这是旧版 .xls 文件，请在 Excel/WPS 中另存为 .xlsx 后导入',
    en: 'this is an old .xls file; save it as .xlsx in Excel/WPS and import that',
  },
  damaged: { 'zh-CN': '文件已损坏或不完整，无法读取', en: 'the file is damaged or incomplete and cannot be read' },
  zip_bomb: {
    'zh-CN': '文件解压后超过 {max} MB（或压缩比异常），为安全起见拒绝读取',
    en: 'the file would unpack to more than {max} MB (or is compressed suspiciously well); refused for safety',
  },
  file_too_large: { 'zh-CN': '文件超过 {max} MB', en: 'the file is larger than {max} MB' },
  too_many_rows: {
    'zh-CN': '文件有 {count} 行，超过一次导入的上限 {max} 行；请拆分后分批导入',
    en: 'the file has {count} rows, more than the {max} rows one import can take; split it and import the parts',
  },
  missing_columns: {
    'zh-CN': '工作表“{sheet}”缺少必需的列：{columns}（列名可能被修改；请使用导入模板的列名）',
    en: 'sheet “{sheet}” lacks required columns: {columns} (they may have been renamed; use the template’s headers)',
  },
  merged_cells: {
    'zh-CN': '工作表“{sheet}”有合并单元格（{range}），请取消合并后再导入',
    en: 'sheet “{sheet}” has merged cells ({range}); unmerge them and import again',
  },
  unknown_columns: {
    'zh-CN': 'CSV 文件有无法识别的列：{columns}',
    en: 'the CSV file has columns that are not recognised: {columns}',
  },
  no_sheets: {
    'zh-CN': '没有可导入的工作表（楼宇、单元、企业、租约）',
    en: 'no sheet to import (Buildings, Units, Tenants, Leases)',
  },
  csv_unrecognised: {
    'zh-CN': 'CSV 文件的表头不属于楼宇、单元、企业或租约中的任何一种',
    en: 'the CSV header matches none of Buildings, Units, Tenants or Leases',
  },
};
