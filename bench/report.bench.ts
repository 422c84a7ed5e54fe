// The monthly report (issue 9) on the large sample, end to end through the command line (a process of its own:
// open the file, serve the print route, Chromium renders figures, charts and the map, prints the PDF):
// - report_pdf_s, against the goal of 10 s on this machine (report_pdf_goal_s);
// - its reference in the same run: `cli rollup` on the same file (the command line's fixed cost plus one roll-up),
//   → report_ratio_vs_rollup_cli; report_pdf_pages: the pages printed.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { round } from './measure';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const root = path.resolve(import.meta.dirname, '..');

function timedCli(args: string[]): Promise<{ seconds: number; stdout: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [tsx, 'electron/cli/main.ts', ...args],
      { cwd: root, maxBuffer: 1 << 24, timeout: 600_000, env: { ...process.env, LANG: 'C' } },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${args[0]}: ${stderr || err.message}`));
        else resolve({ seconds: (performance.now() - started) / 1000, stdout });
      },
    );
  });
}

export async function reportBench(file: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-bench-report-'));
  try {
    const asOf = '2026-06-30';
    const rollup = await timedCli(['rollup', '--db', file, '--as-of', asOf]);
    const report = await timedCli(['report', '--db', file, '--as-of', asOf, '--out', path.join(dir, 'report.pdf'), '--json']);
    const { pages } = JSON.parse(report.stdout) as { pages: number };
    return {
      report_pdf_s: round(report.seconds),
      report_pdf_goal_s: 10,
      report_pdf_pages: pages,
      report_rollup_cli_s: round(rollup.seconds),
      report_ratio_vs_rollup_cli: round(report.seconds / rollup.seconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
