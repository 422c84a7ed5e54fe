// File → Download import template: the four importable sheets with bilingual headers, one example row each
// (consistent across sheets), drop-down lists for the choices and yes/no columns, and an instructions sheet
// (named like the report's About sheet, so an import skips it with a note).
import { randomUUID } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../../../shared/enums';
import { valueLabel, YES_NO } from '../../../../shared/sheets/labels';
import { word } from '../../../../shared/sheets/report-labels';
import {
  bilingualHeader,
  COMPUTED_COLUMNS,
  IMPORT_SHEETS,
  inputColumns,
  MAX_IMPORT_ROWS,
  SHEET_NAMES,
  type ColumnSpec,
  type ImportSheet,
} from '../../../../shared/sheets/spec';
import { usccCheckChar } from '../../../../shared/uscc';
import type { SheetRow } from '../../db/repos/sheet-rows';
import { Ticker } from './progress';
import { writeXlsx, type WrittenSheet } from './xlsx-write';

const EXAMPLE_USCC = `91110102MA01EXAM1${usccCheckChar('91110102MA01EXAM1')}`;

export const TEMPLATE_EXAMPLES: Record<ImportSheet, SheetRow> = {
  buildings: {
    zoneCode: 'CORE',
    parkName: '',
    nameZh: '示例大厦',
    nameEn: 'Example Tower',
    address: '金融街 1 号',
    isThemeBuilding: false,
    floorsAbove: 20,
    floorsBelow: 2,
    grossFloorAreaM2: 30000,
    declaredRentableM2: 24000,
    deliveryDate: '2025-06-30',
    status: 'operational',
  },
  units: {
    zoneCode: 'CORE',
    buildingName: '示例大厦',
    floor: 3,
    label: '301',
    areaM2: 120.5,
    use: 'office',
    countsTowardTarget: true,
    outOfService: false,
  },
  tenants: {
    nameZh: '示例金融科技有限公司',
    nameEn: 'Example Fintech Co., Ltd.',
    uscc: EXAMPLE_USCC,
    category: 'fintech',
    enteredDistrictOn: '2025-07-01',
  },
  leases: {
    zoneCode: 'CORE',
    buildingName: '示例大厦',
    unitLabel: '301',
    tenantUscc: EXAMPLE_USCC,
    tenantName: '示例金融科技有限公司',
    kind: 'lease',
    startDate: '2025-07-01',
    endDate: '2028-06-30',
    areaM2: 100,
    rentCnyPerM2Day: 6.5,
    terminatedOn: null,
  },
  returns: {
    tenantUscc: EXAMPLE_USCC,
    tenantName: '示例金融科技有限公司',
    year: 2025,
    revenueCny: 52_000_000,
    headcount: 86,
    highTech: true,
    inventionPatents: 4,
    highQualityPatents: 2,
    standardsDomestic: 1,
    standardsInternational: 0,
  },
};

/** The columns a template offers: the importable ones a person types (no hidden ids). */
export const templateColumns = (sheet: ImportSheet): ColumnSpec[] => inputColumns(sheet).filter((c) => !c.hidden);

/** Drop-down values of a column in the template's language (none for free-text columns). */
export function listValuesFor(locale: Locale): (c: ColumnSpec) => string[] {
  return (c) => {
    if (c.kind === 'enum') return (c.values ?? []).map((v) => valueLabel(v, locale));
    if (c.kind === 'bool') return [YES_NO.yes[locale], YES_NO.no[locale]];
    return [];
  };
}

const INSTRUCTIONS: Record<Locale, string[]> = {
  'zh-CN': [
    '每张表第一行是列名（中文 / English），请勿修改；第二行是示例，导入前请删除或改成真实数据。',
    '片区代码须为系统中已有的片区；单元按“片区代码 + 楼宇 + 单元号”对应楼宇，租约按“楼宇 + 单元号 + 企业信用代码（或名称）”对应单元和企业。',
    '已有记录按编号或自然键（楼宇：片区 + 名称；单元：楼宇 + 楼层 + 单元号；企业：统一社会信用代码；租约：单元 + 企业 + 起始日期）匹配，匹配到即为修改。',
    '日期请写成 2025-12-31、2025/12/31 或 2025年12月31日；面积为大于 0 的数字（平方米）。',
    `导入前总会先预览：新增、修改（旧值 → 新值）、未变化和出错的行；确认后一次写入，可一步撤销。单次最多 ${MAX_IMPORT_ROWS} 行。`,
  ],
  en: [
    'Row 1 of each sheet holds the headers (Chinese / English); keep them. Row 2 is an example: delete it or replace it with real data before importing.',
    'Zone codes must be zones that exist. Units find their building by zone code + building; leases find their unit and tenant by building + unit + the tenant’s credit code (or name).',
    'Existing records match by ID or natural key (building: zone + name; unit: building + floor + label; tenant: credit code; lease: unit + tenant + start date) and are updated.',
    'Write dates as 2025-12-31, 2025/12/31 or 2025年12月31日; areas are numbers greater than 0 (m²).',
    `An import always shows a preview first: rows to add, to change (old → new), unchanged and in error; once confirmed it is written at once and undone in one step. At most ${MAX_IMPORT_ROWS} rows per import.`,
  ],
};

export async function writeTemplate(file: string, locale: Locale): Promise<void> {
  const values = listValuesFor(locale);
  const sheets: WrittenSheet[] = IMPORT_SHEETS.map((key) => {
    const columns = templateColumns(key);
    return {
      name: `${SHEET_NAMES[key]['zh-CN']} ${SHEET_NAMES[key].en}`,
      columns,
      headers: columns.map(bilingualHeader),
      rows: [TEMPLATE_EXAMPLES[key]],
      validations: { rows: 1000, values },
    };
  });
  sheets.push({
    name: SHEET_NAMES.about[locale],
    columns: COMPUTED_COLUMNS.about,
    rows: [
      { item: word('templateExample', locale), value: '' },
      ...INSTRUCTIONS[locale].map((value, i) => ({ item: String(i + 1), value })),
    ],
  });
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID().slice(0, 8)}.partial`);
  try {
    await writeXlsx(partial, sheets, locale, new Ticker({ total: 1 }));
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}
