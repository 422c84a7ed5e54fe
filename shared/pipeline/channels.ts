// The pipeline channels of the contract (merged into shared/contract.ts): the board and list, one deal, creating,
// editing, moving and deleting deals, converting a prospect into a tenant, the forecast, conversion rates, vacancy
// matching and the stage probabilities. Prospects themselves use the generic `prospects:*` channels.
import { z } from 'zod';
import type { StageProbabilities } from '../accounting/pipeline';
import { STAGE_AGES, type ConversionView } from '../accounting/pipeline-flow';
import { DEAL_STAGES, LIVE_STAGES, TENANT_CATEGORIES, UNIT_USES } from '../enums';
import type { Deal, Tenant } from '../models';
import { dealDraft } from '../validation/entities';
import { area, id, isoDate } from '../validation/primitives';
import type { DealDetail, DealsView, ForecastView, MatchView } from './views';
import { def } from '../channel-def';

/** What a user edits on a deal; its stage moves only through `pipeline:move-deal`, its leases through the stages. */
export const dealEdit = dealDraft.pick({
  buildingId: true,
  floor: true,
  unitIds: true,
  areaM2: true,
  startDate: true,
  endDate: true,
  rentCnyPerM2Day: true,
  lostReason: true,
});
export type DealEdit = z.output<typeof dealEdit>;

/** A new deal: its prospect, the stage it starts in (dated) and the space it proposes. */
export const dealCreateInput = dealEdit.extend({ prospectId: id, stage: z.enum(DEAL_STAGES), stageOn: isoDate }).strict();
export type DealCreate = z.output<typeof dealCreateInput>;

export const dealMoveInput = z
  .object({
    id,
    version: z.number().int().min(1),
    stage: z.enum(DEAL_STAGES),
    on: isoDate,
    lostReason: z.string().trim().max(300).optional(),
  })
  .strict();

export const dealsQuery = z
  .object({
    asOf: isoDate,
    manager: z.string().max(100).optional(),
    zoneId: id.optional(),
    category: z.enum(TENANT_CATEGORIES).optional(),
    age: z.enum(STAGE_AGES).optional(),
    prospectId: id.optional(),
  })
  .strict();

const probability = z.number().finite().min(0).max(1);
export const probabilitiesInput = z
  .object(Object.fromEntries(LIVE_STAGES.map((s) => [s, probability])) as Record<(typeof LIVE_STAGES)[number], typeof probability>)
  .strict();

export const matchInput = z
  .object({
    prospectId: id,
    /** The date the space must be free (default: the prospect's wanted move-in, or asOf when that is past or unknown). */
    date: isoDate.optional(),
    asOf: isoDate,
    areaM2: area.optional(),
    use: z.enum(UNIT_USES).optional(),
  })
  .strict();

const versioned = z.object({ id, version: z.number().int().min(1) }).strict();

export const pipelineChannels = {
  'pipeline:deals': def<DealsView>()(dealsQuery),
  'pipeline:deal': def<DealDetail>()(z.object({ id, asOf: isoDate }).strict()),
  'pipeline:create-deal': def<Deal>()(dealCreateInput),
  'pipeline:update-deal': def<Deal>()(z.object({ id, version: z.number().int().min(1), changes: dealEdit.partial().strict() }).strict()),
  /** Moves a deal to a stage on a date: reserved makes the reservation, signed the lease and the tenant (one undo). */
  'pipeline:move-deal': def<Deal>()(dealMoveInput),
  'pipeline:delete-deal': def<{ deleted: number }>()(versioned),
  /** A prospect becomes a tenant with its data carried over, and keeps the link (an existing tenant with its code is linked). */
  'pipeline:convert': def<Tenant>()(versioned),
  'pipeline:forecast': def<ForecastView>()(
    z.object({ asOf: isoDate, firmsTargetId: id.optional(), spaceTargetId: id.optional() }).strict(),
  ),
  'pipeline:conversion': def<ConversionView>()(z.object({ asOf: isoDate }).strict()),
  'pipeline:matches': def<MatchView>()(matchInput),
  'pipeline:probabilities': def<StageProbabilities>()(z.object({}).strict()),
  'pipeline:set-probabilities': def<StageProbabilities>()(probabilitiesInput),
};

/** The pipeline channels that write (refused in a read-only window). */
export const PIPELINE_WRITES = [
  'pipeline:create-deal',
  'pipeline:update-deal',
  'pipeline:move-deal',
  'pipeline:delete-deal',
  'pipeline:convert',
  'pipeline:set-probabilities',
] as const satisfies readonly (keyof typeof pipelineChannels)[];
