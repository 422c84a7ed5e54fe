// List queries: search, sort, filters and a window (offset/limit) so long lists are virtualised and paged by SQL.
import { z } from 'zod';
import { BUILDING_STATUSES, DEAL_STAGES, LEASE_KINDS, PROSPECT_SOURCES, TENANT_CATEGORIES, UNIT_USES, ZONE_KINDS } from '../enums';
import { id, isoDate } from './primitives';

const windowFields = {
  search: z.string().max(200).optional(),
  sortDir: z.enum(['asc', 'desc']).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
};

export const zoneQuery = z
  .object({
    ...windowFields,
    sortBy: z.enum(['code', 'name', 'kind', 'buildingCount']).optional(),
    kind: z.enum(ZONE_KINDS).optional(),
  })
  .strict();

export const parkQuery = z
  .object({
    ...windowFields,
    sortBy: z.enum(['name', 'zone', 'theme', 'buildingCount']).optional(),
    zoneId: id.optional(),
  })
  .strict();

export const buildingQuery = z
  .object({
    ...windowFields,
    sortBy: z.enum(['name', 'zone', 'park', 'status', 'deliveryDate', 'floorsAbove', 'unitAreaM2', 'unitCount']).optional(),
    zoneId: id.optional(),
    parkId: id.optional(),
    /** 'none' lists stand-alone (theme) buildings without a park. */
    parkless: z.boolean().optional(),
    status: z.enum(BUILDING_STATUSES).optional(),
    themeOnly: z.boolean().optional(),
    /** Buildings with at least one unit of this use. */
    use: z.enum(UNIT_USES).optional(),
  })
  .strict();

export const unitQuery = z
  .object({
    ...windowFields,
    sortBy: z.enum(['label', 'floor', 'areaM2', 'use', 'building']).optional(),
    zoneId: id.optional(),
    parkId: id.optional(),
    buildingId: id.optional(),
    floor: z.number().int().min(-20).max(200).optional(),
    use: z.enum(UNIT_USES).optional(),
    status: z.enum(BUILDING_STATUSES).optional(),
    /** The date the rows' active leases and held area are read at (default today), e.g. a new lease's start. */
    asOf: isoDate.optional(),
  })
  .strict();

export const tenantQuery = z
  .object({
    ...windowFields,
    sortBy: z.enum(['name', 'uscc', 'category', 'enteredDistrictOn', 'leaseCount']).optional(),
    category: z.enum(TENANT_CATEGORIES).optional(),
  })
  .strict();

export const leaseQuery = z
  .object({
    ...windowFields,
    sortBy: z.enum(['startDate', 'endDate', 'areaM2', 'tenant', 'unit', 'building']).optional(),
    zoneId: id.optional(),
    parkId: id.optional(),
    buildingId: id.optional(),
    unitId: id.optional(),
    tenantId: id.optional(),
    kind: z.enum(LEASE_KINDS).optional(),
    /** Only leases active at this date (see docs/ARCHITECTURE.md, "Active at D"). */
    activeOn: isoDate.optional(),
  })
  .strict();

export const targetQuery = z
  .object({
    ...windowFields,
    sortBy: z.enum(['dueDate', 'metric', 'label']).optional(),
  })
  .strict();

export const prospectQuery = z
  .object({
    ...windowFields,
    sortBy: z.enum(['name', 'category', 'manager', 'source', 'needM2', 'wantedMoveIn', 'dealCount']).optional(),
    category: z.enum(TENANT_CATEGORIES).optional(),
    source: z.enum(PROSPECT_SOURCES).optional(),
    zoneId: id.optional(),
  })
  .strict();

export const dealQuery = z
  .object({
    ...windowFields,
    sortBy: z.enum(['prospect', 'stage', 'stageOn', 'areaM2', 'startDate']).optional(),
    prospectId: id.optional(),
    stage: z.enum(DEAL_STAGES).optional(),
  })
  .strict();

export const tenantReturnQuery = z
  .object({
    ...windowFields,
    sortBy: z.enum(['year', 'tenant', 'revenueCny', 'headcount']).optional(),
    tenantId: id.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .strict();

export const listQueries = {
  zone: zoneQuery,
  park: parkQuery,
  building: buildingQuery,
  unit: unitQuery,
  tenant: tenantQuery,
  lease: leaseQuery,
  target: targetQuery,
  prospect: prospectQuery,
  deal: dealQuery,
  tenant_return: tenantReturnQuery,
} as const;

// Accounting channels.
export const asOfInput = z.object({ asOf: isoDate }).strict();

const targetPick = {
  /** Space target to measure against; default: the district target due soonest on or after the as-of date. */
  spaceTargetId: id.optional(),
  firmsTargetId: id.optional(),
};

export const rollupInput = z
  .object({
    asOf: isoDate,
    by: z.enum(['zone', 'park', 'building', 'floor', 'use']),
    /** Only rows inside this zone/park/building (the table expands level by level). */
    withinId: id.optional(),
    ...targetPick,
  })
  .strict();

export const trajectoryInput = z.object({ ...targetPick }).strict();

export const indicatorsInput = z.object({ asOf: isoDate, ...targetPick }).strict();

/** The monthly report (issue 9): its date, period, language and, optionally, one zone by code. */
export const reportInput = z
  .object({
    asOf: isoDate,
    period: z.enum(['month', 'quarter', 'year']),
    lang: z.enum(['zh-CN', 'en']),
    zoneCode: z.string().min(1).max(32).optional(),
  })
  .strict();

export const stampInput = z.object({ asOf: isoDate, zoneCode: z.string().min(1).max(32).optional() }).strict();

export const vacancyQuery = z
  .object({
    asOf: isoDate,
    sortBy: z.enum(['areaM2', 'availableM2', 'floor', 'zone', 'building']).optional(),
    sortDir: z.enum(['asc', 'desc']).optional(),
    zoneId: id.optional(),
    parkId: id.optional(),
    use: z.enum(UNIT_USES).optional(),
    minAreaM2: z.number().min(0).max(10_000_000).optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const stackingInput = z.object({ buildingId: id, asOf: isoDate }).strict();
