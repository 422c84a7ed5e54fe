// Closed vocabularies of the data model. Each list is the single source for SQL CHECKs, schemas and UI pickers.
export const ZONE_KINDS = ['core', 'wing', 'cluster'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export const BUILDING_STATUSES = ['planned', 'renovating', 'operational'] as const;
export type BuildingStatus = (typeof BUILDING_STATUSES)[number];

export const UNIT_USES = ['office', 'lab', 'retail', 'common', 'other'] as const;
export type UnitUse = (typeof UNIT_USES)[number];

export const TENANT_CATEGORIES = [
  'fintech',
  'professional_service',
  'research',
  'supervision_tech',
  'financial_institution',
  'other',
] as const;
export type TenantCategory = (typeof TENANT_CATEGORIES)[number];

/** Categories that count as "newly added fintech firms and professional service agencies". */
export const TARGET_TENANT_CATEGORIES: readonly TenantCategory[] = [
  'fintech',
  'professional_service',
  'research',
  'supervision_tech',
  'financial_institution',
];

export const LEASE_KINDS = ['lease', 'reservation'] as const;
export type LeaseKind = (typeof LEASE_KINDS)[number];

/**
 * What a target measures: the space and new-firms targets, and the plan's other indicators (docs/ARCHITECTURE.md,
 * "Plan indicators"): high-tech tenants' mean revenue growth (value in %), high-quality invention patents per year,
 * and standards led or joined in the window.
 */
export const TARGET_METRICS = ['space_provided_m2', 'new_firms', 'revenue_growth_pct', 'patents_per_year', 'standards'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** Stages of a deal in the tenant-attraction pipeline (招商), in order; `lost` closes a deal at any stage. */
export const DEAL_STAGES = ['contact', 'visit', 'proposal', 'negotiation', 'reserved', 'signed', 'lost'] as const;
export type DealStage = (typeof DEAL_STAGES)[number];
/** Stages of a deal still in play (neither signed nor lost): what the forecast weighs by probability. */
export const LIVE_STAGES = ['contact', 'visit', 'proposal', 'negotiation', 'reserved'] as const satisfies readonly DealStage[];
export type LiveStage = (typeof LIVE_STAGES)[number];

/** Where a prospect came from. */
export const PROSPECT_SOURCES = ['referral', 'event', 'policy_desk', 'inbound', 'agent', 'other'] as const;
export type ProspectSource = (typeof PROSPECT_SOURCES)[number];

export const ENTITIES = ['zone', 'park', 'building', 'unit', 'tenant', 'lease', 'target', 'tenant_return', 'prospect', 'deal'] as const;
export type EntityName = (typeof ENTITIES)[number];

export const CHANGE_ORIGINS = ['user', 'undo', 'redo', 'sample', 'import', 'survey', 'restore'] as const;
export type ChangeOrigin = (typeof CHANGE_ORIGINS)[number];

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Upper bound for any area entered by a user (m²), exclusive. */
export const MAX_AREA_M2 = 10_000_000;
/** The smallest area a record can hold (1 dm²): anything smaller is a typing slip or a number like 5e-324. */
export const SMALLEST_AREA_M2 = 0.01;
