// The one IPC contract: channel name (`domain:verb`) → input schema → result type.
// Main registers one handler per channel (a missing one is a compile error); both transports
// (Electron IPC and web mode's HTTP) validate input with these schemas before any handler runs.
import { z } from 'zod';
import { ENTITIES, type EntityName } from './enums';
import type { ChangeLogEntry, EntityMap, Page, RowMap } from './models';
import { draftSchemas, unitsGenerateInput } from './validation/entities';
import { id } from './validation/primitives';
import {
  asOfInput,
  indicatorsInput,
  listQueries,
  reportInput,
  stampInput,
  rollupInput,
  stackingInput,
  trajectoryInput,
  vacancyQuery,
} from './validation/queries';
import { BASEMAP_KINDS, type BasemapSetting, type MapFeatures } from './map-views';
import type { AccessState } from './access';
import type { ExpiriesView, IndicatorsView, QualityView, RollupView, StackingPlan, TrajectoryView, VacancyRow } from './accounting/views';
import { sheetChannels } from './sheets/channels';
import { SURVEY_WRITE_CHANNELS, surveyChannels, type SessionKind } from './survey/contract';
import { PIPELINE_WRITES, pipelineChannels } from './pipeline/channels';
import type { ReportData, ReportStamp } from './report';
import { def, type ChannelDef } from './channel-def';

export type { ChannelDef };

const empty = z.object({}).strict();
const byId = z.object({ id }).strict();

export const PLURALS = {
  zone: 'zones',
  park: 'parks',
  building: 'buildings',
  unit: 'units',
  tenant: 'tenants',
  lease: 'leases',
  target: 'targets',
  tenant_return: 'returns',
  prospect: 'prospects',
  deal: 'deals',
} as const satisfies Record<EntityName, string>;
type Plural<E extends EntityName> = (typeof PLURALS)[E];

export interface DeletePlan {
  /** Rows that would be deleted with the record, by entity. */
  cascade: Partial<Record<EntityName, number>>;
  /** Rows that prevent the delete, by entity (non-empty → delete refused). */
  blocking: Partial<Record<EntityName, number>>;
}

export interface DeleteResult {
  deleted: Partial<Record<EntityName, number>>;
}

type DraftSchema<E extends EntityName> = (typeof draftSchemas)[E];
const updateSchema = <S extends z.AnyZodObject>(draft: S) =>
  z.object({ id, version: z.number().int().min(1), changes: draft.partial().strict() }).strict();
type UpdateSchema<E extends EntityName> = ReturnType<typeof updateSchema<DraftSchema<E>>>;
const versioned = z.object({ id, version: z.number().int().min(1) }).strict();

type CrudChannels<E extends EntityName> = {
  [K in `${Plural<E>}:list`]: ChannelDef<(typeof listQueries)[E], Page<RowMap[E]>>;
} & {
  [K in `${Plural<E>}:get`]: ChannelDef<typeof byId, RowMap[E]>;
} & {
  [K in `${Plural<E>}:create`]: ChannelDef<DraftSchema<E>, EntityMap[E]>;
} & {
  [K in `${Plural<E>}:update`]: ChannelDef<UpdateSchema<E>, EntityMap[E]>;
} & {
  [K in `${Plural<E>}:dependents`]: ChannelDef<typeof byId, DeletePlan>;
} & {
  [K in `${Plural<E>}:delete`]: ChannelDef<typeof versioned, DeleteResult>;
};

function crud<E extends EntityName>(entity: E): CrudChannels<E> {
  const p = PLURALS[entity];
  const draft = draftSchemas[entity];
  const update = updateSchema(draft);
  return {
    [`${p}:list`]: { input: listQueries[entity] },
    [`${p}:get`]: { input: byId },
    [`${p}:create`]: { input: draft },
    [`${p}:update`]: { input: update },
    [`${p}:dependents`]: { input: byId },
    [`${p}:delete`]: { input: versioned },
  } as unknown as CrudChannels<E>;
}

export interface AppInfo {
  version: string;
  dbPath: string;
  schemaVersion: number;
  /** True until the first-run question (sample or empty) has been answered for this database. */
  needsSetup: boolean;
  isSample: boolean;
  transport: 'electron' | 'web';
  /** Whether this window may change the database, and if not, why (another program holds it, or it was replaced). */
  access: AccessState;
  /** 'survey': a survey package is open instead of the office database (which this window does not touch). */
  mode: SessionKind;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface HistoryStep {
  label: string;
  entities: { entity: EntityName; id: string }[];
  state: HistoryState;
}

export interface BackupInfo {
  file: string;
  createdAt: string;
  sizeBytes: number;
  /** 'replaced': what a window still held when its file was replaced by another program. */
  reason: 'daily' | 'manual' | 'migration' | 'restore' | 'import' | 'replaced';
}

export interface FloorSummary {
  floor: number;
  unitCount: number;
  areaM2: number;
}

/** What `units:generate` did: how many units it created, and the building's floors afterwards. */
export interface GenerateResult {
  buildingId: string;
  created: number;
  floorsAbove: number;
  floorsBelow: number;
}

export const contract = {
  'app:info': def<AppInfo>()(empty),
  'app:setup': def<AppInfo>()(z.object({ mode: z.enum(['sample', 'empty']) }).strict()),
  /** From a read-only window: take the write lock if it is free now, or reopen a file that was replaced. */
  'app:retry-write': def<AppInfo>()(empty),
  'history:state': def<HistoryState>()(empty),
  'history:undo': def<HistoryStep>()(empty),
  'history:redo': def<HistoryStep>()(empty),
  'history:record': def<ChangeLogEntry[]>()(z.object({ entity: z.enum(ENTITIES), id }).strict()),
  'backup:list': def<BackupInfo[]>()(empty),
  'backup:create': def<BackupInfo>()(empty),
  /** Where the backups are kept (to show, and copy where it cannot be opened). */
  'backup:folder': def<{ path: string }>()(empty),
  /** Opens the backups folder in the system's file manager (desktop app; web mode answers opened: false). */
  'backup:open-folder': def<{ opened: boolean }>()(empty),
  'backup:restore': def<AppInfo>()(z.object({ file: z.string().regex(/^[\w.-]{1,200}$/) }).strict()),
  'units:floors': def<FloorSummary[]>()(z.object({ buildingId: id }).strict()),
  /** A building's floors and units in one step (one undo); the building's floors grow to hold them. */
  'units:generate': def<GenerateResult>()(unitsGenerateInput),
  'accounting:rollup': def<RollupView>()(rollupInput),
  'accounting:trajectory': def<TrajectoryView>()(trajectoryInput),
  'accounting:expiries': def<ExpiriesView>()(asOfInput),
  'accounting:vacancies': def<Page<VacancyRow>>()(vacancyQuery),
  'accounting:quality': def<QualityView>()(asOfInput),
  'accounting:stacking': def<StackingPlan>()(stackingInput),
  /** The plan indicators at D: space, new firms, revenue growth, patents, standards (issue 9). */
  'accounting:indicators': def<IndicatorsView>()(indicatorsInput),
  /** Everything the printed monthly report shows (issue 9). */
  'report:data': def<ReportData>()(reportInput),
  /** The report's stamp: the spreadsheet export's SHA-256 and last change at this date and scope. */
  'report:stamp': def<ReportStamp>()(stampInput),
  /**
   * The report as a PDF, made by the transport's own printer (Electron: printToPDF on a hidden window; web mode:
   * Debian's Chromium): a file to save (`sheets:save`).
   */
  'report:pdf': def<{ fileId: string; fileName: string }>()(reportInput),
  'map:features': def<MapFeatures>()(asOfInput),
  'settings:basemap-get': def<BasemapSetting>()(empty),
  'settings:basemap-set': def<BasemapSetting>()(
    z
      .object({
        kind: z.enum(BASEMAP_KINDS),
        source: z
          .string()
          .max(2000)
          .refine((s) => s === '' || /^(https:\/\/|\/|[A-Za-z]:\\)/.test(s), { params: { code: 'invalid_type' } }),
      })
      .strict(),
  ),
  ...sheetChannels,
  ...crud('zone'),
  ...crud('park'),
  ...crud('building'),
  ...crud('unit'),
  ...crud('tenant'),
  ...crud('lease'),
  ...crud('target'),
  ...surveyChannels,
  ...crud('tenant_return'),
  ...crud('prospect'),
  // Deals have no generic channels: their stages, reservations and leases move through `pipeline:*`.
  ...pipelineChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (before parsing: defaults and trims not yet applied). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type ResultOf<C extends Channel> = NonNullable<Contract[C]['result']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

const WRITE_VERBS = new Set(['create', 'update', 'delete']);
// An import's preview is a dry run inside a rolled-back write transaction, so it needs the right to write too.
const WRITE_CHANNELS = new Set<Channel>([
  'app:setup',
  'history:undo',
  'history:redo',
  'backup:restore',
  'settings:basemap-set',
  'sheets:preview',
  'sheets:apply',
  'units:generate',
  ...SURVEY_WRITE_CHANNELS,
  ...PIPELINE_WRITES,
]);

/** Channels that change the database: refused, before their handler runs, where this process may not write. */
export function isWriteChannel(channel: Channel): boolean {
  return WRITE_CHANNELS.has(channel) || WRITE_VERBS.has(channel.slice(channel.indexOf(':') + 1));
}

/** Events main sends to the renderer. */
export interface EventMap {
  progress: {
    taskId: string;
    kind: 'backup' | 'restore' | 'sample' | 'export' | 'import' | 'survey-prepare' | 'survey-merge';
    done: number;
    total: number;
    finished: boolean;
  };
  /** `file`: the package chosen in the native dialog for 'survey-merge'. */
  menu: { command: MenuCommand; file?: string };
  /** 'access': this window's right to write changed; 'external': the program holding the file wrote to it. */
  'data-changed': { reason: 'edit' | 'undo' | 'redo' | 'open' | 'restore' | 'access' | 'external' };
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: EventName[] = ['progress', 'menu', 'data-changed'];

export const MENU_COMMANDS = [
  'undo',
  'redo',
  'language:zh-CN',
  'language:en',
  'about',
  'backup-done',
  'go:dashboard',
  'go:inventory',
  'go:map',
  'sheets:export',
  'sheets:import',
  'sheets:template',
  'go:survey',
  'survey-merge',
  'go:pipeline',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
