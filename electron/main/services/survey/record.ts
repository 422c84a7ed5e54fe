// Survey mode: what the surveyor records in the open package — observations (saved as typed, one small
// transaction each) and photos (content stored once per SHA-256, linked to the building or unit, position from the
// photo's GPS tag when it has one) — and the package's progress.
import type { z } from 'zod';
import { AppError } from '../../../../shared/errors';
import type { observeInput, photoAddInput } from '../../../../shared/survey/contract';
import { readJpegGps } from '../../../../shared/survey/exif';
import type { Observation, PhotoRef, SurveyBuildingView, SurveyEntity, SurveyInfo } from '../../../../shared/survey/model';
import type { Db } from '../../db/connection';
import {
  buildingProgress,
  observationOf,
  observationsOfBuilding,
  packageInfo,
  photoCount,
  photosOf,
  photosOfBuilding,
  saveObservation,
  savePhoto,
} from '../../db/repos/survey-package';
import { recordsByIds, unitIdsOfBuildings } from '../../db/repos/survey-records';
import { sha256Of } from './photos';

function requireRecord(db: Db, entity: SurveyEntity, id: string): void {
  if (recordsByIds(db, entity, [id]).size === 0) throw new AppError('not_found', `${entity} ${id} is not in this package`, { entity, id });
}

export function surveyInfo(db: Db, file: string): SurveyInfo {
  const buildings = buildingProgress(db);
  return {
    ...packageInfo(db),
    file,
    buildings,
    visited: buildings.reduce((n, b) => n + b.visited, 0),
    total: buildings.reduce((n, b) => n + b.total, 0),
    photos: photoCount(db),
  };
}

export function surveyBuilding(db: Db, buildingId: string): SurveyBuildingView {
  requireRecord(db, 'building', buildingId);
  const observed = new Map(observationsOfBuilding(db, buildingId).map((o) => [`${o.entity}:${o.entityId}`, o]));
  const photos = photosOfBuilding(db, buildingId);
  const units = [...recordsByIds(db, 'unit', unitIdsOfBuildings(db, [buildingId])).values()].sort(
    (a, b) => a.floor - b.floor || a.label.localeCompare(b.label, 'en', { numeric: true }),
  );
  return {
    building: observed.get(`building:${buildingId}`) ?? null,
    units: units.map((u) => ({
      id: u.id,
      label: u.label,
      floor: u.floor,
      areaM2: u.areaM2,
      observation: observed.get(`unit:${u.id}`) ?? null,
      photos: photos.filter((p) => p.entity === 'unit' && p.entityId === u.id),
    })),
    photos: photos.filter((p) => p.entity === 'building'),
  };
}

type ObserveInput = z.output<typeof observeInput>;

/** Saves what was typed: given fields replace the stored ones, the rest stay. */
export function observe(db: Db, input: ObserveInput, now: Date = new Date()): Observation {
  requireRecord(db, input.entity, input.id);
  const before = observationOf(db, input.entity, input.id);
  const pick = <K extends keyof Observation>(key: K, given: Observation[K] | undefined, empty: Observation[K]): Observation[K] =>
    given !== undefined ? given : before ? before[key] : empty;
  const next: Observation = {
    entity: input.entity,
    entityId: input.id,
    status: pick('status', input.status, null),
    tenantSeen: pick('tenantSeen', input.tenantSeen, ''),
    measuredAreaM2: pick('measuredAreaM2', input.measuredAreaM2, null),
    notes: pick('notes', input.notes, ''),
    lon: pick('lon', input.lon, null),
    lat: pick('lat', input.lat, null),
    locationSource: pick('locationSource', input.locationSource, null),
    updatedAt: now.toISOString(),
  };
  if ((next.lon === null) !== (next.lat === null)) next.locationSource = null;
  db.transaction(() => saveObservation(db, next))();
  return next;
}

type PhotoInput = z.output<typeof photoAddInput>;

/** Stores a photo in the package; a JPEG's GPS tag sets the record's location unless one was given already. */
export function addPhoto(db: Db, input: PhotoInput, now: Date = new Date()): PhotoRef {
  requireRecord(db, input.entity, input.id);
  const data = Buffer.from(input.dataBase64, 'base64');
  if (data.length === 0) throw new AppError('validation', 'Empty photo', { fields: [{ field: 'dataBase64', code: 'required' }] });
  const thumb = input.thumbBase64 ? Buffer.from(input.thumbBase64, 'base64') : null;
  const gps = input.mime === 'image/jpeg' ? readJpegGps(data) : null;
  const ref = {
    sha256: sha256Of(data),
    entity: input.entity,
    entityId: input.id,
    name: input.name,
    size: data.length,
    mime: input.mime,
    lon: gps?.lon ?? null,
    lat: gps?.lat ?? null,
    addedAt: now.toISOString(),
  };
  db.transaction(() => {
    savePhoto(db, ref, data, thumb && thumb.length ? thumb : null);
    const obs = observationOf(db, input.entity, input.id);
    if (gps && (obs?.lon == null || obs.lat == null)) {
      saveObservation(db, {
        entity: input.entity,
        entityId: input.id,
        status: obs?.status ?? null,
        tenantSeen: obs?.tenantSeen ?? '',
        measuredAreaM2: obs?.measuredAreaM2 ?? null,
        notes: obs?.notes ?? '',
        lon: gps.lon,
        lat: gps.lat,
        locationSource: 'photo',
        updatedAt: now.toISOString(),
      });
    }
  })();
  return photosOf(db, input.entity, input.id).find((p) => p.sha256 === ref.sha256) ?? { ...ref, hasThumb: thumb !== null };
}
