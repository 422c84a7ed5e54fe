// Issue 8's survey merge benchmark on the --large sample: a package of enough buildings for 5,000 units, each
// observed, 1,000 of them with a corrected area (200 of those also changed in the office: conflicts, resolved for
// the survey) and 500 photos in the manifest (8 KB each). Timed: the dry run (inspect) plus the merge itself
// (re-read, backup, photo copy, one transaction), on a fresh copy of the office each run. Reference in the same
// run: the bare minimum the merge has to do — read those 5,000 units by id and write 1,000 area changes in one
// transaction with plain SQL, on the same copy — and, since the photos go to one file each, the time this disk
// takes to create 500 files of the same size (plain writeFileSync, no sync).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/main/db/connection';
import { inBatch } from '../electron/main/db/writer';
import { backupInto } from '../electron/main/services/backup';
import { applySurvey, inspectSurvey } from '../electron/main/services/survey/merge';
import { preparePackage } from '../electron/main/services/survey/prepare';
import { openPackage } from '../electron/main/db/package';
import { addPhoto, observe } from '../electron/main/services/survey/record';
import { round } from './measure';

const UNITS = 5_000;
const EDITS = 1_000;
const CONFLICTS = 200;
const PHOTOS = 500;
const RUNS = 5;

const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0);

export async function surveyBench(largeFile: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-survey-bench-'));
  try {
    const base = path.join(dir, 'office.sqlite');
    copyFileSync(largeFile, base);
    const office = openDatabase(base);
    const rows = office.prepare('SELECT building_id AS b, count(*) AS n FROM unit GROUP BY building_id ORDER BY building_id').all() as {
      b: string;
      n: number;
    }[];
    const buildings: string[] = [];
    let units = 0;
    for (const r of rows) {
      if (units >= UNITS) break;
      buildings.push(r.b);
      units += r.n;
    }
    const pkgFile = path.join(dir, 'bench.parksurvey');
    await preparePackage(office, base, { scope: { kind: 'buildings', ids: buildings }, surveyor: 'bench', out: pkgFile });
    const pkg = openPackage(pkgFile);
    const ids = pkg.prepare('SELECT id, area_m2 AS a FROM unit ORDER BY id LIMIT ?').all(UNITS) as { id: string; a: number }[];
    pkg.transaction(() => {
      for (const [i, u] of ids.entries())
        observe(pkg, {
          entity: 'unit',
          id: u.id,
          status: i % 3 ? 'occupied' : 'vacant',
          tenantSeen: i % 7 ? '' : 'Seen Co.',
          measuredAreaM2: u.a,
        });
      inBatch(pkg, { label: 'bench', origin: 'user' }, (w) => {
        for (const u of ids.slice(0, EDITS)) w.update('unit', u.id, { areaM2: u.a + 1 });
      });
      for (let i = 0; i < PHOTOS; i += 1) {
        const data = Buffer.alloc(8 * 1024, i % 251);
        data.writeUInt32BE(i, 0);
        addPhoto(pkg, {
          entity: 'unit',
          id: ids[i % ids.length]!.id,
          name: `p${i}.png`,
          mime: 'image/png',
          dataBase64: data.toString('base64'),
        });
      }
    })();
    pkg.close();
    inBatch(office, { label: 'bench', origin: 'user' }, (w) => {
      for (const u of ids.slice(0, CONFLICTS)) w.update('unit', u.id, { areaM2: u.a + 2 });
    });
    office.close();

    const merge: number[] = [];
    const dry: number[] = [];
    const reference: number[] = [];
    const files: number[] = [];
    let conflicts = 0;
    let written = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const copy = path.join(dir, `run-${run}.sqlite`);
      copyFileSync(base, copy);
      const db = openDatabase(copy);
      const started = performance.now();
      const report = inspectSurvey(db, pkgFile, { resolve: 'survey' });
      dry.push(performance.now() - started);
      const result = await applySurvey(
        { db, dbPath: copy, backup: async () => (await backupInto(db, path.join(dir, `backups-${run}`), 'manual')).file },
        pkgFile,
        { resolve: 'survey' },
      );
      merge.push(performance.now() - started);
      conflicts = report.conflicts.length;
      written = result.written;
      // Reference: read the 5,000 units by id, write 1,000 changes in one transaction, plain SQL.
      const refStart = performance.now();
      const read = db.prepare('SELECT * FROM unit WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids.map((u) => u.id)));
      const write = db.prepare('UPDATE unit SET area_m2 = area_m2 + 1, version = version + 1 WHERE id = ?');
      db.transaction(() => {
        for (const u of ids.slice(0, EDITS)) write.run(u.id);
      })();
      reference.push(performance.now() - refStart);
      if (read.length !== UNITS) throw new Error(`read ${read.length} units`);
      db.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
      rmSync(path.join(dir, `backups-${run}`), { recursive: true, force: true });
      rmSync(path.join(dir, 'photos'), { recursive: true, force: true });
      const plain = path.join(dir, `files-${run}`);
      mkdirSync(plain);
      const filesStart = performance.now();
      for (let i = 0; i < PHOTOS; i += 1) writeFileSync(path.join(plain, `f${i}`), Buffer.alloc(8 * 1024, i % 251));
      files.push(performance.now() - filesStart);
      rmSync(plain, { recursive: true, force: true });
    }
    return {
      survey_merge_ms_median: median(merge),
      survey_merge_dry_run_ms_median: median(dry),
      survey_merge_reference_plain_sql_ms_median: median(reference),
      survey_merge_ratio_vs_reference: round(median(merge) / median(reference)),
      survey_merge_reference_500_files_ms_median: median(files),
      survey_merge_units: ids.length,
      survey_merge_photos: PHOTOS,
      survey_merge_conflicts: conflicts,
      survey_merge_records_written: written,
      survey_merge_runs: RUNS,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
