// Crash trials for surveys (issue 8): real child processes killed with SIGKILL at random moments (at least 20 times
// each) while a surveyor records into a package and while a merge is applied, and at the merge's named steps.
// After every trial the package and the office database pass PRAGMA integrity_check, every acknowledged survey
// entry is in the package, and a merge is either wholly in the office database or not at all.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPackage } from '../../../electron/main/db/package';
import { Session } from '../../../electron/main/session';
import { seededRandom } from '../../../shared/ids';
import { startChild } from '../../helpers/child';
import { makeTempDir } from '../../helpers/tempSession';
import { edit, officeAndPackage, officeDigest, openSurvey } from '../survey/fixture';

const TRIALS = 20;
const random = seededRandom(20261201);
const between = (lo: number, hi: number) => lo + Math.floor(random.next() * (hi - lo));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cleanPackage: string;
let surveyedOffice: string;
let surveyedPackage: string;
let officeBefore: string;
/** unit id → [office area before, surveyed area]. */
let areas: Map<string, [number, number]>;

beforeAll(async () => {
  const { office, file } = await officeAndPackage();
  const keep = makeTempDir('psd-survey-crash-');
  cleanPackage = path.join(keep, 'clean.parksurvey');
  copyFileSync(file, cleanPackage);
  const survey = openSurvey(file);
  const info = await survey.call('survey:info', {});
  areas = new Map();
  for (const b of info.buildings) {
    for (const u of (await survey.call('survey:building', { buildingId: b.buildingId })).units) {
      if (areas.size >= 120) break;
      const leased = (await survey.call('units:get', { id: u.id })).activeLeaseCount > 0;
      if (leased) continue;
      await edit(survey, 'unit', u.id, { areaM2: u.areaM2 + 1 });
      areas.set(u.id, [u.areaM2, u.areaM2 + 1]);
    }
  }
  for (let i = 0; i < 20; i += 1) {
    const unit = [...areas.keys()][i] as string;
    await survey.call('survey:photo-add', {
      entity: 'unit',
      id: unit,
      name: `p${i}.png`,
      mime: 'image/png',
      dataBase64: Buffer.from(`photo ${i} `.repeat(12_000)).toString('base64'),
    });
  }
  survey.cleanup();
  office.session.close();
  surveyedOffice = path.join(keep, 'office.sqlite');
  surveyedPackage = path.join(keep, 'surveyed.parksurvey');
  copyFileSync(office.dbPath, surveyedOffice);
  copyFileSync(file, surveyedPackage);
  const db = new Database(surveyedOffice, { readonly: true });
  officeBefore = officeDigest(db);
  db.close();
  office.cleanup();
}, 120_000);

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('recording a survey killed', () => {
  it(`at ${TRIALS} random moments: the package is whole and every acknowledged entry is in it`, async () => {
    let acknowledged = 0;
    for (let i = 0; i < TRIALS; i += 1) {
      const file = path.join(makeTempDir('psd-record-'), 'p.parksurvey');
      copyFileSync(cleanPackage, file);
      const child = await startChild(['survey-record', file]);
      await child.waitFor((l) => l === 'open');
      await pause(between(20, 500));
      await child.kill();
      const acks = child.lines.filter((l) => l.startsWith('ack ')).map((l) => l.split(' ') as [string, string, string, string]);
      acknowledged += acks.length;
      // Reopened as the app would (a rollback journal left by the kill is rolled back here).
      const db = openPackage(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const notes = new Map(
          (
            db.prepare("SELECT entity_id AS id, notes FROM survey_observation WHERE entity = 'unit'").all() as {
              id: string;
              notes: string;
            }[]
          ).map((r) => [r.id, Number(r.notes.slice(1))]),
        );
        const lastStep = Math.max(-1, ...acks.filter((a) => a[1] === 'obs').map((a) => Number(a[3])));
        for (const [, kind, unit, value] of acks) {
          if (kind === 'obs') {
            // This step's note, or a later one written since (at most the step in flight when the kill came).
            expect(notes.get(unit)).toBeGreaterThanOrEqual(Number(value));
            expect(notes.get(unit)).toBeLessThanOrEqual(lastStep + 1);
          } else if (kind === 'photo') {
            expect(
              db
                .prepare(
                  'SELECT count(*) AS n FROM survey_blob b JOIN survey_photo p ON p.sha256 = b.sha256 WHERE b.sha256 = ? AND p.entity_id = ?',
                )
                .get(value, unit),
            ).toEqual({ n: 1 });
          }
        }
        const lastArea = new Map<string, number>();
        for (const [, kind, unit, value] of acks) if (kind === 'area') lastArea.set(unit, Number(value));
        const inFlight = acks.filter((a) => a[1] === 'obs').at(-1);
        for (const [unit, area] of lastArea) {
          const stored = (db.prepare('SELECT area_m2 FROM unit WHERE id = ?').get(unit) as { area_m2: number }).area_m2;
          // The acknowledged correction, or the one of the step in flight (written, not yet acknowledged).
          if (stored !== area) expect([inFlight?.[2], stored]).toEqual([unit, 10 + (lastStep % 90)]);
        }
      } finally {
        db.close();
      }
    }
    expect(acknowledged).toBeGreaterThan(TRIALS);
    console.info(`survey recording killed ${TRIALS} times: ${acknowledged} acknowledged entries, all present`);
  });
});

/** A fresh copy of the surveyed office and package in a folder of their own. */
function trialFiles(): { dbPath: string; pkg: string } {
  const dir = makeTempDir('psd-merge-');
  const dbPath = path.join(dir, 'office.sqlite');
  const pkg = path.join(dir, 'p.parksurvey');
  copyFileSync(surveyedOffice, dbPath);
  copyFileSync(surveyedPackage, pkg);
  return { dbPath, pkg };
}

/** Opens the office as the app does on start, then reads whether the merge is in and whether it is whole. */
function outcome(dbPath: string): 'merged' | 'untouched' {
  new Session({ dbPath, transport: 'web', appVersion: '0.0.0-test', whenLocked: 'fail', watchMs: 0 }).close();
  const db = new Database(dbPath, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const merges = (db.prepare('SELECT count(*) AS n FROM survey_merge').get() as { n: number }).n;
    const stored = new Map(
      (
        db.prepare('SELECT id, area_m2 FROM unit WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...areas.keys()])) as {
          id: string;
          area_m2: number;
        }[]
      ).map((r) => [r.id, r.area_m2]),
    );
    if (merges === 0) {
      expect(officeDigest(db)).toBe(officeBefore);
      return 'untouched';
    }
    expect(merges).toBe(1);
    for (const [id, [, surveyed]] of areas) expect(stored.get(id)).toBe(surveyed);
    expect((db.prepare('SELECT count(*) AS n FROM photo').get() as { n: number }).n).toBe(20);
    return 'merged';
  } finally {
    db.close();
  }
}

describe('applying a merge killed', () => {
  it.each([
    ['photos', 'untouched'],
    ['written', 'merged'],
  ] as const)('at step "%s": the office database is whole and %s', async (step, expected) => {
    const { dbPath, pkg } = trialFiles();
    const before = sha(pkg);
    const child = await startChild(['survey-merge', dbPath, pkg, step]);
    expect((await child.exited).signal).toBe('SIGKILL');
    expect(outcome(dbPath)).toBe(expected);
    expect(sha(pkg)).toBe(before);
  });

  it(`at ${TRIALS} random moments: all of the merge or none of it, the package unchanged`, async () => {
    const seen = { merged: 0, untouched: 0 };
    for (let i = 0; i < TRIALS; i += 1) {
      const { dbPath, pkg } = trialFiles();
      const before = sha(pkg);
      const child = await startChild(['survey-merge', dbPath, pkg]);
      await child.waitFor((l) => l === 'start');
      await pause(between(0, 700));
      await child.kill();
      seen[outcome(dbPath)] += 1;
      const check = openPackage(pkg, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
      expect(sha(pkg)).toBe(before);
    }
    expect(seen.merged + seen.untouched).toBe(TRIALS);
    console.info(`survey merge killed ${TRIALS} times: ${seen.merged} merged whole, ${seen.untouched} untouched`);
  });
});
