// What every database starts with: the core and the two wings, and the 2021–2025 plan targets.
import type { Draft } from '../../../../shared/models';
import { ZONE_SHAPES, polygon } from './geo';
import type { NewId, Planned } from './model';
import { PLAN_DUE, PLAN_START } from './plan';

export const TARGET_SPACE_M2 = 500_000;
export const TARGET_NEW_FIRMS = 50;

export function baselineZones(newId: NewId): Planned<'zone'>[] {
  return ZONE_SHAPES.map((z) => ({
    id: newId(),
    draft: { code: z.code, nameZh: z.nameZh, nameEn: z.nameEn, kind: z.kind, boundary: polygon(z.ring) },
  }));
}

export function baselineTargets(newId: NewId): Planned<'target'>[] {
  const targets: Draft<'target'>[] = [
    {
      metric: 'space_provided_m2',
      value: TARGET_SPACE_M2,
      startDate: PLAN_START,
      dueDate: PLAN_DUE,
      zoneId: null,
      label: '2025年前提供50万平方米优质产业空间 / 500,000 m² of quality industrial space by 2025',
    },
    {
      metric: 'new_firms',
      value: TARGET_NEW_FIRMS,
      startDate: PLAN_START,
      dueDate: PLAN_DUE,
      zoneId: null,
      label: '新增金融科技企业和专业服务机构50家 / 50 new fintech firms and professional service agencies',
    },
  ];
  return targets.map((draft) => ({ id: newId(), draft }));
}

/** The development plan's other indicators (issue 9), over the same 2021–2025 window. */
export const TARGET_REVENUE_GROWTH_PCT = 8;
export const TARGET_PATENTS_PER_YEAR = 50;
export const TARGET_STANDARDS = 10;

export function indicatorTargets(newId: NewId): Planned<'target'>[] {
  const targets: Draft<'target'>[] = [
    {
      metric: 'revenue_growth_pct',
      value: TARGET_REVENUE_GROWTH_PCT,
      startDate: PLAN_START,
      dueDate: PLAN_DUE,
      zoneId: null,
      label: '高新技术企业营业收入年均增长8%以上 / High-tech enterprises’ revenue growing at least 8% a year',
    },
    {
      metric: 'patents_per_year',
      value: TARGET_PATENTS_PER_YEAR,
      startDate: PLAN_START,
      dueDate: PLAN_DUE,
      zoneId: null,
      label: '年均新增高质量发明专利50件以上 / More than 50 high-quality invention patents a year',
    },
    {
      metric: 'standards',
      value: TARGET_STANDARDS,
      startDate: PLAN_START,
      dueDate: PLAN_DUE,
      zoneId: null,
      label: '主导或参与制定国内国际标准10项 / 10 domestic or international standards',
    },
  ];
  return targets.map((draft) => ({ id: newId(), draft }));
}
