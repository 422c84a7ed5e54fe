// Reading a package for a merge: opened read-only (the office never changes a package), checked whole, then
// everything in it held against the office database before anything is compared: the package must come from this
// database, its buildings and units must be the office's (or ones the office has since deleted), each surveyed
// record must still be a valid record with its parent unchanged, and every photo in the manifest must be there with
// the content its SHA-256 names. Any failure is one `survey_invalid` error naming what is wrong.
//
// What depends on the package alone is kept for the last file read, while that file is unchanged on disk (same
// inode, size and modification times): a dry run followed by the merge reads and hashes it once. Whatever is
// compared with the office is read from the office every time.
import { statSync } from 'node:fs';
import path from 'node:path';
import { draftSchemas } from '../../../../shared/validation/entities';
import type { Observation, PhotoCheck, PhotoRef, SurveyEntity, SurveyPackageInfo } from '../../../../shared/survey/model';
import { SURVEY_ENTITIES } from '../../../../shared/survey/model';
import { surveyEdits, type RecordSides } from '../../../../shared/survey/merge';
import type { Db } from '../../db/connection';
import { invalidPackage, openPackage } from '../../db/package';
import { rowCounts } from '../../db/repos/counts';
import { databaseIdentity } from '../../db/repos/survey-office';
import { baseRows, observations, packageInfo, photoContents, photoManifest } from '../../db/repos/survey-package';
import { deletedIds, presentIds, recordsByIds } from '../../db/repos/survey-records';
import { draftOf } from '../../db/tables';
import { sha256Of } from './photos';

export interface PackageContents {
  file: string;
  info: SurveyPackageInfo;
  /** Base and survey side of every surveyed record (the office side is read at merge time). */
  records: Omit<RecordSides, 'office'>[];
  observations: Observation[];
  manifest: PhotoRef[];
  photos: PhotoCheck;
  /** Photo content that checked out, by SHA-256 (read again, and hashed again, when copied into the office). */
  goodPhotos: Set<string>;
}

/** The parent each survey entity must keep. */
const PARENTS: Record<SurveyEntity, readonly string[]> = { building: ['zoneId', 'parkId'], unit: ['buildingId'] };

function checkPhotos(db: Db, manifest: PhotoRef[]): { check: PhotoCheck; good: Set<string> } {
  const sizes = new Map<string, number>();
  for (const p of manifest) sizes.set(p.sha256, p.size);
  const good = new Set<string>();
  const bad = new Set<string>();
  for (const { sha256, data } of photoContents(db)) {
    if (!sizes.has(sha256)) continue;
    if (sha256Of(data) === sha256 && data.length === sizes.get(sha256)) good.add(sha256);
    else bad.add(sha256);
  }
  const named = (sha: string) => ({ sha256: sha, name: manifest.find((p) => p.sha256 === sha)?.name ?? sha });
  const missing = [...sizes.keys()].filter((sha) => !good.has(sha) && !bad.has(sha)).map(named);
  return { check: { expected: sizes.size, present: good.size, missing, mismatched: [...bad].map(named) }, good };
}

/** Everything that depends on the package file alone. */
function readPackageFile(file: string, nativeBinding?: string): PackageContents {
  const db = openPackage(file, { readonly: true, nativeBinding });
  try {
    const info = packageInfo(db);
    const records: PackageContents['records'] = [];
    const known = new Set<string>();
    const counts = rowCounts(db);
    for (const entity of SURVEY_ENTITIES) {
      const base = baseRows(db, [entity]);
      const survey = recordsByIds(
        db,
        entity,
        base.map((b) => b.id),
      );
      if (survey.size !== base.length || counts[entity] !== base.length) {
        throw invalidPackage(file, 'bad_content', `${entity}: ${counts[entity]} rows, ${base.length} base rows`, {
          detail: `${entity} rows without a base`,
        });
      }
      for (const b of base) {
        const record = survey.get(b.id);
        if (!record) continue;
        const draft = draftOf(entity, record) as unknown as Record<string, unknown>;
        const moved = PARENTS[entity].find((f) => draft[f] !== (b.data[f] ?? null));
        // Only what the survey changed can reach the office: those records must be valid as a whole.
        const invalid = surveyEdits({ entity, base: b.data, survey: draft }).length > 0 && !draftSchemas[entity].safeParse(draft).success;
        if (invalid || moved) {
          throw invalidPackage(file, 'bad_content', `${entity} ${b.id} is not a valid record`, {
            detail: `${entity} ${b.id}${moved ? ` ${moved}` : ''}`,
          });
        }
        records.push({ entity, id: b.id, base: b.data, survey: draft });
        known.add(`${entity}:${b.id}`);
      }
    }
    const obs = observations(db);
    const manifest = photoManifest(db);
    const stray = [...obs.map((o) => `${o.entity}:${o.entityId}`), ...manifest.map((p) => `${p.entity}:${p.entityId}`)].find(
      (k) => !known.has(k),
    );
    if (stray) throw invalidPackage(file, 'bad_content', `${stray} is not in the package`, { detail: stray });
    const { check, good } = checkPhotos(db, manifest);
    return { file, info, records, observations: obs, manifest, photos: check, goodPhotos: good };
  } finally {
    db.close();
  }
}

let last: { key: string; contents: PackageContents } | null = null;

function fileKey(file: string): string | null {
  try {
    const st = statSync(file, { bigint: true });
    return [path.resolve(file), st.dev, st.ino, st.size, st.mtimeNs, st.ctimeNs].join('|');
  } catch {
    return null;
  }
}

/** The package as read and checked, with its records held against the office database. */
export function readPackage(officeDb: Db, file: string, nativeBinding?: string): PackageContents {
  const key = fileKey(file);
  const contents = key !== null && last?.key === key ? last.contents : readPackageFile(file, nativeBinding);
  if (key !== null) last = { key, contents };
  const officeId = databaseIdentity(officeDb);
  if (contents.info.officeId !== officeId)
    throw invalidPackage(file, 'other_database', 'from another database', { found: contents.info.officeId, expected: officeId });
  for (const entity of SURVEY_ENTITIES) {
    const ids = contents.records.filter((r) => r.entity === entity).map((r) => r.id);
    const present = presentIds(officeDb, entity, ids);
    const absent = ids.filter((id) => !present.has(id));
    const deleted = deletedIds(officeDb, entity, absent);
    const outside = absent.find((id) => !deleted.has(id));
    if (outside !== undefined)
      throw invalidPackage(file, 'outside_inventory', `${entity} ${outside} is not in the office`, { entity, id: outside });
  }
  return contents;
}
