// A photo's row as both survey stores keep it (a package's survey_photo, the office's photo) and the model made
// from it, in one place.
import type { PhotoRef, SurveyEntity } from '../../../../shared/survey/model';

export interface PhotoRow {
  sha256: string;
  entity: SurveyEntity;
  entity_id: string;
  name: string;
  size: number;
  mime: string;
  lon: number | null;
  lat: number | null;
  added_at: string;
  has_thumb: number;
}

export const toPhoto = (r: PhotoRow): PhotoRef => ({
  sha256: r.sha256,
  entity: r.entity,
  entityId: r.entity_id,
  name: r.name,
  size: r.size,
  mime: r.mime,
  lon: r.lon,
  lat: r.lat,
  addedAt: r.added_at,
  hasThumb: r.has_thumb === 1,
});
