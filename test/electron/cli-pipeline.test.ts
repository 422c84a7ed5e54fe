// The pipeline command run as a child process on the sample district: its JSON gives the deals by stage, the firms
// and space outlook of a plain reading of the rules over the file (written out here, apart from the code), equals
// the app's views, leaves the file untouched; the text follows the language; bad input gets one line and exit 2.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROBABILITIES } from '../../shared/accounting/pipeline';
import type { ForecastView } from '../../shared/pipeline/views';
import { openDatabase } from '../../electron/main/db/connection';
import { conversion, forecastView } from '../../electron/main/services/pipeline/views';
import { readInventory, referenceTotals } from './accounting/reference';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
let dir: string;
let db: string;

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

type PipelineJson = Pick<ForecastView, 'firms' | 'space' | 'pipeline' | 'probabilities'> & {
  command: string;
  db: string;
  asOf: string;
  byStage: ForecastView['pipeline']['byStage'];
  conversion: ReturnType<typeof conversion>;
};

async function pipelineJson(asOf: string): Promise<PipelineJson> {
  const res = await cli(['pipeline', '--db', db, '--as-of', asOf, '--json']);
  expect(res.code).toBe(0);
  expect(res.stderr).toBe('');
  return JSON.parse(res.stdout) as PipelineJson;
}

interface DealFacts {
  stage: string;
  stage_on: string;
  history: string;
  prospect_id: string;
  start_date: string | null;
  area_m2: number | null;
  unit_ids: string;
  wanted: string | null;
  category: string;
  entered: string | null;
}

/** A plain reading of the forecast rule over the file (docs/ARCHITECTURE.md, "The pipeline forecast"). */
function plainForecast(asOf: string, due: string) {
  const conn = openDatabase(db, { readonly: true });
  try {
    const deals = conn
      .prepare(
        `SELECT d.stage, d.stage_on, d.history, d.prospect_id, d.start_date, d.area_m2, d.unit_ids, p.wanted_move_in AS wanted,
      p.category, t.entered_district_on AS entered FROM deal d JOIN prospect p ON p.id = d.prospect_id LEFT JOIN tenant t ON t.id = p.tenant_id`,
      )
      .all() as DealFacts[];
    const unitArea = (id: string) =>
      (conn.prepare('SELECT area_m2 AS a FROM unit WHERE id = ?').get(id) as { a: number } | undefined)?.a ?? 0;
    const chance: Record<string, number> = DEFAULT_PROBABILITIES;
    const byStage: Record<string, number> = {};
    const best = new Map<string, number>();
    const signed = new Set<string>();
    let area = 0;
    for (const d of deals) {
      const path = [...(JSON.parse(d.history) as { stage: string; on: string }[]), { stage: d.stage, on: d.stage_on }].filter(
        (e) => e.on <= asOf,
      );
      const at = path[path.length - 1];
      if (!at) continue;
      byStage[at.stage] = (byStage[at.stage] ?? 0) + 1;
      if (at.stage === 'signed') signed.add(d.prospect_id);
      const moveIn = d.start_date ?? d.wanted;
      const p = chance[at.stage];
      if (p === undefined || moveIn === null || moveIn > due || asOf > due) continue;
      const dealArea = d.area_m2 ?? (JSON.parse(d.unit_ids) as string[]).reduce((s, u) => s + unitArea(u), 0);
      area += p * dealArea;
      if (d.category !== 'other' && !(d.entered !== null && d.entered <= asOf))
        best.set(d.prospect_id, Math.max(best.get(d.prospect_id) ?? 0, p));
    }
    const firms = [...best].filter(([id]) => !signed.has(id)).reduce((s, [, p]) => s + p, 0);
    return { byStage, firms, area };
  } finally {
    conn.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'psd-cli-pipeline-'));
  db = path.join(dir, 'sample.sqlite');
  expect((await cli(['sample', '--db', db])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli pipeline --json', () => {
  it.each([['2025-06-30'], ['2025-09-30']])('at %s: the deals by stage and the outlook of a plain reading of the rules', async (asOf) => {
    const before = createHash('sha256').update(readFileSync(db)).digest('hex');
    const out = await pipelineJson(asOf);
    expect(out).toMatchObject({ command: 'pipeline', db, asOf });
    const plain = plainForecast(asOf, '2025-12-31');
    expect(Object.fromEntries(out.byStage.filter((s) => s.deals > 0).map((s) => [s.stage, s.deals]))).toEqual(plain.byStage);
    expect(out.firms.expected).toBeCloseTo(plain.firms, 2);
    expect(out.space.expectedAreaM2).toBeCloseTo(plain.area, 1);
    // "So far" is the roll-up's: new firms and leased area of a plain reading of the accounting rules.
    const conn = openDatabase(db, { readonly: true });
    const reference = referenceTotals(readInventory(conn), asOf, { startDate: '2021-01-01', dueDate: '2025-12-31' });
    const app = JSON.parse(JSON.stringify({ f: forecastView(conn, { asOf }), c: conversion(conn, asOf) })) as {
      f: ForecastView;
      c: PipelineJson['conversion'];
    };
    conn.close();
    expect(out.firms.counted).toBe(reference.newFirms);
    expect(out.space.leasedM2).toBeCloseTo(reference.leasedM2, 1);
    expect(out.firms.outlook).toBeCloseTo(out.firms.counted + out.firms.expected, 6);
    // The same views the app shows.
    expect(out.firms).toEqual(app.f.firms);
    expect(out.space).toEqual(app.f.space);
    expect(out.conversion).toEqual(app.c);
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(before);
  });

  it('past the due date expects nothing more; the text follows the language; a bad date is one line and exit 2', async () => {
    const late = await pipelineJson('2026-06-30');
    expect([late.pipeline.pastDue, late.firms.expected, late.space.expectedAreaM2]).toEqual([true, 0, 0]);
    const zh = await cli(['pipeline', '--db', db, '--as-of', '2025-06-30'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('预计新增企业');
    expect(zh.stdout).toContain('各阶段项目');
    const en = await cli(['pipeline', '--db', db, '--as-of', '2025-06-30']);
    expect(en.stdout).toContain('Expected firms');
    const bad = await cli(['pipeline', '--db', db, '--as-of', '2025-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
