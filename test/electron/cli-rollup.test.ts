// The rollup command run as a child process (tsx electron/cli/main.ts) on the sample district: the JSON gives the
// district figures of a plain reading of the rules and equals the in-process roll-up, every --by works, the text
// follows the language, bad input gets one line.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_KEYS } from '../../shared/accounting/figures';
import { ROLLUP_GROUPS, type RollupGroup } from '../../shared/accounting/rollup';
import type { RollupView } from '../../shared/accounting/views';
import { UNIT_USES } from '../../shared/enums';
import { openDatabase } from '../../electron/main/db/connection';
import { SCHEMA_VERSION } from '../../electron/main/db/migrations';
import { rollupView } from '../../electron/main/services/accounting/rollup';
import { readInventory, referenceTotals } from './accounting/reference';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
let dir: string;
let db: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
type RollupJson = Omit<RollupView, 'asOf' | 'by'> & { command: string; db: string; asOf: string; by: RollupGroup };

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', ...env };
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsxCli, 'electron/cli/main.ts', ...args],
      { cwd: root, env: base, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 99) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
const lines = (text: string) => text.split('\n').filter((l) => l !== '');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function rollupJson(asOf: string, by?: RollupGroup): Promise<RollupJson> {
  const res = await cli(['rollup', '--db', db, '--as-of', asOf, ...(by ? ['--by', by] : []), '--json']);
  expect(res.code).toBe(0);
  expect(res.stderr).toBe('');
  expect(lines(res.stdout)).toHaveLength(1);
  return JSON.parse(res.stdout) as RollupJson;
}

/** The same roll-up in this process, through the app's (memory) path. */
function inProcess(asOf: string, by: RollupGroup): RollupView {
  const conn = openDatabase(db, { readonly: true });
  try {
    return JSON.parse(JSON.stringify(rollupView(conn, { asOf, by }, 'memory'))) as RollupView;
  } finally {
    conn.close();
  }
}

/** The totals against a plain reading of the rules over the whole file (rows are rounded to 0.01 m² before they are added). */
function expectDistrictFigures(out: RollupJson): void {
  const conn = openDatabase(db, { readonly: true });
  let expected: ReturnType<typeof referenceTotals>;
  try {
    expected = referenceTotals(readInventory(conn), out.asOf, out.targets.firms);
  } finally {
    conn.close();
  }
  for (const key of AREA_KEYS) expect(Math.abs(out.totals[key] - expected[key]), key).toBeLessThanOrEqual(0.005 * (out.rows.length + 1));
  expect(out.totals.newFirms).toBe(expected.newFirms);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-cli-rollup-'));
  db = path.join(dir, 'sample.sqlite');
  const made = await cli(['sample', '--db', db]);
  expect(made.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli rollup --json', () => {
  it('gives the district figures, equals the in-process roll-up and leaves the file untouched', async () => {
    const before = sha(db);
    const out = await rollupJson('2025-12-31');
    expect(Object.keys(out).sort()).toEqual(['asOf', 'atDue', 'by', 'command', 'db', 'rows', 'targets', 'totals']);
    expect(out.atDue).toEqual({ space: null, firms: null });
    expect(out).toMatchObject({ command: 'rollup', db, asOf: '2025-12-31', by: 'zone' });
    expect(Object.keys(out.totals).sort()).toEqual([
      'availableM2',
      'leasedM2',
      'newFirms',
      'occupancy',
      'outOfServiceM2',
      'pipelineM2',
      'preLetM2',
      'providedM2',
      'reservedM2',
      'targetProgress',
    ]);
    expect(out.rows).toHaveLength(3);
    for (const row of out.rows) expect(row.name).toEqual({ zh: expect.any(String) as string, en: expect.any(String) as string });
    expectDistrictFigures(out);
    expect(out.targets.space?.value).toBe(500_000);
    expect(out.totals.targetProgress).toBeCloseTo(out.totals.providedM2 / 500_000, 12);

    const memory = inProcess('2025-12-31', 'zone');
    expect(out.totals).toEqual(memory.totals);
    expect(out.rows).toEqual(memory.rows);
    expect(out.targets).toEqual(memory.targets);
    expect(sha(db)).toBe(before);
  });

  it('2022-12-31 gives different totals from 2025-12-31', async () => {
    const [early, late] = await Promise.all([rollupJson('2022-12-31'), rollupJson('2025-12-31')]);
    expect(early.asOf).toBe('2022-12-31');
    expectDistrictFigures(early);
    expect(early.totals).not.toEqual(late.totals);
    expect(early.totals.providedM2).toBeLessThan(late.totals.providedM2);
    expect(early.totals.pipelineM2).toBeGreaterThan(late.totals.pipelineM2);
  });

  it.each(ROLLUP_GROUPS.map((by) => [by]))('--by %s gives the district figures and equals the in-process roll-up', async (by) => {
    const out = await rollupJson('2025-12-31', by);
    expect(out.by).toBe(by);
    expectDistrictFigures(out);
    const memory = inProcess('2025-12-31', by);
    expect(out.totals).toEqual(memory.totals);
    expect(out.rows).toEqual(memory.rows);
    if (by === 'floor') for (const row of out.rows) expect(row.id).toMatch(/:(-?\d+)?$/);
    if (by === 'use') for (const row of out.rows) expect(['', ...UNIT_USES]).toContain(row.id);
  });
});

describe('cli rollup text', () => {
  it('prints the headline figures and the zone break-down by default', async () => {
    const res = await cli(['rollup', '--db', db, '--as-of', '2025-12-31']);
    expect(res.code).toBe(0);
    const out = lines(res.stdout);
    expect(out[0]).toBe(`Space at 2025-12-31, by zone: ${db}`);
    expect(out[1]).toMatch(/^Provided space +[\d,]+ m² of the 500,000 m² target \(\d+\.\d%, due 2025-12-31; [\d,]+ m² (to go|above)\)$/);
    for (const label of ['Leased', 'Reserved', 'Available', 'Out of service', 'Pipeline', 'Pre-let']) {
      expect(out).toContainEqual(expect.stringMatching(new RegExp(`^${label} +\\d{1,3}(,\\d{3})* m²$`)));
    }
    expect(out).toContainEqual(expect.stringMatching(/^Occupancy +\d+\.\d%$/));
    expect(out).toContainEqual(expect.stringMatching(/^New firms +\d+ of the 50 target \(\d+\.\d%, due 2025-12-31\)$/));
    expect(res.stdout).toMatch(/\d{1,3},\d{3} m²/);
    expect(out).toContainEqual(
      expect.stringMatching(/^Zone +Provided space +Leased +Reserved +Available +Out of service +Pipeline +Pre-let +Occupancy +New firms$/),
    );
    const json = await rollupJson('2025-12-31');
    for (const row of json.rows) expect(res.stdout).toContain(row.name.en);
    expect(out.at(-1)).toMatch(/^Total +[\d,]+ /);
  });

  it('past the due date, states the target’s result at that date first, in both languages (issue 10, item 2)', async () => {
    const [en, zh, json] = await Promise.all([
      cli(['rollup', '--db', db, '--as-of', '2026-06-30']),
      cli(['rollup', '--db', db, '--as-of', '2026-06-30'], { LANG: 'zh_CN.UTF-8' }),
      rollupJson('2026-06-30'),
    ]);
    const atDue = await rollupJson('2025-12-31');
    // What was reached at the due date is the due date's own roll-up, and the gap is to the target's value.
    expect(json.atDue.space).toEqual({
      date: '2025-12-31',
      reached: atDue.totals.providedM2,
      gap: expect.closeTo(atDue.totals.providedM2 - 500_000, 6) as number,
    });
    expect(json.atDue.firms?.reached).toBe(atDue.totals.newFirms);
    const word = (json.atDue.space?.gap ?? 0) < 0 ? ['missed', 'short', '未完成', '差'] : ['met', 'above', '已完成', '超出'];
    expect(lines(en.stdout)[1]).toMatch(
      new RegExp(
        `^Provided space +the 500,000 m² target fell due on 2025-12-31 and was ${word[0]} \\([\\d,]+ m² that day, [\\d,]+ m² ${word[1]}\\); at 2026-06-30: [\\d,]+ m² \\(\\d+\\.\\d%\\)$`,
      ),
    );
    expect(lines(zh.stdout)[1]).toMatch(
      new RegExp(
        `^已提供空间 +500,000 平方米 的目标于 2025-12-31 到期，${word[2]}（当日 [\\d,]+ 平方米，${word[3]} [\\d,]+ 平方米）；截至 2026-06-30：`,
      ),
    );
    expect(en.stdout).toMatch(/^New firms +the target of 50 fell due on 2025-12-31 and was (missed|met)/m);
  });

  it('names floor rows "Building · F3" and use rows by their use', async () => {
    const [floor, use] = await Promise.all([
      cli(['rollup', '--db', db, '--as-of', '2025-12-31', '--by', 'floor']),
      cli(['rollup', '--db', db, '--as-of', '2025-12-31', '--by', 'use']),
    ]);
    expect(floor.code).toBe(0);
    expect(floor.stdout).toMatch(/^\S.* · F3 +[\d,]+ /m);
    expect(floor.stdout).toMatch(/ · B1 +[\d,]+ /);
    expect(use.code).toBe(0);
    expect(use.stdout).toMatch(/^Use +Provided space/m);
    expect(use.stdout).toMatch(/^Office +[\d,]+ /m);
    expect(use.stdout).not.toMatch(/^office /m);
  });

  it('speaks Chinese with LANG=zh_CN', async () => {
    const res = await cli(['rollup', '--db', db, '--as-of', '2025-12-31', '--by', 'use'], { LANG: 'zh_CN.UTF-8' });
    expect(res.code).toBe(0);
    const out = lines(res.stdout);
    expect(out[0]).toBe(`截至 2025-12-31 的空间台账（按用途汇总）：${db}`);
    expect(res.stdout).toContain('平方米');
    expect(res.stdout).not.toContain('m²');
    expect(out[1]).toMatch(/^已提供空间 +[\d,]+ 平方米，目标 500,000 平方米（完成 \d+\.\d%，2025-12-31 到期；(尚差|超出) [\d,]+ 平方米）$/);
    expect(out).toContainEqual(expect.stringMatching(/^新增企业 +\d+ 家，目标 50 家/));
    expect(res.stdout).toMatch(/^办公 +[\d,]+ /m);
    expect(out.at(-1)).toMatch(/^合计 +[\d,]+ /);
  });
});

describe.concurrent('cli rollup bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing --as-of', ['rollup', '--db', 'x.sqlite'], /^park-space-desk: rollup needs --as-of$/m],
    [
      'an impossible date',
      ['rollup', '--db', 'x.sqlite', '--as-of', '2025-02-30'],
      /--as-of is not a valid date: "2025-02-30" \(use YYYY-MM-DD\)/,
    ],
    ['a date in another form', ['rollup', '--db', 'x.sqlite', '--as-of', '31/12/2025'], /--as-of is not a valid date: "31\/12\/2025"/],
    [
      'an unknown --by',
      ['rollup', '--db', 'x.sqlite', '--as-of', '2025-12-31', '--by', 'room'],
      /invalid value "room" for --by \(choose zone\|park\|building\|floor\|use\)/,
    ],
    ['--by without its value', ['rollup', '--db', 'x.sqlite', '--as-of', '2025-12-31', '--by'], /option --by needs a value/],
    [
      'a missing file',
      ['rollup', '--db', '/nonexistent/nowhere.sqlite', '--as-of', '2025-12-31'],
      /no such file: \/nonexistent\/nowhere\.sqlite/,
    ],
  ];
  it.each(cases)('%s: exit 2 with one line', async (_name, args, pattern) => {
    const res = await cli(args);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(lines(res.stderr)).toHaveLength(1);
    expect(res.stderr).toMatch(pattern);
  });

  it('with --json the reason is one JSON line; in Chinese the line is Chinese', async () => {
    const [json, zh] = await Promise.all([
      cli(['rollup', '--db', db, '--as-of', '2025-02-30', '--json']),
      cli(['rollup', '--db', db, '--by', 'room', '--as-of', '2025-12-31'], { LANG: 'zh_CN.UTF-8' }),
    ]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      error: { code: 'bad_input', message: '--as-of is not a valid date: "2025-02-30" (use YYYY-MM-DD)' },
    });
    expect(zh.code).toBe(2);
    expect(lines(zh.stderr)).toEqual(['park-space-desk: --by 的值 "room" 无效（可选：zone|park|building|floor|use）']);
  });

  it('refuses a database written by a newer version with the same message as check', async () => {
    const newer = path.join(dir, 'newer.sqlite');
    copyFileSync(db, newer);
    const raw = new Database(newer);
    raw.pragma('user_version = 99');
    raw.close();
    const res = await cli(['rollup', '--db', newer, '--as-of', '2025-12-31']);
    expect(res.code).toBe(2);
    expect(lines(res.stderr)).toEqual([
      `park-space-desk: This database was written by a newer version (schema 99, this app supports ${SCHEMA_VERSION}); please update the app`,
    ]);
  });
});
