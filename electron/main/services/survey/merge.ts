// "Merge survey": a package held against the office database field by field (shared/survey/merge.ts), its
// observations against the records (shared/survey/discrepancies.ts) and its photos against its manifest.
// inspect reads only; decide stores per-field choices (a merge can be left and resumed); apply — refused while a
// conflict is undecided or a photo is missing or altered — takes a backup, copies the photos into the office's
// store and writes everything in one transaction as one undoable history batch (origin 'survey', the package id in
// its label), recording the side taken for every field. Merging a package whose merge is in effect changes nothing.
import type { EntityName } from '../../../../shared/enums';
import { AppError, type FieldError } from '../../../../shared/errors';
import type { Draft, EntityMap } from '../../../../shared/models';
import { discrepanciesOf } from '../../../../shared/survey/discrepancies';
import { decisionKey, planMerge, unresolvedCount, WHOLE_RECORD, type MergePlan, type RecordSides } from '../../../../shared/survey/merge';
import {
  isSurveyField,
  type ApplyResult,
  type Discrepancy,
  type MergeReport,
  type Side,
  type SurveyEntity,
} from '../../../../shared/survey/model';
import type { Db } from '../../db/connection';
import { openPackage } from '../../db/package';
import { changeStamp, decisionsOf, insertMerge, leasesOnUnits, mergeInEffect, saveDecisions } from '../../db/repos/survey-office';
import { photoContent } from '../../db/repos/survey-package';
import { recordsByIds } from '../../db/repos/survey-records';
import { draftOf } from '../../db/tables';
import { inBatch, type ChangeWriter } from '../../db/writer';
import { ruleErrors } from '../inventory/rules';
import { draftSchemas } from '../../../../shared/validation/entities';
import { toFieldErrors } from '../../../../shared/validation/primitives';
import { readPackage, type PackageContents } from './package-read';
import { photoStoreDir, sha256Of, storePhotoAsync } from './photos';
import { breathe, type Task } from './tasks';

type Records = Map<string, EntityMap[SurveyEntity]>;

/** The office side of each surveyed record, as it is now (null: deleted). */
function withOffice(db: Db, contents: PackageContents): RecordSides[] {
  const office: Record<SurveyEntity, Records> = {
    building: recordsByIds(
      db,
      'building',
      contents.records.filter((r) => r.entity === 'building').map((r) => r.id),
    ),
    unit: recordsByIds(
      db,
      'unit',
      contents.records.filter((r) => r.entity === 'unit').map((r) => r.id),
    ),
  };
  return contents.records.map((r) => {
    const current = office[r.entity].get(r.id);
    return { ...r, office: current ? (draftOf(r.entity, current) as unknown as Record<string, unknown>) : null };
  });
}

/** Observations against the records as they will be once the plan is written. */
function findDiscrepancies(db: Db, contents: PackageContents, sides: RecordSides[], plan: MergePlan): Discrepancy[] {
  const after = new Map<string, Record<string, unknown> | null>();
  for (const r of sides) after.set(`${r.entity}:${r.id}`, r.office);
  for (const w of plan.writes) {
    const key = `${w.entity}:${w.id}`;
    after.set(key, w.kind === 'recreate' ? w.draft : { ...(after.get(key) ?? {}), ...w.changes });
  }
  const observed = contents.observations.filter((o) => after.get(`${o.entity}:${o.entityId}`));
  const leases = leasesOnUnits(
    db,
    observed.filter((o) => o.entity === 'unit').map((o) => o.entityId),
  );
  return observed.flatMap((o) => {
    const record = after.get(`${o.entity}:${o.entityId}`) ?? {};
    const areaM2 = typeof record.areaM2 === 'number' ? record.areaM2 : null;
    return discrepanciesOf(o, { areaM2 }, leases.get(o.entityId) ?? [], o.updatedAt.slice(0, 10));
  });
}

interface Evaluation {
  report: MergeReport;
  plan: MergePlan;
  sides: RecordSides[];
}

function evaluate(db: Db, contents: PackageContents, resolve: Side | null): Evaluation {
  const decisions = decisionsOf(db, contents.info.packageId);
  const sides = withOffice(db, contents);
  const plan = planMerge(sides, (key) => decisions.get(key) ?? resolve);
  const report: MergeReport = {
    package: contents.info,
    file: contents.file,
    state: mergeInEffect(db, contents.info.packageId) ? 'merged' : 'new',
    applied: plan.applied,
    conflicts: plan.conflicts,
    discrepancies: findDiscrepancies(db, contents, sides, plan),
    photos: contents.photos,
    manifest: contents.manifest,
    observations: contents.observations.length,
    unresolved: unresolvedCount(plan.conflicts),
  };
  return { report, plan, sides };
}

export function inspectSurvey(db: Db, file: string, opts: { resolve?: Side; nativeBinding?: string } = {}): MergeReport {
  return evaluate(db, readPackage(db, file, opts.nativeBinding), opts.resolve ?? null).report;
}

/** Stores decisions for conflicts the package has now; a decision for anything else is a field error. */
export function decideSurvey(
  db: Db,
  file: string,
  decisions: readonly { entity: SurveyEntity; id: string; field: string; choice: Side }[],
  now: Date = new Date(),
): MergeReport {
  const contents = readPackage(db, file);
  const { report } = evaluate(db, contents, null);
  const open = new Set(report.conflicts.map((c) => decisionKey(c.entity, c.id, c.field)));
  const stray = decisions.find(
    (d) => !(d.field === WHOLE_RECORD || isSurveyField(d.entity, d.field)) || !open.has(decisionKey(d.entity, d.id, d.field)),
  );
  if (stray)
    throw new AppError('validation', `No conflict on ${stray.entity} ${stray.id} ${stray.field}`, {
      fields: [{ field: 'decisions', code: 'invalid_choice' }],
      entity: stray.entity,
      id: stray.id,
    });
  saveDecisions(db, contents.info.packageId, decisions, now.toISOString());
  return evaluate(db, contents, null).report;
}

export interface MergeTarget {
  db: Db;
  dbPath: string;
  /** Takes the backup before the merge writes; returns its file name. */
  backup(): Promise<string>;
}

export interface ApplyOptions {
  resolve?: Side;
  task?: Task;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
  nativeBinding?: string;
  /** Fault injection for crash tests: called at named points of the merge. */
  fault?: (step: 'photos' | 'written') => void;
}

function refuseUnready(report: MergeReport): void {
  const bad = [...report.photos.missing, ...report.photos.mismatched];
  if (bad.length) {
    throw new AppError('survey_photos', `${bad.length} photos missing or altered: ${bad.map((p) => p.name).join(', ')}`, {
      count: bad.length,
      names: bad
        .slice(0, 10)
        .map((p) => p.name)
        .join(', '),
    });
  }
  if (report.unresolved) throw new AppError('survey_unresolved', `${report.unresolved} conflicts undecided`, { count: report.unresolved });
}

/** Writes one record's planned change after its entity's rules accept the result. */
function writeRecord(w: ChangeWriter, write: MergePlan['writes'][number]): void {
  const entity = write.entity as EntityName as SurveyEntity;
  const current = w.get(entity, write.id);
  const draft =
    write.kind === 'recreate'
      ? (write.draft as unknown as Draft<SurveyEntity>)
      : ({ ...draftOf(entity, current as EntityMap[SurveyEntity]), ...write.changes } as unknown as Draft<SurveyEntity>);
  // The forms' rules, in full: the contract's schema (shapes, areas, text) and the cross-record rules.
  const parsed = draftSchemas[entity].safeParse(draft);
  const errors: FieldError[] = parsed.success
    ? ruleErrors(w, entity, draft, current ? write.id : null)
    : toFieldErrors(parsed.error.issues);
  if (errors.length) {
    throw new AppError('validation', `${entity} ${write.id}: ${errors.map((e) => `${e.field} ${e.code}`).join('; ')}`, {
      fields: errors,
      entity,
      id: write.id,
    });
  }
  if (write.kind === 'recreate') {
    const at = w.now();
    w.restore(entity, { ...draft, id: write.id, createdAt: at, updatedAt: at, version: 1 } as EntityMap[SurveyEntity]);
  } else {
    w.update(entity, write.id, write.changes as Partial<Draft<SurveyEntity>>);
  }
}

/** Photos written to the store at the same time. */
const PHOTO_WRITERS = 8;

const labelOf = (surveyor: string, packageId: string) => {
  const who = surveyor.replace(/ \/ /g, ' ∕ ');
  return `现场核查合并：${who}（${packageId}） / Survey merge: ${who} (${packageId})`;
};

export async function applySurvey(target: MergeTarget, file: string, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const { db } = target;
  const contents = readPackage(db, file, opts.nativeBinding);
  const first = evaluate(db, contents, opts.resolve ?? null);
  const stamp = changeStamp(db);
  if (first.report.state === 'merged') return { report: first.report, batchId: null, written: 0, backup: null };
  refuseUnready(first.report);
  const photos = [...contents.goodPhotos];
  const total = photos.length + 2;
  opts.onProgress?.(0, total);
  let done = 0;
  const copyPhotos = async (): Promise<void> => {
    if (photos.length === 0) return;
    const pkg = openPackage(file, { readonly: true, nativeBinding: opts.nativeBinding, verify: false });
    try {
      const store = photoStoreDir(target.dbPath);
      // A few at a time: each is written and synced to disk before the merge that lists it commits.
      const next = async (): Promise<void> => {
        for (let sha = photos.pop(); sha !== undefined; sha = photos.pop()) {
          opts.task?.check();
          const data = photoContent(pkg, sha);
          // Hashed again as it is copied: what goes into the store is exactly what its name says.
          if (!data || sha256Of(data) !== sha)
            throw new AppError('survey_photos', `photo ${sha} changed while merging`, { count: 1, names: sha });
          await storePhotoAsync(store, sha, data);
          done += 1;
          opts.onProgress?.(1 + done, total);
        }
      };
      await Promise.all(Array.from({ length: PHOTO_WRITERS }, next));
    } finally {
      pkg.close();
    }
  };
  // The backup and the photo copies go on at the same time (neither changes the database); both are complete
  // before the merge writes anything.
  const [backup] = await Promise.all([target.backup(), copyPhotos()]);
  await breathe();
  opts.task?.check();
  opts.fault?.('photos');
  const now = (opts.now ?? new Date()).toISOString();
  // The office may have changed while the backup and the photos were copied: then everything is compared again,
  // inside the transaction. Checked right before it begins (nothing can run in between).
  const unchanged = changeStamp(db) === stamp;
  const result = inBatch(db, { label: labelOf(contents.info.surveyor, contents.info.packageId), origin: 'survey' }, (w) => {
    const { report, plan } = unchanged ? first : evaluate(db, contents, opts.resolve ?? null);
    refuseUnready(report);
    for (const write of plan.writes) writeRecord(w, write);
    const present = (p: { entity: SurveyEntity; entityId: string }) => w.get(p.entity, p.entityId) !== null;
    insertMerge(db, {
      batchId: w.batchId,
      packageId: contents.info.packageId,
      surveyor: contents.info.surveyor,
      file,
      mergedAt: now,
      sides: plan.sides,
      discrepancies: report.discrepancies,
      photos: contents.manifest.filter(present),
    });
    return { report: { ...report, state: 'merged' as const }, written: plan.writes.length, batchId: w.batchId };
  });
  opts.fault?.('written');
  opts.onProgress?.(total, total);
  return { ...result, backup };
}
