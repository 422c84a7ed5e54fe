// Crash trials: real child processes killed with SIGKILL, at every named step of a procedure and at random moments
// (at least 20 each) during sample generation, write bursts, restore and spreadsheet import. After every trial: the file at the path is
// a complete database (integrity_check ok) holding either the old or the new content, no acknowledged write is
// lost, and after the next start no leftover remains beside it.
import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/main/ipc/dispatch';
import { handlers } from '../../../electron/main/ipc/handlers';
import { createBackup } from '../../../electron/main/services/backup';
import { writeSampleFile } from '../../../electron/main/services/sample/file';
import { exportReport } from '../../../electron/main/services/sheets/export';
import { Session } from '../../../electron/main/session';
import { seededRandom } from '../../../shared/ids';
import { startChild } from '../../helpers/child';
import { createReadySession, makeTempDir } from '../../helpers/tempSession';

const TRIALS = 20;
const random = seededRandom(20261129);
const between = (lo: number, hi: number) => lo + Math.floor(random.next() * (hi - lo));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An empty-setup database (zones and targets, no buildings): the "old" content of the trials. */
let emptyDb: string;
let emptyZones: number;

beforeAll(async () => {
  const t = await createReadySession({ setup: 'empty' });
  t.session.close();
  emptyDb = path.join(makeTempDir('psd-crash-'), 'empty.sqlite');
  copyFileSync(t.dbPath, emptyDb);
  emptyZones = counts(emptyDb).zone;
  t.cleanup();
});

function counts(file: string): { zone: number; building: number; tenant: number; integrity: string } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return {
      zone: n('zone'),
      building: n('building'),
      tenant: n('tenant'),
      integrity: db.pragma('integrity_check', { simple: true }) as string,
    };
  } finally {
    db.close();
  }
}

/** Opens the path as the app does on start (resolving leftovers), closes it, and lists what is left beside it. */
function restart(dbPath: string): string[] {
  const s = new Session({ dbPath, transport: 'web', appVersion: '0.0.0-test', whenLocked: 'fail', watchMs: 0 });
  s.close();
  const base = path.basename(dbPath);
  return readdirSync(path.dirname(dbPath)).filter((n) => n.includes(base) && n !== base && n !== `${base}-lock`);
}

function freshCopy(name: string): string {
  const file = path.join(makeTempDir('psd-trial-'), name);
  copyFileSync(emptyDb, file);
  return file;
}

describe('sample generation killed', () => {
  it.each(['locked', 'generated', 'closed', 'renamed'])(
    'at step "%s": the old or the new complete file, no leftover after a start',
    async (step) => {
      const target = freshCopy('target.sqlite');
      const child = await startChild(['sample', target, step]);
      expect((await child.exited).signal).toBe('SIGKILL');
      const after = counts(target);
      expect(after.integrity).toBe('ok');
      expect(after.building).toBe(step === 'renamed' ? 40 : 0);
      expect(restart(target)).toEqual([]);
    },
  );

  it(`at ${TRIALS} random moments`, async () => {
    const outcomes = { old: 0, new: 0 };
    for (let i = 0; i < TRIALS; i += 1) {
      const target = freshCopy('target.sqlite');
      const child = await startChild(['sample', target]);
      await child.waitFor((l) => l === 'start');
      await pause(between(0, 600));
      await child.kill();
      const after = counts(target);
      expect(after.integrity).toBe('ok');
      expect([0, 40]).toContain(after.building);
      expect(after.zone).toBe(emptyZones);
      outcomes[after.building === 40 ? 'new' : 'old'] += 1;
      expect(restart(target)).toEqual([]);
    }
    expect(outcomes.old + outcomes.new).toBe(TRIALS);
    console.info(`sample generation killed ${TRIALS}×: old file ${outcomes.old}, new file ${outcomes.new}`);
  });
});

describe('write bursts killed', () => {
  it(`at ${TRIALS} random moments: every acknowledged write is there`, async () => {
    let acknowledged = 0;
    for (let i = 0; i < TRIALS; i += 1) {
      const file = freshCopy('burst.sqlite');
      const child = await startChild(['writes', file]);
      await child.waitFor((l) => l === 'open');
      await pause(between(20, 400));
      await child.kill();
      const acks = child.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));
      acknowledged += acks.length;
      const db = new Database(file, { readonly: true });
      const present = new Set((db.prepare('SELECT id FROM tenant').all() as { id: string }[]).map((r) => r.id));
      const integrity = db.pragma('integrity_check', { simple: true });
      db.close();
      expect(integrity).toBe('ok');
      expect(acks.filter((id) => !present.has(id))).toEqual([]);
      // At most the one write in flight when the kill came can be there without its acknowledgement.
      expect(present.size - acks.length).toBeLessThanOrEqual(1);
      expect(restart(file)).toEqual([]);
    }
    expect(acknowledged).toBeGreaterThan(TRIALS);
    console.info(`write bursts killed ${TRIALS}×: ${acknowledged} acknowledged writes, all present`);
  });
});

/** A database with 2 tenants and a backup of it, then 3 more tenants: the restored file has 2, the old one 5. */
async function restoreSetup(): Promise<{ dbPath: string; backup: string }> {
  const dbPath = freshCopy('restore.sqlite');
  const s = new Session({ dbPath, transport: 'web', appVersion: '0.0.0-test', watchMs: 0 });
  const dispatch = createDispatcher(s, handlers);
  const add = async (i: number) => {
    const r = await dispatch('tenants:create', { nameZh: `企业${i}`, nameEn: '', uscc: '', category: 'fintech', enteredDistrictOn: null });
    if (!r.ok) throw new Error(r.error.message);
  };
  await add(1);
  await add(2);
  const backup = await createBackup(s, 'manual');
  for (const i of [3, 4, 5]) await add(i);
  s.close();
  return { dbPath, backup: backup.file };
}

describe('restore killed', () => {
  it.each(['copied', 'verified', 'safety-backup', 'closed', 'aside', 'renamed', 'reopened'])(
    'at step "%s": the old or the restored complete file, no leftover after a start',
    async (step) => {
      const { dbPath, backup } = await restoreSetup();
      const child = await startChild(['restore', dbPath, backup, step]);
      expect((await child.exited).signal).toBe('SIGKILL');
      const after = counts(dbPath);
      expect(after.integrity).toBe('ok');
      expect(after.tenant).toBe(['renamed', 'reopened'].includes(step) ? 2 : 5);
      expect(restart(dbPath)).toEqual([]);
    },
  );

  it(`at ${TRIALS} random moments`, async () => {
    const outcomes = { old: 0, restored: 0 };
    for (let i = 0; i < TRIALS; i += 1) {
      const { dbPath, backup } = await restoreSetup();
      const child = await startChild(['restore', dbPath, backup]);
      await child.waitFor((l) => l === 'open');
      await pause(between(0, 40));
      await child.kill();
      const after = counts(dbPath);
      expect(after.integrity).toBe('ok');
      expect([2, 5]).toContain(after.tenant);
      outcomes[after.tenant === 2 ? 'restored' : 'old'] += 1;
      expect(restart(dbPath)).toEqual([]);
    }
    expect(outcomes.old + outcomes.restored).toBe(TRIALS);
    console.info(`restore killed ${TRIALS}×: old file ${outcomes.old}, restored file ${outcomes.restored}`);
  });
});

describe('spreadsheet import killed', () => {
  // 20 child processes each parse the whole export (its Annual returns sheet too): more than the default minute on a busy machine.
  it(`at ${TRIALS} random moments while applying: all of the import or none of it`, { timeout: 180_000 }, async () => {
    const dir = makeTempDir('psd-crash-import-');
    const base = path.join(dir, 'base.sqlite');
    writeSampleFile(base, { size: 'standard' });
    const report = path.join(dir, 'report.xlsx');
    await exportReport(
      { asOf: '2025-12-31', scope: { kind: 'district' }, locale: 'en' },
      { xlsx: report },
      { dbPath: base, appVersion: 'test' },
    );
    // 300 unit areas changed in the report, as a user would in Excel.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const units = wb.getWorksheet('Units');
    if (!units) throw new Error('no Units sheet');
    let areaColumn = 0;
    units.getRow(1).eachCell((cell, c) => {
      if (cell.value === 'Area (m²)') areaColumn = c;
    });
    for (let r = 2; r < 302; r += 1) {
      const cell = units.getRow(r).getCell(areaColumn);
      cell.value = Number(cell.value) + 1;
    }
    const edited = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const sumOf = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return (db.prepare('SELECT total(area_m2) AS s FROM unit').get() as { s: number }).s;
      } finally {
        db.close();
      }
    };
    const before = sumOf(base);
    const outcomes = { none: 0, all: 0 };
    for (let i = 0; i < TRIALS; i += 1) {
      const file = path.join(makeTempDir('psd-trial-'), 'import.sqlite');
      copyFileSync(base, file);
      const child = await startChild(['import', file, edited]);
      await child.waitFor((l) => l === 'parsed');
      await pause(between(0, 250));
      await child.kill();
      expect(counts(file).integrity).toBe('ok');
      const grown = Math.round(sumOf(file) - before);
      expect([0, 300]).toContain(grown);
      outcomes[grown === 300 ? 'all' : 'none'] += 1;
      if (child.lines.some((l) => l.startsWith('done'))) expect(grown).toBe(300); // acknowledged: it is there
      expect(restart(file)).toEqual([]);
    }
    expect(outcomes.none + outcomes.all).toBe(TRIALS);
    console.info(`import killed ${TRIALS}×: none applied ${outcomes.none}, all applied ${outcomes.all}`);
  });
});
