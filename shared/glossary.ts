// One word per concept (issue 10, item 4): the names of the figures, the unit statuses and the screens that every
// surface shows — the dashboard, the map, the stacking plan, the command line and the spreadsheets. The renderer's
// catalogues take these as their `term.*` keys (renderer/i18n/parts/glossary.ts) and the CLI's messages take them
// as they are, so a figure is called the same everywhere; test/shared/glossary.test.ts and the e2e tests hold
// every surface to this table. Exports: name a figure with `termText(FIGURE_TERMS[key], locale)`.
import type { Locale } from './enums';
import type { AreaSums, UnitStatus } from './accounting/figures';

export const GLOSSARY = {
  provided: { 'zh-CN': '已提供空间', en: 'Provided space' },
  leased: { 'zh-CN': '已出租', en: 'Leased' },
  reserved: { 'zh-CN': '已预留', en: 'Reserved' },
  available: { 'zh-CN': '可租', en: 'Available' },
  outOfService: { 'zh-CN': '停用', en: 'Out of service' },
  pipeline: { 'zh-CN': '在建待交付', en: 'Pipeline' },
  preLet: { 'zh-CN': '预租', en: 'Pre-let' },
  occupancy: { 'zh-CN': '出租率', en: 'Occupancy' },
  newFirms: { 'zh-CN': '新增企业', en: 'New firms' },
  notCounted: { 'zh-CN': '不计入目标', en: 'Not counted' },
  nothingProvided: { 'zh-CN': '无已提供空间', en: 'Nothing provided' },
  stackingPlan: { 'zh-CN': '楼层堆叠图', en: 'Stacking plan' },
  spaceTarget: { 'zh-CN': '面积目标', en: 'Space target' },
  firmsTarget: { 'zh-CN': '企业目标', en: 'Firms target' },
  // The tenant-attraction forecast (shared/accounting/pipeline.ts).
  expectedFirms: { 'zh-CN': '预计新增企业', en: 'Expected firms' },
  expectedArea: { 'zh-CN': '预计出租面积', en: 'Expected area' },
  signedAhead: { 'zh-CN': '已签约待起租', en: 'Signed, starting later' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Term = keyof typeof GLOSSARY;
export const TERMS = Object.keys(GLOSSARY) as Term[];

export function termText(term: Term, locale: Locale): string {
  return GLOSSARY[term][locale];
}

/** The term of each roll-up figure (what a column, a card or a label naming that figure says). */
export const FIGURE_TERMS = {
  providedM2: 'provided',
  leasedM2: 'leased',
  reservedM2: 'reserved',
  availableM2: 'available',
  outOfServiceM2: 'outOfService',
  pipelineM2: 'pipeline',
  preLetM2: 'preLet',
  occupancy: 'occupancy',
  newFirms: 'newFirms',
} as const satisfies Record<keyof AreaSums | 'occupancy' | 'newFirms', Term>;

/** The term of each unit status at D: a status is named after the figure its area counts in. */
export const STATUS_TERMS = {
  leased: 'leased',
  reserved: 'reserved',
  available: 'available',
  out_of_service: 'outOfService',
  pipeline: 'pipeline',
  not_counted: 'notCounted',
} as const satisfies Record<UnitStatus, Term>;

/**
 * Words this glossary retired: other names once used for one of its concepts. No catalogue or CLI text may use
 * them again (the glossary test looks).
 */
export const RETIRED_WORDS: Record<Locale, readonly string[]> = {
  'zh-CN': ['储备面积', '楼层图', '在建/待交付', '在建未交付', '无可租面积', '（储备）', '可出租', '已提供面积', '空间目标'],
  en: ['Provided area', 'Floor plan', 'Not yet delivered (pipeline)'],
};
