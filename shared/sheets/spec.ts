// The floor-space spreadsheets' vocabulary: which sheets a report has, their columns (headers in both languages,
// kind, width) and which of them an import reads back. Export, template, import and the CLI all read these lists,
// so a header or a column's kind is written once.
import { BUILDING_STATUSES, DEAL_STAGES, LEASE_KINDS, TENANT_CATEGORIES, UNIT_USES, type EntityName, type Locale } from '../enums';
import { UNIT_STATUSES } from '../accounting/views';
import { FIGURE_TERMS, termText } from '../glossary';

/** How a cell is written and read. */
export type CellKind =
  | 'id' // hidden record id (re-import matches rows by it)
  | 'version' // hidden record version (an older one is a conflict)
  | 'text'
  | 'area' // m², a number with #,##0.00
  | 'number'
  | 'int'
  | 'percent' // a ratio shown as 0.0 %
  | 'date' // a real date (UTC midnight)
  | 'bool'
  | 'enum';

export interface ColumnSpec {
  /** The record's field, a reference key (zoneCode, buildingName, …) or a computed figure. */
  key: string;
  zh: string;
  en: string;
  kind: CellKind;
  /** Allowed codes of an enum column (their labels in either language are accepted too). */
  values?: readonly string[];
  /** The header must be present for an import of this sheet. */
  required?: boolean;
  /** Written by the export, ignored (silently) by the import: a figure at the report's date. */
  computed?: boolean;
  /** Text in the report's language (a name chosen by language): left out of the report's SHA-256. */
  localized?: boolean;
  /** A hidden-width column (ids, versions, reference ids). */
  hidden?: boolean;
  /** Value used when the cell is empty (else null, or '' for text). */
  empty?: boolean | number | string;
  width: number;
}

export const IMPORT_SHEETS = ['buildings', 'units', 'tenants', 'leases', 'returns'] as const;
export type ImportSheet = (typeof IMPORT_SHEETS)[number];
export const COMPUTED_SHEETS = ['summary', 'floors', 'vacancies', 'expiries', 'pipeline', 'about'] as const;
export type ComputedSheet = (typeof COMPUTED_SHEETS)[number];
export type SheetKey = ImportSheet | ComputedSheet;

/** Report order: summary first, About last. */
export const REPORT_SHEETS: readonly SheetKey[] = [
  'summary',
  'buildings',
  'floors',
  'units',
  'leases',
  'tenants',
  'returns',
  'vacancies',
  'expiries',
  'pipeline',
  'about',
];

export const SHEET_ENTITY: Record<ImportSheet, EntityName> = {
  buildings: 'building',
  units: 'unit',
  tenants: 'tenant',
  leases: 'lease',
  returns: 'tenant_return',
};

/** Sheet names (at most 31 characters, none of : \ / ? * [ ]). */
export const SHEET_NAMES: Record<SheetKey, Record<Locale, string>> = {
  summary: { 'zh-CN': '汇总', en: 'Summary' },
  buildings: { 'zh-CN': '楼宇', en: 'Buildings' },
  floors: { 'zh-CN': '楼层明细', en: 'Floor schedule' },
  units: { 'zh-CN': '单元', en: 'Units' },
  leases: { 'zh-CN': '租约', en: 'Leases' },
  tenants: { 'zh-CN': '企业', en: 'Tenants' },
  returns: { 'zh-CN': '企业年报', en: 'Annual returns' },
  vacancies: { 'zh-CN': '空置', en: 'Vacancies' },
  expiries: { 'zh-CN': '到期', en: 'Expiries' },
  pipeline: { 'zh-CN': '招商项目', en: 'Pipeline' },
  about: { 'zh-CN': '关于本报表', en: 'About this report' },
};

const ID = (): ColumnSpec => ({ key: 'id', zh: '编号', en: 'ID', kind: 'id', hidden: true, width: 2 });
const VERSION = (): ColumnSpec => ({ key: 'version', zh: '版本', en: 'Version', kind: 'version', hidden: true, width: 2 });
const ref = (key: string, zh: string, en: string): ColumnSpec => ({ key, zh, en, kind: 'id', hidden: true, width: 2 });
const ZONE_CODE: ColumnSpec = { key: 'zoneCode', zh: '片区代码', en: 'Zone code', kind: 'text', required: true, width: 12 };
const BUILDING_NAME: ColumnSpec = { key: 'buildingName', zh: '楼宇', en: 'Building', kind: 'text', required: true, width: 24 };

const fig = (key: string, zh: string, en: string, kind: CellKind = 'area'): ColumnSpec => ({
  key,
  zh,
  en,
  kind,
  width: kind === 'area' ? 14 : 10,
});
/** A roll-up figure's column, named by the glossary (the same word as on the dashboard), with the unit for areas. */
const term = (key: keyof typeof FIGURE_TERMS, kind: CellKind = 'area'): ColumnSpec => {
  const t = FIGURE_TERMS[key];
  const unit = kind === 'area' ? { zh: '（㎡）', en: ' (m²)' } : { zh: '', en: '' };
  return fig(key, `${termText(t, 'zh-CN')}${unit.zh}`, `${termText(t, 'en')}${unit.en}`, kind);
};
export const IMPORT_COLUMNS: Record<ImportSheet, readonly ColumnSpec[]> = {
  buildings: [
    ID(),
    VERSION(),
    ref('parkId', '园区编号', 'Park ID'),
    ZONE_CODE,
    { key: 'parkName', zh: '园区', en: 'Park', kind: 'text', width: 20 },
    { key: 'nameZh', zh: '名称（中文）', en: 'Name (Chinese)', kind: 'text', required: true, width: 24 },
    { key: 'nameEn', zh: '名称（英文）', en: 'Name (English)', kind: 'text', required: true, width: 24 },
    { key: 'address', zh: '地址', en: 'Address', kind: 'text', width: 28 },
    { key: 'isThemeBuilding', zh: '主题楼宇', en: 'Theme building', kind: 'bool', empty: false, width: 10 },
    { key: 'floorsAbove', zh: '地上层数', en: 'Floors above ground', kind: 'int', required: true, width: 10 },
    { key: 'floorsBelow', zh: '地下层数', en: 'Floors below ground', kind: 'int', empty: 0, width: 10 },
    { key: 'grossFloorAreaM2', zh: '建筑面积（㎡）', en: 'Gross floor area (m²)', kind: 'area', width: 14 },
    { key: 'declaredRentableM2', zh: '申报可租面积（㎡）', en: 'Declared rentable (m²)', kind: 'area', width: 14 },
    { key: 'deliveryDate', zh: '交付日期', en: 'Delivery date', kind: 'date', width: 12 },
    { key: 'status', zh: '状态', en: 'Status', kind: 'enum', values: BUILDING_STATUSES, required: true, width: 12 },
  ],
  units: [
    ID(),
    VERSION(),
    ref('buildingId', '楼宇编号', 'Building ID'),
    ZONE_CODE,
    BUILDING_NAME,
    { key: 'floor', zh: '楼层', en: 'Floor', kind: 'int', required: true, width: 8 },
    { key: 'label', zh: '单元号', en: 'Unit', kind: 'text', required: true, width: 10 },
    { key: 'areaM2', zh: '面积（㎡）', en: 'Area (m²)', kind: 'area', required: true, width: 12 },
    { key: 'use', zh: '用途', en: 'Use', kind: 'enum', values: UNIT_USES, required: true, width: 10 },
    { key: 'countsTowardTarget', zh: '计入目标', en: 'Counts toward target', kind: 'bool', empty: true, width: 10 },
    { key: 'outOfService', zh: '停用', en: 'Out of service', kind: 'bool', empty: false, width: 10 },
    { key: 'status', zh: '截至日状态', en: 'Status at date', kind: 'enum', values: UNIT_STATUSES, computed: true, width: 12 },
    { ...term('leasedM2'), computed: true, width: 12 },
    { ...term('reservedM2'), computed: true, width: 12 },
  ],
  tenants: [
    ID(),
    VERSION(),
    { key: 'nameZh', zh: '名称（中文）', en: 'Name (Chinese)', kind: 'text', required: true, width: 28 },
    { key: 'nameEn', zh: '名称（英文）', en: 'Name (English)', kind: 'text', width: 28 },
    { key: 'uscc', zh: '统一社会信用代码', en: 'Unified social credit code', kind: 'text', width: 22 },
    { key: 'category', zh: '类别', en: 'Category', kind: 'enum', values: TENANT_CATEGORIES, required: true, width: 16 },
    { key: 'enteredDistrictOn', zh: '入区日期', en: 'Entered district on', kind: 'date', width: 12 },
  ],
  leases: [
    ID(),
    VERSION(),
    ref('unitId', '单元编号', 'Unit ID'),
    ref('tenantId', '企业编号', 'Tenant ID'),
    ZONE_CODE,
    BUILDING_NAME,
    { key: 'unitLabel', zh: '单元号', en: 'Unit', kind: 'text', required: true, width: 10 },
    { key: 'tenantUscc', zh: '企业信用代码', en: 'Tenant credit code', kind: 'text', width: 22 },
    { key: 'tenantName', zh: '企业', en: 'Tenant', kind: 'text', required: true, width: 28 },
    { key: 'kind', zh: '类型', en: 'Kind', kind: 'enum', values: LEASE_KINDS, required: true, width: 10 },
    { key: 'startDate', zh: '起始日期', en: 'Start date', kind: 'date', required: true, width: 12 },
    { key: 'endDate', zh: '结束日期', en: 'End date', kind: 'date', width: 12 },
    { key: 'areaM2', zh: '面积（㎡）', en: 'Area (m²)', kind: 'area', required: true, width: 12 },
    { key: 'rentCnyPerM2Day', zh: '租金（元/㎡·天）', en: 'Rent (CNY/m²/day)', kind: 'number', width: 12 },
    { key: 'terminatedOn', zh: '终止日期', en: 'Terminated on', kind: 'date', width: 12 },
  ],
  /** Tenants' annual returns (issue 9): a tenant by credit code (else name), one row per tenant and year. */
  returns: [
    ID(),
    VERSION(),
    ref('tenantId', '企业编号', 'Tenant ID'),
    { key: 'tenantUscc', zh: '企业信用代码', en: 'Tenant credit code', kind: 'text', width: 22 },
    { key: 'tenantName', zh: '企业', en: 'Tenant', kind: 'text', required: true, width: 28 },
    { key: 'year', zh: '年份', en: 'Year', kind: 'int', required: true, width: 8 },
    { key: 'revenueCny', zh: '营业收入（元）', en: 'Operating revenue (CNY)', kind: 'number', required: true, width: 18 },
    { key: 'headcount', zh: '从业人数', en: 'Headcount', kind: 'int', required: true, width: 10 },
    { key: 'highTech', zh: '高新技术企业', en: 'High-tech enterprise', kind: 'bool', empty: false, width: 10 },
    { key: 'inventionPatents', zh: '发明专利', en: 'Invention patents', kind: 'int', empty: 0, width: 10 },
    { key: 'highQualityPatents', zh: '高质量发明专利', en: 'High-quality patents', kind: 'int', empty: 0, width: 10 },
    { key: 'standardsDomestic', zh: '国内标准', en: 'Domestic standards', kind: 'int', empty: 0, width: 10 },
    { key: 'standardsInternational', zh: '国际标准', en: 'International standards', kind: 'int', empty: 0, width: 10 },
  ],
};

const FIGURES: ColumnSpec[] = [
  term('providedM2'),
  term('leasedM2'),
  term('reservedM2'),
  term('availableM2'),
  term('outOfServiceM2'),
  term('pipelineM2'),
  term('preLetM2'),
  term('occupancy', 'percent'),
];

/** Columns of the sheets the report computes (never imported). About is a two-column list of facts. */
export const COMPUTED_COLUMNS: Record<ComputedSheet, readonly ColumnSpec[]> = {
  summary: [
    { key: 'id', zh: '编号', en: 'ID', kind: 'id', hidden: true, width: 2 },
    { key: 'level', zh: '层级', en: 'Level', kind: 'enum', values: ['district', 'zone', 'park', 'building'], width: 10 },
    { key: 'name', zh: '名称', en: 'Name', kind: 'text', localized: true, width: 22 },
    ...FIGURES,
    fig('spaceTargetM2', '空间目标（㎡）', 'Space target (m²)'),
    fig('targetProgress', '目标完成度', 'Progress', 'percent'),
    fig('gapM2', '差额（㎡）', 'Gap (m²)'),
    term('newFirms', 'int'),
    fig('firmsTarget', '企业目标', 'Firms target', 'int'),
    fig('firmsGap', '企业差额', 'Firms gap', 'int'),
  ],
  floors: [
    ref('buildingId', '楼宇编号', 'Building ID'),
    ZONE_CODE,
    BUILDING_NAME,
    { key: 'floor', zh: '楼层', en: 'Floor', kind: 'int', width: 8 },
    fig('unitCount', '单元数', 'Units', 'int'),
    fig('areaM2', '面积（㎡）', 'Area (m²)'),
    term('leasedM2'),
    term('reservedM2'),
    term('availableM2'),
  ],
  vacancies: [
    ref('unitId', '单元编号', 'Unit ID'),
    ZONE_CODE,
    BUILDING_NAME,
    { key: 'floor', zh: '楼层', en: 'Floor', kind: 'int', width: 8 },
    { key: 'label', zh: '单元号', en: 'Unit', kind: 'text', width: 10 },
    { key: 'use', zh: '用途', en: 'Use', kind: 'enum', values: UNIT_USES, width: 10 },
    fig('areaM2', '面积（㎡）', 'Area (m²)'),
    term('availableM2'),
  ],
  expiries: [
    ref('leaseId', '租约编号', 'Lease ID'),
    ZONE_CODE,
    BUILDING_NAME,
    { key: 'unitLabel', zh: '单元号', en: 'Unit', kind: 'text', width: 10 },
    { key: 'tenantName', zh: '企业', en: 'Tenant', kind: 'text', width: 28 },
    fig('areaM2', '面积（㎡）', 'Area (m²)'),
    { key: 'lastDay', zh: '最后租用日', en: 'Last day', kind: 'date', width: 12 },
    fig('months', '剩余月数', 'Months left', 'int'),
  ],
  // Tenant attraction (issue 14): every deal begun by the date, as the board shows it at that date.
  pipeline: [
    ref('dealId', '项目编号', 'Deal ID'),
    { key: 'prospectZh', zh: '意向企业（中文）', en: 'Prospect (Chinese)', kind: 'text', width: 28 },
    { key: 'prospectEn', zh: '意向企业（英文）', en: 'Prospect (English)', kind: 'text', width: 28 },
    { key: 'category', zh: '类别', en: 'Category', kind: 'enum', values: TENANT_CATEGORIES, width: 16 },
    { key: 'manager', zh: '负责人', en: 'Manager', kind: 'text', width: 10 },
    { key: 'stage', zh: '截至日阶段', en: 'Stage at date', kind: 'enum', values: DEAL_STAGES, width: 12 },
    { key: 'stageOn', zh: '进入阶段日期', en: 'Stage since', kind: 'date', width: 12 },
    fig('daysInStage', '停留天数', 'Days in stage', 'int'),
    { key: 'stale', zh: '停滞', en: 'Stale', kind: 'bool', width: 8 },
    { key: 'buildingName', zh: '楼宇', en: 'Building', kind: 'text', width: 24 },
    { key: 'units', zh: '单元', en: 'Units', kind: 'text', width: 14 },
    fig('areaM2', '面积（㎡）', 'Area (m²)'),
    { key: 'moveIn', zh: '入驻日期', en: 'Move-in', kind: 'date', width: 12 },
    fig('probability', '签约概率', 'Chance of signing', 'percent'),
    { key: 'lostReason', zh: '流失原因', en: 'Reason lost', kind: 'text', width: 28 },
  ],
  about: [
    { key: 'item', zh: '项目', en: 'Item', kind: 'text', width: 28 },
    { key: 'value', zh: '内容', en: 'Value', kind: 'text', width: 70 },
  ],
};

export function columnsOf(sheet: SheetKey): readonly ColumnSpec[] {
  return (IMPORT_SHEETS as readonly string[]).includes(sheet)
    ? IMPORT_COLUMNS[sheet as ImportSheet]
    : COMPUTED_COLUMNS[sheet as ComputedSheet];
}

/** The importable columns of a sheet (not computed). */
export function inputColumns(sheet: ImportSheet): ColumnSpec[] {
  return IMPORT_COLUMNS[sheet].filter((c) => !c.computed);
}

/** The template's header: both languages, so either team can fill it in. */
export const bilingualHeader = (c: ColumnSpec): string => `${c.zh} / ${c.en}`;

/** Rows beyond this make the file refused before it is parsed (stated in the message). */
export const MAX_IMPORT_ROWS = 200_000;
