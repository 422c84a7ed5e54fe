// Why a survey package cannot be used, in both interface languages (filled into the `survey_invalid` error's text
// by shared/messages.ts errorMessage).
import type { Locale } from '../enums';

export const SURVEY_REASONS_LIST = [
  'missing_file',
  'not_sqlite',
  'corrupt',
  'not_package',
  'other_database',
  'newer_schema',
  'outside_inventory',
  'bad_content',
  'exists',
] as const;
export type SurveyReason = (typeof SURVEY_REASONS_LIST)[number];

export const SURVEY_REASONS: Record<SurveyReason, Record<Locale, string>> = {
  missing_file: { 'zh-CN': '文件不存在', en: 'the file does not exist' },
  not_sqlite: { 'zh-CN': '它不是 SQLite 文件', en: 'it is not a SQLite file' },
  corrupt: {
    'zh-CN': '文件已损坏或不完整（可能在复制时被截断）',
    en: 'the file is damaged or incomplete (perhaps cut short while copying)',
  },
  not_package: { 'zh-CN': '它不是现场核查包', en: 'it is not a survey package' },
  other_database: {
    'zh-CN': '它是从另一个数据库（{found}）准备的，不是当前打开的数据库（{expected}）',
    en: 'it was prepared from another database ({found}), not from the one open now ({expected})',
  },
  newer_schema: {
    'zh-CN': '它由更新版本的程序创建（包格式 {found}，本程序支持 {supported}），请升级程序',
    en: 'it was written by a newer version of the app (package format {found}, this app reads {supported}); update the app',
  },
  outside_inventory: {
    'zh-CN': '其中的{entity} {id} 不在本数据库的台账中',
    en: 'it refers to {entity} {id}, which is not part of this database’s inventory',
  },
  bad_content: { 'zh-CN': '其内容不符合核查包格式（{detail}）', en: 'its content does not follow the package format ({detail})' },
  exists: { 'zh-CN': '同名文件已存在', en: 'a file of that name already exists' },
};

export function surveyReasonOf(value: unknown): SurveyReason {
  return (SURVEY_REASONS_LIST as readonly unknown[]).includes(value) ? (value as SurveyReason) : 'bad_content';
}
