// The command line run as a child process (tsx electron/cli/main.ts, and once through the bin launcher):
// sample / check / backup with and without --json, refusing to overwrite, one-line reasons on bad input.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../electron/main/db/migrations';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', ...env };
  if (!env.LC_ALL) delete base.LC_ALL;
  delete base.LC_MESSAGES;
  return new Promise((resolve) => {
    execFile(process.execPath, [tsxCli, file, ...args], { cwd: root, env: base, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
const cli = (args: string[], env?: Record<string, string>) => run('electron/cli/main.ts', args, env);
const lines = (text: string) => text.split('\n').filter((l) => l !== '');
const at = (name: string) => path.join(dir, name);

/** Inventory, meta and change-log content of a file (without the change log's random batch ids). */
function contentHash(file: string): string {
  const db = new Database(file, { readonly: true });
  const hash = createHash('sha256');
  for (const t of ['zone', 'park', 'building', 'unit', 'tenant', 'lease', 'target', 'meta']) {
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
  }
  hash.update(JSON.stringify(db.prepare('SELECT entity, entity_id, action, before, after, at, origin FROM change_log ORDER BY seq').all()));
  db.close();
  return hash.digest('hex');
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli sample', () => {
  it('creates the sample district, then refuses the existing file unless --force', async () => {
    const first = await cli(['sample', '--db', at('a.sqlite')]);
    expect(first.code).toBe(0);
    expect(lines(first.stdout)).toHaveLength(1);
    expect(first.stdout).toMatch(
      /^created the standard sample district in .*a\.sqlite: 3 zones, 8 parks, 40 buildings, 1500 units, 300 tenants, 1200 leases, 5 targets, \d+ annual returns, 80 prospects, 80 deals in [\d.]+ s\n$/,
    );
    const before = readFileSync(at('a.sqlite'));

    const refused = await cli(['sample', '--db', at('a.sqlite')]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(lines(refused.stderr)).toEqual([`park-space-desk: file already exists: ${at('a.sqlite')} (add --force to replace it)`]);
    expect(readFileSync(at('a.sqlite')).equals(before)).toBe(true);

    const forced = await cli(['sample', '--db', at('a.sqlite'), '--force', '--json']);
    expect(forced.code).toBe(0);
    expect(lines(forced.stdout)).toHaveLength(1);
    const out = JSON.parse(forced.stdout) as { command: string; size: string; counts: Record<string, number>; seconds: number };
    expect(out).toMatchObject({
      command: 'sample',
      size: 'standard',
      counts: { zone: 3, building: 40, unit: 1500, tenant: 300, lease: 1200, target: 5 },
    });
    // Whole milliseconds, in seconds.
    expect(out.seconds).toBe(Math.round(out.seconds * 1000) / 1000);
    // Built beside the target and renamed into place: nothing half-written is left behind.
    expect(readdirSync(dir).filter((f) => f.includes('.creating'))).toEqual([]);
  });
});

describe('cli check', () => {
  beforeAll(async () => {
    const made = await cli(['sample', '--db', at('c.sqlite')]);
    expect(made.code).toBe(0);
  });

  it('reports no problems on the sample, in text, JSON and Chinese', async () => {
    const text = await cli(['check', '--db', at('c.sqlite')]);
    expect(text.code).toBe(0);
    expect(lines(text.stdout)).toHaveLength(1);
    expect(text.stdout).toMatch(/^no problems in .*c\.sqlite \(checked in [\d.]+ s\)\n$/);
    const json = await cli(['check', '--db', at('c.sqlite'), '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ command: 'check', ok: true, problemCount: 0, problems: [] });
    const zh = await cli(['check', '--db', at('c.sqlite')], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^未发现问题/);
  });

  it('exits 1 and lists the problems it finds', async () => {
    const raw = new Database(at('c.sqlite'));
    const unit = raw.prepare('SELECT id FROM unit ORDER BY id LIMIT 1').get() as { id: string };
    raw.prepare('UPDATE unit SET floor = 0 WHERE id = ?').run(unit.id);
    raw.close();
    const text = await cli(['check', '--db', at('c.sqlite')]);
    expect(text.code).toBe(1);
    expect(lines(text.stdout)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^unit ${unit.id} floor: This building has no such floor \\(its floors: (B\\d+(–B1)?, )?1–\\d+\\) \\[floor_out_of_range\\]$`,
        ),
      ),
      expect.stringMatching(/^1 problem\(s\) in .*c\.sqlite/),
    ]);
    const json = await cli(['check', '--db', at('c.sqlite'), '--json']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as {
      ok: boolean;
      problemCount: number;
      problems: { entity: string; id: string; code: string }[];
    };
    expect(parsed).toMatchObject({ ok: false, problemCount: 1, problems: [{ entity: 'unit', id: unit.id, code: 'floor_out_of_range' }] });
  });

  it('refuses a database written by a newer version with the clear message', async () => {
    rmSync(at('newer.sqlite'), { force: true });
    const made = await cli(['sample', '--db', at('newer.sqlite')]);
    expect(made.code).toBe(0);
    const raw = new Database(at('newer.sqlite'));
    raw.pragma('user_version = 99');
    raw.close();
    const res = await cli(['check', '--db', at('newer.sqlite')]);
    expect(res.code).toBe(2);
    expect(lines(res.stderr)).toEqual([
      `park-space-desk: This database was written by a newer version (schema 99, this app supports ${SCHEMA_VERSION}); please update the app`,
    ]);
    const json = await cli(['check', '--db', at('newer.sqlite'), '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'database_newer' } });
  });
});

describe('cli backup', () => {
  it('copies the database (text and --json) and refuses an existing target', async () => {
    const made = await cli(['sample', '--db', at('b.sqlite')]);
    expect(made.code).toBe(0);
    // Deterministic across processes too: the same district as the first test's separate run.
    expect(contentHash(at('b.sqlite'))).toBe(contentHash(at('a.sqlite')));
    const text = await cli(['backup', '--db', at('b.sqlite'), '--out', at('b-copy.sqlite')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^backed up .*b\.sqlite to .*b-copy\.sqlite \(\d+ bytes in [\d.]+ s\)\n$/);
    const copy = new Database(at('b-copy.sqlite'), { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM lease').get() as { n: number }).n).toBe(1200);
    copy.close();

    const refused = await cli(['backup', '--db', at('b.sqlite'), '--out', at('b-copy.sqlite')]);
    expect(refused.code).toBe(2);
    expect(lines(refused.stderr)).toHaveLength(1);
    const json = await cli(['backup', '--db', at('b.sqlite'), '--out', at('b-copy.sqlite'), '--force', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ command: 'backup', sizeBytes: expect.any(Number) as number });
  });
});

describe.concurrent('cli bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /no command given/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown flag', ['check', '--db', 'x.sqlite', '--fast'], /unknown option --fast for check/],
    ['a missing --db', ['check'], /check needs --db/],
    ['a flag without its value', ['sample', '--db'], /option --db needs a value/],
    ['a stray argument', ['check', 'x.sqlite'], /unexpected argument "x.sqlite"/],
    ['a missing file', ['check', '--db', '/nonexistent/nowhere.sqlite'], /no such file: \/nonexistent\/nowhere\.sqlite/],
    ['a missing folder', ['sample', '--db', '/nonexistent/dir/new.sqlite'], /folder does not exist: \/nonexistent\/dir/],
    ['backup without --out', ['backup', '--db', 'x.sqlite'], /backup needs --out/],
  ];
  it.each(cases)('%s: exit 2 with one line', async (_name, args, pattern) => {
    const res = await cli(args);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(lines(res.stderr)).toHaveLength(1);
    expect(res.stderr).toMatch(pattern);
  });

  it('with --json the reason is one JSON line on stdout', async () => {
    const res = await cli(['check', '--json']);
    expect(res.code).toBe(2);
    expect(lines(res.stdout)).toHaveLength(1);
    expect(JSON.parse(res.stdout)).toEqual({ ok: false, error: { code: 'bad_input', message: 'check needs --db' } });
  });

  it('a file that is not a database is refused in one line', async () => {
    writeFileSync(at('notes.txt'), 'just some text, not SQLite at all '.repeat(200));
    mkdirSync(at('folder'), { recursive: true });
    const res = await cli(['check', '--db', at('notes.txt')]);
    expect(res.code).toBe(2);
    expect(lines(res.stderr)).toHaveLength(1);
    const folder = await cli(['check', '--db', at('folder')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/this is a folder/);
  });
});

describe('cli help and launcher', () => {
  it('prints help and exits 0, also through the package.json bin launcher', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/usage: park-space-desk <command>/);
    const commandHelp = await cli(['check', '--help']);
    expect(commandHelp.code).toBe(0);
    const bin = await new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        [path.join(root, 'electron/cli/bin.cjs'), 'frobnicate'],
        { cwd: os.tmpdir(), env: { ...process.env, LANG: 'C' } },
        (err, stdout, stderr) => {
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
        },
      );
    });
    expect(bin.code).toBe(2);
    expect(lines(bin.stderr)).toEqual([
      'park-space-desk: unknown command "frobnicate" (try sample, check, backup, rollup, pipeline, export, import, template, report, survey-prepare or survey-merge)',
    ]);
  });
});
