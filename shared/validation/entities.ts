// Shape schemas for each record a user can create or edit. Cross-record rules (floor within the building,
// over-leasing, unique codes, park in the same zone) live in the services, which report the same FieldError codes.
import { z } from 'zod';
import {
  BUILDING_STATUSES,
  DEAL_STAGES,
  LEASE_KINDS,
  PROSPECT_SOURCES,
  TARGET_METRICS,
  TENANT_CATEGORIES,
  UNIT_USES,
  ZONE_KINDS,
} from '../enums';
import { area, geometry, id, integer, isoDate, optionalText, requiredText } from './primitives';

export const zoneDraft = z
  .object({
    code: requiredText(32),
    nameZh: requiredText(),
    nameEn: requiredText(),
    kind: z.enum(ZONE_KINDS),
    boundary: geometry.nullable(),
  })
  .strict();

export const parkDraft = z
  .object({
    zoneId: id,
    nameZh: requiredText(),
    nameEn: requiredText(),
    theme: optionalText(200),
    operator: optionalText(200),
    boundary: geometry.nullable(),
  })
  .strict();

export const buildingDraft = z
  .object({
    zoneId: id,
    parkId: id.nullable(),
    nameZh: requiredText(),
    nameEn: requiredText(),
    address: optionalText(300),
    isThemeBuilding: z.boolean(),
    footprint: geometry.nullable(),
    floorsAbove: integer.min(0).max(200),
    floorsBelow: integer.min(0).max(20),
    grossFloorAreaM2: area.nullable(),
    declaredRentableM2: area.nullable(),
    deliveryDate: isoDate.nullable(),
    status: z.enum(BUILDING_STATUSES),
  })
  .strict();

export const unitDraft = z
  .object({
    buildingId: id,
    floor: integer.min(-20).max(200),
    label: requiredText(64),
    areaM2: area,
    use: z.enum(UNIT_USES),
    countsTowardTarget: z.boolean(),
    outOfService: z.boolean(),
  })
  .strict();

export const tenantDraft = z
  .object({
    nameZh: requiredText(),
    nameEn: optionalText(200),
    uscc: z.string().trim().max(64),
    category: z.enum(TENANT_CATEGORIES),
    enteredDistrictOn: isoDate.nullable(),
  })
  .strict();

export const leaseDraft = z
  .object({
    unitId: id,
    tenantId: id,
    kind: z.enum(LEASE_KINDS),
    startDate: isoDate,
    endDate: isoDate.nullable(),
    areaM2: area,
    rentCnyPerM2Day: z.number().finite().min(0).max(10_000).nullable(),
    terminatedOn: isoDate.nullable(),
  })
  .strict();

export const targetDraft = z
  .object({
    metric: z.enum(TARGET_METRICS),
    value: z.number().finite().positive().max(1e12),
    startDate: isoDate,
    dueDate: isoDate,
    zoneId: id.nullable(),
    label: requiredText(200),
  })
  .strict();

export const prospectDraft = z
  .object({
    nameZh: requiredText(),
    nameEn: optionalText(200),
    uscc: z.string().trim().max(64),
    category: z.enum(TENANT_CATEGORIES),
    contact: optionalText(200),
    source: z.enum(PROSPECT_SOURCES),
    manager: optionalText(100),
    needM2: area.nullable(),
    use: z.enum(UNIT_USES).nullable(),
    zoneId: id.nullable(),
    parkId: id.nullable(),
    wantedMoveIn: isoDate.nullable(),
    notes: optionalText(2000),
    tenantId: id.nullable(),
  })
  .strict();

export const stageEntry = z.object({ stage: z.enum(DEAL_STAGES), on: isoDate }).strict();

/** A deal as stored. Its stage moves only through `pipeline:move-deal`, which keeps the history (shared/pipeline). */
export const dealDraft = z
  .object({
    prospectId: id,
    stage: z.enum(DEAL_STAGES),
    stageOn: isoDate,
    history: z.array(stageEntry).max(200),
    buildingId: id.nullable(),
    floor: integer.min(-20).max(200).nullable(),
    unitIds: z.array(id).max(50),
    areaM2: area.nullable(),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    rentCnyPerM2Day: z.number().finite().min(0).max(10_000).nullable(),
    lostReason: optionalText(300),
    leaseIds: z.array(id).max(100),
  })
  .strict();

const count = integer.min(0).max(1_000_000);

export const tenantReturnDraft = z
  .object({
    tenantId: id,
    year: integer.min(2000).max(2100),
    revenueCny: z.number().finite().min(0).max(1e15),
    headcount: count,
    highTech: z.boolean(),
    inventionPatents: count,
    highQualityPatents: count,
    standardsDomestic: count,
    standardsInternational: count,
  })
  .strict();

export const draftSchemas = {
  zone: zoneDraft,
  park: parkDraft,
  building: buildingDraft,
  unit: unitDraft,
  tenant: tenantDraft,
  lease: leaseDraft,
  target: targetDraft,
  prospect: prospectDraft,
  deal: dealDraft,
  tenant_return: tenantReturnDraft,
} as const;

/** Floors and units of a building in one step (issue 10, item 5; planned by shared/rules/unit-plan.ts). */
export const unitsGenerateInput = z
  .object({
    buildingId: id,
    floorFrom: integer.min(-20).max(200),
    floorTo: integer.min(-20).max(200),
    perFloor: integer.min(1).max(100),
    pattern: requiredText(40),
    /** One area for every unit, or one per position on the floor. */
    areas: z.array(area).min(1).max(100),
    use: z.enum(UNIT_USES),
    countsTowardTarget: z.boolean(),
  })
  .strict();
