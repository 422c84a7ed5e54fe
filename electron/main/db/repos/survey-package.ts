// The survey tables of a package (../package-schema.ts) as models: its meta, the base rows, observations and the
// photo manifest with its content.
import { AppError } from '../../../../shared/errors';
import type { EntityName } from '../../../../shared/enums';
import type {
  BuildingProgress,
  Observation,
  PhotoRef,
  SurveyEntity,
  SurveyPackageInfo,
  SurveyScope,
} from '../../../../shared/survey/model';
import type { Db } from '../connection';
import { toPhoto, type PhotoRow } from './photo-rows';

export interface BaseRow {
  entity: EntityName;
  id: string;
  version: number;
  data: Record<string, unknown>;
}

export function readSurveyMeta(db: Db): Record<string, string> {
  return Object.fromEntries(
    (db.prepare('SELECT key, value FROM survey_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
  );
}

/** The package's header; throws 'bad_content' naming the first missing or unreadable key. */
export function packageInfo(db: Db): SurveyPackageInfo {
  const meta = readSurveyMeta(db);
  const need = (key: string): string => {
    const v = meta[key];
    if (v === undefined || v === '')
      throw new AppError('survey_invalid', `survey_meta.${key} missing`, { reason: 'bad_content', detail: `survey_meta.${key}` });
    return v;
  };
  let scope: SurveyScope;
  try {
    scope = JSON.parse(need('scope')) as SurveyScope;
  } catch {
    throw new AppError('survey_invalid', 'survey_meta.scope is not JSON', { reason: 'bad_content', detail: 'survey_meta.scope' });
  }
  return {
    packageId: need('package_id'),
    officeId: need('office_id'),
    officePath: meta.office_path ?? '',
    surveyor: need('surveyor'),
    createdAt: need('created_at'),
    scope,
    packageSchema: Number(need('package_schema')),
  };
}

export function insertBaseRows(db: Db, rows: readonly BaseRow[]): void {
  const stmt = db.prepare('INSERT INTO survey_base (entity, id, version, data) VALUES (?, ?, ?, ?)');
  for (const r of rows) stmt.run(r.entity, r.id, r.version, JSON.stringify(r.data));
}

export function baseRows(db: Db, entities: readonly EntityName[]): BaseRow[] {
  const rows = db
    .prepare('SELECT entity, id, version, data FROM survey_base WHERE entity IN (SELECT value FROM json_each(?)) ORDER BY entity, id')
    .all(JSON.stringify(entities)) as { entity: EntityName; id: string; version: number; data: string }[];
  return rows.map((r) => {
    try {
      return { entity: r.entity, id: r.id, version: r.version, data: JSON.parse(r.data) as Record<string, unknown> };
    } catch {
      throw new AppError('survey_invalid', `survey_base ${r.entity} ${r.id} is not JSON`, {
        reason: 'bad_content',
        detail: `survey_base ${r.entity} ${r.id}`,
      });
    }
  });
}

interface ObservationRow {
  entity: SurveyEntity;
  entity_id: string;
  status: Observation['status'];
  tenant_seen: string;
  measured_area_m2: number | null;
  notes: string;
  lon: number | null;
  lat: number | null;
  location_source: Observation['locationSource'];
  updated_at: string;
}

const toObservation = (r: ObservationRow): Observation => ({
  entity: r.entity,
  entityId: r.entity_id,
  status: r.status,
  tenantSeen: r.tenant_seen,
  measuredAreaM2: r.measured_area_m2,
  notes: r.notes,
  lon: r.lon,
  lat: r.lat,
  locationSource: r.location_source,
  updatedAt: r.updated_at,
});

export function observations(db: Db): Observation[] {
  return (db.prepare('SELECT * FROM survey_observation ORDER BY entity, entity_id').all() as ObservationRow[]).map(toObservation);
}

export function observationOf(db: Db, entity: SurveyEntity, id: string): Observation | null {
  const row = db.prepare('SELECT * FROM survey_observation WHERE entity = ? AND entity_id = ?').get(entity, id) as
    ObservationRow | undefined;
  return row ? toObservation(row) : null;
}

/** Observations of a building and its units. */
export function observationsOfBuilding(db: Db, buildingId: string): Observation[] {
  return (
    db
      .prepare(
        `SELECT o.* FROM survey_observation o WHERE (o.entity = 'building' AND o.entity_id = ?)
       OR (o.entity = 'unit' AND o.entity_id IN (SELECT id FROM unit WHERE building_id = ?))`,
      )
      .all(buildingId, buildingId) as ObservationRow[]
  ).map(toObservation);
}

export function saveObservation(db: Db, o: Observation): void {
  db.prepare(
    `INSERT INTO survey_observation (entity, entity_id, status, tenant_seen, measured_area_m2, notes, lon, lat, location_source, updated_at)
     VALUES (@entity, @entityId, @status, @tenantSeen, @measuredAreaM2, @notes, @lon, @lat, @locationSource, @updatedAt)
     ON CONFLICT (entity, entity_id) DO UPDATE SET status = excluded.status, tenant_seen = excluded.tenant_seen,
       measured_area_m2 = excluded.measured_area_m2, notes = excluded.notes, lon = excluded.lon, lat = excluded.lat,
       location_source = excluded.location_source, updated_at = excluded.updated_at`,
  ).run(o);
}

const PHOTO_SELECT = `SELECT p.*, (SELECT b.thumb IS NOT NULL FROM survey_blob b WHERE b.sha256 = p.sha256) AS has_thumb FROM survey_photo p`;

export function photoManifest(db: Db): PhotoRef[] {
  return (db.prepare(`${PHOTO_SELECT} ORDER BY p.added_at, p.sha256`).all() as PhotoRow[]).map(toPhoto);
}

export function photosOf(db: Db, entity: SurveyEntity, id: string): PhotoRef[] {
  return (db.prepare(`${PHOTO_SELECT} WHERE p.entity = ? AND p.entity_id = ? ORDER BY p.added_at`).all(entity, id) as PhotoRow[]).map(
    toPhoto,
  );
}

export function photosOfBuilding(db: Db, buildingId: string): PhotoRef[] {
  return (
    db
      .prepare(
        `${PHOTO_SELECT} WHERE (p.entity = 'building' AND p.entity_id = ?) OR (p.entity = 'unit' AND p.entity_id IN (SELECT id FROM unit WHERE building_id = ?)) ORDER BY p.added_at`,
      )
      .all(buildingId, buildingId) as PhotoRow[]
  ).map(toPhoto);
}

/** Stores a photo's content once per SHA-256 and links it to a record. */
export function savePhoto(db: Db, ref: Omit<PhotoRef, 'hasThumb'>, data: Uint8Array, thumb: Uint8Array | null): void {
  db.prepare(
    'INSERT INTO survey_blob (sha256, data, thumb) VALUES (?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET thumb = coalesce(survey_blob.thumb, excluded.thumb)',
  ).run(ref.sha256, data, thumb);
  db.prepare(
    `INSERT INTO survey_photo (sha256, entity, entity_id, name, size, mime, lon, lat, added_at)
     VALUES (@sha256, @entity, @entityId, @name, @size, @mime, @lon, @lat, @addedAt) ON CONFLICT DO NOTHING`,
  ).run(ref);
}

export function photoContent(db: Db, sha256: string, thumb = false): Buffer | null {
  const row = db.prepare(`SELECT ${thumb ? 'thumb' : 'data'} AS data FROM survey_blob WHERE sha256 = ?`).get(sha256) as
    { data: Buffer | null } | undefined;
  return row?.data ?? null;
}

export function packagePhotoMime(db: Db, sha256: string): string | null {
  const row = db.prepare('SELECT mime FROM survey_photo WHERE sha256 = ? LIMIT 1').get(sha256) as { mime: string } | undefined;
  return row?.mime ?? null;
}

/** Each stored content, one at a time (the caller hashes it): no more than one photo in memory. */
export function* photoContents(db: Db): Generator<{ sha256: string; data: Buffer }> {
  const shas = (db.prepare('SELECT sha256 FROM survey_blob ORDER BY sha256').all() as { sha256: string }[]).map((r) => r.sha256);
  const one = db.prepare('SELECT data FROM survey_blob WHERE sha256 = ?');
  for (const sha256 of shas) {
    const row = one.get(sha256) as { data: Buffer } | undefined;
    if (row) yield { sha256, data: row.data };
  }
}

/** Per building: units with an observed status of all units, and whether the building itself has one. */
export function buildingProgress(db: Db): BuildingProgress[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.name_zh, b.name_en,
       (SELECT count(*) FROM unit u WHERE u.building_id = b.id) AS total,
       (SELECT count(*) FROM unit u JOIN survey_observation o ON o.entity = 'unit' AND o.entity_id = u.id AND o.status IS NOT NULL WHERE u.building_id = b.id) AS visited,
       EXISTS (SELECT 1 FROM survey_observation o WHERE o.entity = 'building' AND o.entity_id = b.id AND o.status IS NOT NULL) AS building_visited
     FROM building b ORDER BY b.name_zh, b.id`,
    )
    .all() as { id: string; name_zh: string; name_en: string; total: number; visited: number; building_visited: number }[];
  return rows.map((r) => ({
    buildingId: r.id,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    visited: r.visited,
    total: r.total,
    buildingVisited: r.building_visited === 1,
  }));
}

export function photoCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM survey_photo').get() as { n: number }).n;
}
