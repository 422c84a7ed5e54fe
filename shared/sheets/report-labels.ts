// Words of the report itself (levels of the summary, the About sheet's items, the scope), in both languages.
import type { Locale } from '../enums';

export const REPORT_WORDS = {
  district: { 'zh-CN': '全区', en: 'District' },
  zone: { 'zh-CN': '片区', en: 'Zone' },
  park: { 'zh-CN': '园区', en: 'Park' },
  building: { 'zh-CN': '楼宇', en: 'Building' },
  noPark: { 'zh-CN': '不属于园区', en: 'No park' },
  aboutTitle: { 'zh-CN': '园区空间台账 · 楼宇空间报表', en: 'Park Space Desk · floor-space report' },
  asOf: { 'zh-CN': '截至日期', en: 'As of' },
  scope: { 'zh-CN': '范围', en: 'Scope' },
  madeAt: { 'zh-CN': '生成时间', en: 'Made at' },
  appVersion: { 'zh-CN': '程序版本', en: 'App version' },
  schemaVersion: { 'zh-CN': '数据库结构版本', en: 'Schema version' },
  lastChange: { 'zh-CN': '最后变更序号', en: 'Last change number' },
  rows: { 'zh-CN': '各表行数', en: 'Rows per sheet' },
  sha256: { 'zh-CN': '数据 SHA-256', en: 'Data SHA-256' },
  shaNote: {
    'zh-CN': '对同一数据、同一日期和范围再次导出，SHA-256 相同；可据此核对报表是否出自同一份数据。',
    en: 'Exporting the same data at the same date and scope again gives the same SHA-256, so two reports can be compared.',
  },
  importNote: {
    'zh-CN': '楼宇、单元、企业、租约、企业年报五张表可修改后重新导入；隐藏的编号列用于匹配记录，请勿删除。',
    en: 'The Buildings, Units, Tenants, Leases and Annual returns sheets can be edited and imported again; the hidden ID columns match the rows, keep them.',
  },
  errorColumn: { 'zh-CN': '错误', en: 'Error' },
  templateExample: { 'zh-CN': '示例行（导入前请删除或修改）', en: 'Example row (delete or change it before importing)' },
} as const satisfies Record<string, Record<Locale, string>>;

export const word = (key: keyof typeof REPORT_WORDS, locale: Locale): string => REPORT_WORDS[key][locale];
