// How the spreadsheets spell closed-vocabulary values and yes/no in each language (the same words as the
// interface). An import accepts the code itself or its label in either language.
import type { Locale } from '../enums';

export const VALUE_LABELS: Record<string, Record<Locale, string>> = {
  planned: { 'zh-CN': '规划中', en: 'Planned' },
  renovating: { 'zh-CN': '改造中', en: 'Renovating' },
  operational: { 'zh-CN': '运营中', en: 'Operational' },
  office: { 'zh-CN': '办公', en: 'Office' },
  lab: { 'zh-CN': '实验室', en: 'Lab' },
  retail: { 'zh-CN': '商业', en: 'Retail' },
  common: { 'zh-CN': '公共', en: 'Common' },
  other: { 'zh-CN': '其他', en: 'Other' },
  fintech: { 'zh-CN': '金融科技', en: 'Fintech' },
  professional_service: { 'zh-CN': '专业服务', en: 'Professional service' },
  research: { 'zh-CN': '研究机构', en: 'Research' },
  supervision_tech: { 'zh-CN': '监管科技', en: 'Supervision tech' },
  financial_institution: { 'zh-CN': '金融机构', en: 'Financial institution' },
  lease: { 'zh-CN': '租约', en: 'Lease' },
  reservation: { 'zh-CN': '预留', en: 'Reservation' },
  leased: { 'zh-CN': '已出租', en: 'Leased' },
  reserved: { 'zh-CN': '已预留', en: 'Reserved' },
  available: { 'zh-CN': '可租', en: 'Available' },
  out_of_service: { 'zh-CN': '停用', en: 'Out of service' },
  pipeline: { 'zh-CN': '未交付', en: 'Not delivered' },
  not_counted: { 'zh-CN': '不计入目标', en: 'Not counted' },
  contact: { 'zh-CN': '初次接触', en: 'Contact' },
  visit: { 'zh-CN': '实地考察', en: 'Visit' },
  proposal: { 'zh-CN': '方案', en: 'Proposal' },
  negotiation: { 'zh-CN': '谈判', en: 'Negotiation' },
  signed: { 'zh-CN': '已签约', en: 'Signed' },
  lost: { 'zh-CN': '已流失', en: 'Lost' },
  district: { 'zh-CN': '全区', en: 'District' },
  zone: { 'zh-CN': '片区', en: 'Zone' },
  park: { 'zh-CN': '园区', en: 'Park' },
  building: { 'zh-CN': '楼宇', en: 'Building' },
};

export const YES_NO: Record<'yes' | 'no', Record<Locale, string>> = {
  yes: { 'zh-CN': '是', en: 'Yes' },
  no: { 'zh-CN': '否', en: 'No' },
};

export const valueLabel = (code: string, locale: Locale): string => VALUE_LABELS[code]?.[locale] ?? code;

const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The code an enum cell means: the code itself or a label in either language (case and spacing ignored). */
export function enumCode(text: string, values: readonly string[]): string | null {
  const wanted = fold(text);
  for (const code of values) {
    if (fold(code) === wanted) return code;
    const labels = VALUE_LABELS[code];
    if (labels && (fold(labels['zh-CN']) === wanted || fold(labels.en) === wanted)) return code;
  }
  return null;
}

const TRUE_WORDS = new Set(['是', 'yes', 'y', 'true', '1', '√', '✓']);
const FALSE_WORDS = new Set(['否', 'no', 'n', 'false', '0', '×']);

/** Yes/no in either language, TRUE/FALSE, 1/0; null when the text means neither. */
export function boolOf(text: string): boolean | null {
  const t = fold(text);
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return null;
}
