// survey-prepare and survey-merge. Prepare and a dry run only read the database; --apply takes the database's write
// lock (program 'cli'), backs it up into `backups/` beside it and merges in one transaction — unless a conflict is
// still undecided or a photo is missing or altered (exit 1, nothing written). A bad package exits 2 (main.ts).
import path from 'node:path';
import type { Locale } from '../../shared/enums';
import { countsText } from '../../shared/messages';
import type { MergeReport, SurveyScope } from '../../shared/survey/model';
import { openDatabase } from '../main/db/connection';
import { zoneWithCode } from '../main/db/repos/zones';
import { requireWriteLock } from '../main/db/write-lock';
import { backupInto, migrationBackupHook } from '../main/services/backup';
import { applySurvey, inspectSurvey } from '../main/services/survey/merge';
import { preparePackage } from '../main/services/survey/prepare';
import { UsageError, type CliScope } from './args';
import { existingFile, newFile, openForCheck, type Context, type Outcome } from './commands';
import { say } from './messages';

function scopeOf(db: Parameters<typeof zoneWithCode>[0], scope: CliScope): SurveyScope {
  if (scope.kind !== 'zone') return scope;
  const zone = zoneWithCode(db, scope.code, null);
  if (!zone) throw new UsageError('no_zone', { code: scope.code });
  return { kind: 'zone', id: zone.id };
}

export async function runSurveyPrepare(
  cmd: { db: string; out: string; scope: CliScope; surveyor: string },
  ctx: Context,
): Promise<Outcome> {
  const file = existingFile(cmd.db);
  const out = newFile(cmd.out, false);
  const db = openForCheck(file);
  try {
    const result = await preparePackage(db, file, { scope: scopeOf(db, cmd.scope), surveyor: cmd.surveyor, out });
    return {
      lines: [
        say('survey_prepared', ctx.locale, { file: result.file, surveyor: cmd.surveyor, counts: countsText(result.counts, ctx.locale) }),
      ],
      json: { command: 'survey-prepare', db: file, ...result },
      exitCode: 0,
    };
  } finally {
    db.close();
  }
}

const shown = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v).slice(0, 60) : String(v));

function reportLines(report: MergeReport, db: string, locale: Locale): string[] {
  const { package: p, photos } = report;
  const problems =
    photos.missing.length + photos.mismatched.length
      ? say('survey_photo_problems', locale, {
          missing: photos.missing.map((x) => x.name).join(', ') || '—',
          altered: photos.mismatched.map((x) => x.name).join(', ') || '—',
        })
      : '';
  return [
    say('survey_head', locale, { file: report.file, surveyor: p.surveyor, date: p.createdAt.slice(0, 10), db }),
    say('survey_applied', locale, { count: report.applied.length, same: report.applied.filter((a) => a.side === 'both').length }),
    say('survey_conflicts', locale, { count: report.conflicts.length, open: report.unresolved }),
    ...report.conflicts.map((c) =>
      say('survey_conflict', locale, {
        entity: c.entity,
        id: c.id,
        field: c.field,
        base: shown(c.base),
        survey: shown(c.survey),
        office: shown(c.office),
        choice: c.choice ?? say('survey_undecided', locale),
      }),
    ),
    say('survey_discrepancies', locale, { count: report.discrepancies.length }),
    ...report.discrepancies.map((d) =>
      say('survey_discrepancy', locale, { kind: d.kind, entity: d.entity, id: d.id, details: JSON.stringify(d.details) }),
    ),
    say('survey_photos_line', locale, { present: photos.present, expected: photos.expected, problems }),
  ];
}

/** The JSON the issue names (plus what the text says), for scripts. */
function reportJson(report: MergeReport, db: string): Record<string, unknown> {
  return {
    command: 'survey-merge',
    db,
    file: report.file,
    packageId: report.package.packageId,
    state: report.state,
    applied: report.applied,
    conflicts: report.conflicts.map(({ entity, id, field, base, survey, office, kind, choice }) => ({
      entity,
      id,
      field,
      base,
      survey,
      office,
      kind,
      choice,
    })),
    unresolved: report.unresolved,
    discrepancies: report.discrepancies,
    photos: {
      expected: report.photos.expected,
      present: report.photos.present,
      mismatched: report.photos.mismatched,
      missing: report.photos.missing,
    },
  };
}

const ready = (r: MergeReport) => r.unresolved === 0 && r.photos.missing.length === 0 && r.photos.mismatched.length === 0;

export async function runSurveyMerge(
  cmd: { db: string; file: string; apply: boolean; resolve: 'survey' | 'office' | null },
  ctx: Context,
): Promise<Outcome> {
  const dbFile = existingFile(cmd.db);
  const pkg = path.resolve(cmd.file);
  const resolve = cmd.resolve ?? undefined;
  if (!cmd.apply) {
    const db = openForCheck(dbFile);
    try {
      const report = inspectSurvey(db, pkg, { resolve });
      return {
        lines: [...reportLines(report, dbFile, ctx.locale), say('survey_dry_run', ctx.locale)],
        json: { ...reportJson(report, dbFile), dryRun: true },
        exitCode: ready(report) ? 0 : 1,
      };
    } finally {
      db.close();
    }
  }
  const lock = requireWriteLock(dbFile, 'cli');
  try {
    const db = openDatabase(dbFile, { beforeMigrate: migrationBackupHook() });
    try {
      const report = inspectSurvey(db, pkg, { resolve });
      if (!ready(report)) {
        return {
          lines: [...reportLines(report, dbFile, ctx.locale), say('survey_not_ready', ctx.locale)],
          json: { ...reportJson(report, dbFile), written: 0 },
          exitCode: 1,
        };
      }
      const backupDir = path.join(path.dirname(dbFile), 'backups');
      const result = await applySurvey({ db, dbPath: dbFile, backup: async () => (await backupInto(db, backupDir, 'manual')).file }, pkg, {
        resolve,
      });
      const done = result.batchId
        ? say('survey_merged', ctx.locale, { count: result.written, backup: result.backup ?? '' })
        : say('survey_already', ctx.locale);
      return {
        lines: [...reportLines(result.report, dbFile, ctx.locale), done],
        json: { ...reportJson(result.report, dbFile), written: result.written, batchId: result.batchId, backup: result.backup },
        exitCode: 0,
      };
    } finally {
      db.close();
    }
  } finally {
    lock.release();
  }
}
