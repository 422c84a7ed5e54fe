// Runs test/helpers/crash-child.ts as a real child process: bundled once with esbuild (better-sqlite3 external), so
// each of the many crash trials starts in a fraction of a second instead of going through tsx.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
let bundled: Promise<string> | null = null;

function bundle(): Promise<string> {
  bundled ??= (async () => {
    const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'psd-child-')), 'crash-child.cjs');
    await build({
      absWorkingDir: root,
      entryPoints: ['test/helpers/crash-child.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3', 'electron'],
      logLevel: 'warning',
      nodePaths: [path.join(root, 'node_modules')],
    });
    return outfile;
  })();
  return bundled;
}

export interface Child {
  process: ChildProcess;
  /** Lines printed so far. */
  lines: string[];
  /** Resolves with the first line that satisfies `match`, or rejects when the child exits first. */
  waitFor(match: (line: string) => boolean): Promise<string>;
  /** Resolves when the child has exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  kill(): Promise<void>;
}

export async function startChild(args: string[]): Promise<Child> {
  const script = await bundle();
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  let partial = '';
  const waiters = new Set<() => void>();
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    const parts = (partial + text).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    for (const w of waiters) w();
  });
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('exit', (code, signal) => {
      for (const w of waiters) w();
      resolve({ code, signal, stderr });
    });
  });
  let done = false;
  void exited.then(() => {
    done = true;
  });
  return {
    process: child,
    lines,
    exited,
    waitFor(match) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = lines.find(match);
          if (hit !== undefined) {
            waiters.delete(check);
            resolve(hit);
          } else if (done || child.exitCode !== null || child.signalCode !== null) {
            waiters.delete(check);
            reject(new Error(`child exited before the expected line; stderr: ${stderr.slice(-500)}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
