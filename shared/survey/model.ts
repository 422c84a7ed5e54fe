// Offline site surveys: what a package holds, what a surveyor records and what a merge reports. The rules that
// decide a merge live in ./merge.ts, the observation checks in ./discrepancies.ts.
import type { EntityName } from '../enums';
import type { Draft } from '../models';

/** A `.parksurvey` package's own schema (its inventory tables follow the app's schema, PRAGMA user_version). */
export const PACKAGE_SCHEMA = 1;
export const PACKAGE_EXTENSION = '.parksurvey';

/** What a surveyor observes and may correct: buildings and their units. */
export const SURVEY_ENTITIES = ['building', 'unit'] as const;
export type SurveyEntity = (typeof SURVEY_ENTITIES)[number];

export const OBSERVED_STATUSES = ['occupied', 'vacant', 'renovating', 'not_found'] as const;
export type ObservedStatus = (typeof OBSERVED_STATUSES)[number];

/**
 * The attributes a surveyor may correct, compared field by field at the merge. References (zone, park, building)
 * are not among them: a survey never moves a record to another parent.
 */
export const SURVEY_FIELDS = {
  building: [
    'nameZh',
    'nameEn',
    'address',
    'isThemeBuilding',
    'footprint',
    'floorsAbove',
    'floorsBelow',
    'grossFloorAreaM2',
    'declaredRentableM2',
    'deliveryDate',
    'status',
  ],
  unit: ['floor', 'label', 'areaM2', 'use', 'countsTowardTarget', 'outOfService'],
} as const satisfies { [E in SurveyEntity]: readonly (keyof Draft<E>)[] };

export type SurveyField<E extends SurveyEntity = SurveyEntity> = (typeof SURVEY_FIELDS)[E][number];

export function isSurveyField(entity: SurveyEntity, field: string): boolean {
  return (SURVEY_FIELDS[entity] as readonly string[]).includes(field);
}

export function isSurveyEntity(entity: EntityName | string): entity is SurveyEntity {
  return (SURVEY_ENTITIES as readonly string[]).includes(entity);
}

/** How a package's buildings were chosen. */
export type SurveyScope = { kind: 'zone'; id: string } | { kind: 'park'; id: string } | { kind: 'buildings'; ids: string[] };

export interface SurveyPackageInfo {
  packageId: string;
  /** The identity of the office database the package was prepared from. */
  officeId: string;
  officePath: string;
  surveyor: string;
  createdAt: string;
  scope: SurveyScope;
  packageSchema: number;
}

export interface Observation {
  entity: SurveyEntity;
  entityId: string;
  status: ObservedStatus | null;
  tenantSeen: string;
  measuredAreaM2: number | null;
  notes: string;
  lon: number | null;
  lat: number | null;
  locationSource: 'map' | 'photo' | 'typed' | null;
  updatedAt: string;
}

export interface PhotoRef {
  sha256: string;
  entity: SurveyEntity;
  entityId: string;
  name: string;
  size: number;
  mime: string;
  lon: number | null;
  lat: number | null;
  addedAt: string;
  /** A downscaled copy exists (served with `?thumb=1`). */
  hasThumb: boolean;
}

export interface BuildingProgress {
  buildingId: string;
  nameZh: string;
  nameEn: string;
  /** Units with an observed status, of all units of the building. */
  visited: number;
  total: number;
  /** The building itself has an observed status. */
  buildingVisited: boolean;
}

export interface SurveyInfo extends SurveyPackageInfo {
  file: string;
  buildings: BuildingProgress[];
  visited: number;
  total: number;
  photos: number;
}

export interface SurveyBuildingView {
  building: Observation | null;
  units: { id: string; label: string; floor: number; areaM2: number; observation: Observation | null; photos: PhotoRef[] }[];
  photos: PhotoRef[];
}

/** One compared field. `office` is null when the office deleted the record. */
export interface FieldComparison {
  entity: SurveyEntity;
  id: string;
  /** A field name, or '*' for a record edited in the survey but deleted in the office (decided as a whole). */
  field: string;
  base: unknown;
  survey: unknown;
  office: unknown;
}

export type Side = 'survey' | 'office';

export interface Conflict extends FieldComparison {
  kind: 'both_changed' | 'deleted_in_office';
  /** The stored (or scripted) decision, null while undecided. */
  choice: Side | null;
}

export interface Applied extends FieldComparison {
  /** 'survey': changed in the survey only; 'both': the same change on both sides (nothing to write). */
  side: 'survey' | 'both';
}

export const DISCREPANCY_KINDS = ['vacant_but_leased', 'occupied_without_lease', 'tenant_differs', 'area_differs', 'not_found'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

export interface Discrepancy {
  kind: DiscrepancyKind;
  entity: SurveyEntity;
  id: string;
  /** Values for the text: observed and recorded figures, tenant names, the lease concerned. */
  details: Record<string, string | number>;
}

/** Discrepancies of merges in effect (the data-quality panel): the newest first, up to a limit, and how many in all. */
export interface OpenDiscrepancies {
  count: number;
  rows: (Discrepancy & { packageId: string; mergedAt: string })[];
}

export interface PhotoCheck {
  expected: number;
  present: number;
  /** Manifest entries whose content is not in the package. */
  missing: { sha256: string; name: string }[];
  /** Content whose SHA-256 or size is not what the manifest says. */
  mismatched: { sha256: string; name: string }[];
}

export interface MergeReport {
  package: SurveyPackageInfo;
  file: string;
  /** 'merged': this package's merge is in effect (merging again changes nothing). */
  state: 'new' | 'merged';
  applied: Applied[];
  conflicts: Conflict[];
  discrepancies: Discrepancy[];
  photos: PhotoCheck;
  /** The package's photo manifest (evidence next to conflicts and discrepancies). */
  manifest: PhotoRef[];
  observations: number;
  /** Conflicts without a decision: the merge cannot be applied while any remain. */
  unresolved: number;
}

export interface ApplyResult {
  report: MergeReport;
  /** The history batch written (null when there was nothing to write: an already merged package). */
  batchId: string | null;
  written: number;
  backup: string | null;
}

export interface PrepareResult {
  file: string;
  packageId: string;
  counts: Partial<Record<EntityName, number>>;
}

/** Measured and recorded areas further apart than this (share of the recorded area, and at least the floor) differ. */
export const AREA_TOLERANCE = { share: 0.02, atLeastM2: 1 } as const;

/** The largest photo a surveyor may attach (bytes). */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** The largest downscaled copy (bytes). */
export const MAX_THUMB_BYTES = 512 * 1024;
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/heic'] as const;
