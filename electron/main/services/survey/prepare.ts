// "Prepare survey": the chosen buildings with their floors' units, current leases and their tenants, all zones and
// parks (their shapes draw the map), the base version of every row, the office basemap setting and the identity
// of the office database, written as one `.parksurvey` file. The package is built under a temporary name beside
// the target and renamed into place when complete; the office database is only read.
import { existsSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { todayIso } from '../../../../shared/dates';
import { ENTITIES, type EntityName } from '../../../../shared/enums';
import { AppError, validationError } from '../../../../shared/errors';
import { uuidv7 } from '../../../../shared/ids';
import type { EntityMap } from '../../../../shared/models';
import { PACKAGE_EXTENSION, type PrepareResult, type SurveyScope } from '../../../../shared/survey/model';
import type { Db } from '../../db/connection';
import { createPackageFile } from '../../db/package';
import { getMeta, setMeta } from '../../db/repos/meta';
import { databaseIdentity } from '../../db/repos/survey-office';
import { insertBaseRows } from '../../db/repos/survey-package';
import { allRecords, buildingIdsIn, copyRecords, currentLeaseIds, recordsByIds, unitIdsOfBuildings } from '../../db/repos/survey-records';
import { draftOf } from '../../db/tables';
import { creatingName, removeDbFiles } from '../db-files';
import { ensureFolder, onFile } from '../fs-errors';
import { breathe, type Task } from './tasks';

export interface PrepareOptions {
  scope: SurveyScope;
  surveyor: string;
  /** Target file; default `surveys/<date>-<surveyor>-<id>.parksurvey` beside the database. */
  out?: string;
  task?: Task;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
  nativeBinding?: string;
}

type Snapshot = { [E in EntityName]?: EntityMap[E][] };

/** The buildings a scope names; a zone or park that does not exist, or ids that do not, are field errors. */
export function scopeBuildings(db: Db, scope: SurveyScope): string[] {
  if (scope.kind === 'buildings') {
    const found = buildingIdsIn(db, { ids: scope.ids });
    const missing = scope.ids.filter((id) => !found.includes(id));
    if (missing.length) throw validationError([{ field: 'scope', code: 'reference_missing', params: { id: missing[0] ?? '' } }]);
    return found;
  }
  const entity = scope.kind;
  if (recordsByIds(db, entity, [scope.id]).size === 0) throw validationError([{ field: 'scope', code: 'reference_missing' }]);
  const ids = buildingIdsIn(db, { column: entity === 'zone' ? 'zone_id' : 'park_id', id: scope.id });
  if (ids.length === 0) throw validationError([{ field: 'scope', code: 'required' }]);
  return ids;
}

/** The office rows a package carries. */
export function snapshotFor(db: Db, buildingIds: string[], date: string): Snapshot {
  const unitIds = unitIdsOfBuildings(db, buildingIds);
  const leases = [...recordsByIds(db, 'lease', currentLeaseIds(db, unitIds, date)).values()];
  const tenantIds = [...new Set(leases.map((l) => l.tenantId))];
  return {
    zone: allRecords(db, 'zone'),
    park: allRecords(db, 'park'),
    building: [...recordsByIds(db, 'building', buildingIds).values()],
    unit: [...recordsByIds(db, 'unit', unitIds).values()],
    tenant: [...recordsByIds(db, 'tenant', tenantIds).values()],
    lease: leases,
  };
}

const slug = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'survey';

export function defaultPackagePath(dbPath: string, surveyor: string, packageId: string, now: Date): string {
  return path.join(
    path.dirname(path.resolve(dbPath)),
    'surveys',
    `${todayIso(now)}-${slug(surveyor)}-${packageId.slice(-8)}${PACKAGE_EXTENSION}`,
  );
}

export async function preparePackage(db: Db, dbPath: string, opts: PrepareOptions): Promise<PrepareResult> {
  const now = opts.now ?? new Date();
  const packageId = uuidv7(now.getTime());
  const target = path.resolve(opts.out ?? defaultPackagePath(dbPath, opts.surveyor, packageId, now));
  const exists = () => new AppError('file_exists', `${target} already exists`, { file: target });
  if (existsSync(target))
    throw statSync(target).isDirectory() ? new AppError('file_system', `${target} is a folder`, { os: 'EISDIR', file: target }) : exists();
  const officeId = databaseIdentity(db);
  const report = (done: number) => opts.onProgress?.(done, 4);
  report(0);
  const buildingIds = scopeBuildings(db, opts.scope);
  const rows = snapshotFor(db, buildingIds, todayIso(now));
  report(1);
  await breathe();
  opts.task?.check();
  ensureFolder(path.dirname(target));
  const partial = creatingName(target, `${process.pid}-${packageId.slice(-6)}`);
  const counts: Partial<Record<EntityName, number>> = {};
  try {
    removeDbFiles(partial);
    const pkg = onFile(partial, () =>
      createPackageFile(
        partial,
        {
          package_id: packageId,
          office_id: officeId,
          office_path: path.resolve(dbPath),
          surveyor: opts.surveyor,
          created_at: now.toISOString(),
          scope: JSON.stringify(opts.scope),
        },
        opts.nativeBinding,
      ),
    );
    try {
      pkg.transaction(() => {
        for (const entity of ENTITIES) {
          const records = (rows[entity] ?? []) as EntityMap[typeof entity][];
          copyRecords(pkg, entity, records);
          insertBaseRows(
            pkg,
            records.map((r) => ({ entity, id: r.id, version: r.version, data: draftOf(entity, r) as unknown as Record<string, unknown> })),
          );
          if (records.length) counts[entity] = records.length;
        }
        const basemap = getMeta(db, 'setting.basemap');
        setMeta(pkg, { setup_done: '1', ...(basemap ? { 'setting.basemap': basemap } : {}) });
      })();
      report(2);
    } finally {
      pkg.close();
    }
    await breathe();
    opts.task?.check();
    if (existsSync(target)) throw exists();
    onFile(target, () => renameSync(partial, target));
    report(4);
  } catch (err) {
    removeDbFiles(partial);
    throw err;
  }
  return { file: target, packageId, counts };
}
