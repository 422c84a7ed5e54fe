// The survey channels (merged into shared/contract.ts) and which channels each kind of session may use.
// Office: prepare a package, inspect / decide / apply a merge, list a record's photos. Survey mode (a package is
// open instead of the office database): the package's progress, observations and photos, and corrections to
// buildings' and units' attributes through the usual update channels — nothing else writes.
import { z } from 'zod';
import { id, optionalText, requiredText } from '../validation/primitives';
import {
  MAX_PHOTO_BYTES,
  MAX_THUMB_BYTES,
  OBSERVED_STATUSES,
  PHOTO_MIME_TYPES,
  SURVEY_ENTITIES,
  SURVEY_FIELDS,
  type ApplyResult,
  type MergeReport,
  type Observation,
  type OpenDiscrepancies,
  type PhotoRef,
  type PrepareResult,
  type SurveyBuildingView,
  type SurveyInfo,
} from './model';
import { def } from '../channel-def';

/** An absolute path on this computer (POSIX or Windows), as typed or chosen in a dialog. */
export const filePath = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((s) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(s) && !s.includes('\0'), { params: { code: 'invalid_type' } });

const taskId = z.string().regex(/^[\w-]{1,64}$/);

export const surveyScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('zone'), id }).strict(),
  z.object({ kind: z.literal('park'), id }).strict(),
  z.object({ kind: z.literal('buildings'), ids: z.array(id).min(1).max(5000) }).strict(),
]);

const sideChoice = z.enum(['survey', 'office']);
const entity = z.enum(SURVEY_ENTITIES);

const coordinate = (max: number) => z.number().finite().min(-max).max(max);
/** Base64 of at most `bytes` bytes. */
const base64 = (bytes: number) =>
  z
    .string()
    .max(Math.ceil(bytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const observeInput = z
  .object({
    entity,
    id,
    status: z.enum(OBSERVED_STATUSES).nullable().optional(),
    tenantSeen: optionalText(200).optional(),
    measuredAreaM2: z.number().finite().positive().lt(10_000_000).nullable().optional(),
    notes: z.string().max(4000).optional(),
    lon: coordinate(180).nullable().optional(),
    lat: coordinate(90).nullable().optional(),
    locationSource: z.enum(['map', 'photo', 'typed']).nullable().optional(),
  })
  .strict();

export const photoAddInput = z
  .object({
    entity,
    id,
    name: z.string().trim().min(1).max(255),
    mime: z.enum(PHOTO_MIME_TYPES),
    dataBase64: base64(MAX_PHOTO_BYTES).min(4),
    thumbBase64: base64(MAX_THUMB_BYTES).optional(),
  })
  .strict();

export const decisionInput = z.object({ entity, id, field: z.string().min(1).max(64), choice: sideChoice }).strict();

export const surveyChannels = {
  'survey:prepare': def<PrepareResult>()(
    z
      .object({
        scope: surveyScope,
        surveyor: requiredText(100),
        /** Where to write the package; default: `surveys/` beside the database. */
        out: filePath.optional(),
        taskId: taskId.optional(),
      })
      .strict(),
  ),
  'survey:inspect': def<MergeReport>()(z.object({ file: filePath }).strict()),
  'survey:decide': def<MergeReport>()(z.object({ file: filePath, decisions: z.array(decisionInput).min(1).max(20_000) }).strict()),
  'survey:apply': def<ApplyResult>()(z.object({ file: filePath, resolve: sideChoice.optional(), taskId: taskId.optional() }).strict()),
  'survey:cancel': def<{ cancelled: boolean }>()(z.object({ taskId }).strict()),
  /** A package's photo (its downscaled copy when it has one) as evidence before the merge: small ones only (else empty). */
  'survey:photo-preview': def<{ mime: string; dataBase64: string }>()(
    z.object({ file: filePath, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  ),
  'survey:photos': def<PhotoRef[]>()(z.object({ entity, id }).strict()),
  'survey:discrepancies': def<OpenDiscrepancies>()(z.object({}).strict()),
  'survey:info': def<SurveyInfo>()(z.object({}).strict()),
  'survey:building': def<SurveyBuildingView>()(z.object({ buildingId: id }).strict()),
  'survey:observe': def<Observation>()(observeInput),
  'survey:photo-add': def<PhotoRef>()(photoAddInput),
};

export type SurveyChannel = keyof typeof surveyChannels;

/** Survey channels that change a file: the package in survey mode, the office database when merging. */
export const SURVEY_WRITE_CHANNELS: readonly SurveyChannel[] = ['survey:decide', 'survey:apply', 'survey:observe', 'survey:photo-add'];

/** Only while a package is open. */
const SURVEY_MODE_ONLY = new Set<string>(['survey:info', 'survey:building', 'survey:observe', 'survey:photo-add']);

/** Readable in survey mode too (on the package's copy of the inventory). */
const SURVEY_MODE_READS =
  /^(app:info|app:retry-write|history:(state|undo|redo|record)|units:floors|map:features|settings:basemap-get|accounting:[\w-]+|(zones|parks|buildings|units|tenants|leases|targets):(list|get|dependents)|survey:(photos|cancel|photo-preview|discrepancies))$/;

export type SessionKind = 'office' | 'survey';

/**
 * Whether a session of `kind` may run `channel` with `input`: null, or why not. In survey mode the package's
 * buildings and units may be corrected (SURVEY_FIELDS only), nothing else in the inventory changes.
 */
export function surveyGate(
  kind: SessionKind,
  channel: string,
  input: unknown,
): { code: 'survey_mode' | 'not_survey' | 'not_in_survey'; field?: string } | null {
  if (kind === 'office') return SURVEY_MODE_ONLY.has(channel) ? { code: 'not_survey' } : null;
  if (SURVEY_MODE_ONLY.has(channel) || SURVEY_MODE_READS.test(channel)) return null;
  const update = /^(buildings|units):update$/.exec(channel);
  if (!update) return { code: 'survey_mode' };
  const fields = SURVEY_FIELDS[update[1] === 'buildings' ? 'building' : 'unit'] as readonly string[];
  const changes = (input as { changes?: Record<string, unknown> }).changes ?? {};
  const outside = Object.keys(changes).find((f) => changes[f] !== undefined && !fields.includes(f));
  return outside === undefined ? null : { code: 'not_in_survey', field: outside };
}
