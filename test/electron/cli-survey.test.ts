// survey-prepare and survey-merge run as child processes (tsx electron/cli/main.ts) on real files: a package by
// zone code, a dry run's JSON (applied and conflicts arrays, photos), exit 1 while a conflict is undecided with
// nothing written, --apply --resolve merging in one step after a backup, merging again writing nothing, a bad
// package exiting 2 with one line, a held database refused, and bad arguments.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tryWriteLock } from '../../electron/main/db/write-lock';
import { createReadySession, makeTempDir, type TempSession } from '../helpers/tempSession';
import { edit, officeDigest, openSurvey } from './survey/fixture';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const base: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', ...env };
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsxCli, 'electron/cli/main.ts', ...args],
      { cwd: root, env: base, timeout: 120_000 },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
      },
    );
  });
}

let dir: string;
let dbPath: string;
let pkg: string;
let unit: { id: string; area: number };

/** The office file's rows, read with a connection of its own. */
function digestOf(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return officeDigest(db);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = makeTempDir('psd-cli-survey-');
  const office: TempSession = await createReadySession({ setup: 'sample' });
  office.session.close();
  dbPath = path.join(dir, 'office.sqlite');
  copyFileSync(office.dbPath, dbPath);
  office.cleanup();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cli survey-prepare', () => {
  it('writes a package for a zone by its code, reading the database only', async () => {
    const before = digestOf(dbPath);
    pkg = path.join(dir, 'wing.parksurvey');
    const r = await cli(['survey-prepare', '--db', dbPath, '--out', pkg, '--zone', 'WING-S', '--surveyor', 'Zhao Min', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { command: string; file: string; counts: Record<string, number> };
    const db = new Database(dbPath, { readonly: true });
    const buildings = (
      db.prepare("SELECT count(*) AS n FROM building b JOIN zone z ON z.id = b.zone_id WHERE z.code = 'WING-S'").get() as { n: number }
    ).n;
    unit = db
      .prepare(
        "SELECT u.id, u.area_m2 AS area FROM unit u JOIN building b ON b.id = u.building_id JOIN zone z ON z.id = b.zone_id WHERE z.code = 'WING-S' AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.unit_id = u.id) ORDER BY u.id LIMIT 1",
      )
      .get() as { id: string; area: number };
    db.close();
    expect(out).toMatchObject({ command: 'survey-prepare', file: pkg, counts: { building: buildings } });
    expect(digestOf(dbPath)).toBe(before);
  });

  it('refuses bad arguments with one line and exit 2', async () => {
    const two = await cli([
      'survey-prepare',
      '--db',
      dbPath,
      '--out',
      path.join(dir, 'x.parksurvey'),
      '--zone',
      'CORE',
      '--park',
      'p',
      '--surveyor',
      'x',
    ]);
    expect(two).toMatchObject({ code: 2, stdout: '' });
    expect(two.stderr).toBe('park-space-desk: give exactly one of --zone, --park or --buildings\n');
    const noZone = await cli([
      'survey-prepare',
      '--db',
      dbPath,
      '--out',
      path.join(dir, 'x.parksurvey'),
      '--zone',
      'NOPE',
      '--surveyor',
      'x',
    ]);
    expect(noZone.stderr).toBe('park-space-desk: no zone with code "NOPE"\n');
    const exists = await cli(['survey-prepare', '--db', dbPath, '--out', pkg, '--zone', 'CORE', '--surveyor', 'x']);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('file already exists');
  });
});

describe('cli survey-merge', () => {
  it('dry run of an untouched package: empty arrays, exit 0', async () => {
    const r = await cli(['survey-merge', '--db', dbPath, '--file', pkg, '--dry-run', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      applied: [],
      conflicts: [],
      discrepancies: [],
      photos: { expected: 0, present: 0, mismatched: [] },
    });
  });

  it('a conflict keeps it at exit 1 and writes nothing; --apply --resolve survey merges once after a backup', async () => {
    const survey = openSurvey(pkg);
    await edit(survey, 'unit', unit.id, { areaM2: unit.area + 7 });
    await survey.call('survey:photo-add', {
      entity: 'unit',
      id: unit.id,
      name: 'a.png',
      mime: 'image/png',
      dataBase64: Buffer.from('png bytes').toString('base64'),
    });
    survey.cleanup();
    const db = new Database(dbPath);
    db.prepare('UPDATE unit SET area_m2 = area_m2 + 3, version = version + 1 WHERE id = ?').run(unit.id);
    db.close();
    const before = digestOf(dbPath);

    const dry = await cli(['survey-merge', '--db', dbPath, '--file', pkg, '--dry-run', '--json']);
    expect(dry.code).toBe(1);
    const report = JSON.parse(dry.stdout) as { conflicts: unknown[]; photos: unknown };
    expect(report.conflicts).toEqual([
      {
        entity: 'unit',
        id: unit.id,
        field: 'areaM2',
        base: unit.area,
        survey: unit.area + 7,
        office: unit.area + 3,
        kind: 'both_changed',
        choice: null,
      },
    ]);
    expect(report.photos).toEqual({ expected: 1, present: 1, mismatched: [], missing: [] });
    const undecided = await cli(['survey-merge', '--db', dbPath, '--file', pkg, '--apply']);
    expect(undecided.code).toBe(1);
    expect(undecided.stdout).toContain('cannot merge yet');
    expect(digestOf(dbPath)).toBe(before);

    const applied = await cli(['survey-merge', '--db', dbPath, '--file', pkg, '--apply', '--resolve', 'survey', '--json']);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    const out = JSON.parse(applied.stdout) as { written: number; backup: string; state: string };
    expect(out).toMatchObject({ written: 1, state: 'merged' });
    expect(readdirSync(path.join(dir, 'backups'))).toContain(out.backup);
    const check = new Database(dbPath, { readonly: true });
    expect(check.prepare('SELECT area_m2 FROM unit WHERE id = ?').get(unit.id)).toEqual({ area_m2: unit.area + 7 });
    expect(check.prepare("SELECT origin, count(*) AS n FROM change_log WHERE entity_id = ? AND origin = 'survey'").get(unit.id)).toEqual({
      origin: 'survey',
      n: 1,
    });
    check.close();

    const merged = digestOf(dbPath);
    const again = await cli(['survey-merge', '--db', dbPath, '--file', pkg, '--apply', '--resolve', 'office', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ written: 0, batchId: null, state: 'merged' });
    expect(digestOf(dbPath)).toBe(merged);
  });

  it('a bad package exits 2 with one line in either language', async () => {
    const junk = path.join(dir, 'junk.parksurvey');
    writeFileSync(junk, 'not a database at all');
    const en = await cli(['survey-merge', '--db', dbPath, '--file', junk, '--apply', '--resolve', 'survey']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`park-space-desk: Cannot use the survey package ${junk}: it is not a SQLite file. Nothing was written\n`);
    const zh = await cli(['survey-merge', '--db', dbPath, '--file', junk], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('它不是 SQLite 文件');
  });

  it('--apply refuses a database another program holds; bad arguments exit 2', async () => {
    const lock = tryWriteLock(dbPath, 'desktop');
    if (!lock.ok) throw new Error('lock');
    const held = await cli(['survey-merge', '--db', dbPath, '--file', pkg, '--apply']);
    lock.lock.release();
    expect(held.code).toBe(2);
    expect(held.stderr).toContain('open for writing in the Park Space Desk desktop app');
    const both = await cli(['survey-merge', '--db', dbPath, '--file', pkg, '--apply', '--dry-run']);
    expect(both.stderr).toBe('park-space-desk: choose --dry-run or --apply, not both\n');
    const resolve = await cli(['survey-merge', '--db', dbPath, '--file', pkg, '--apply', '--resolve', 'both']);
    expect(resolve.stderr).toBe('park-space-desk: invalid value "both" for --resolve (choose survey|office)\n');
  });
});
