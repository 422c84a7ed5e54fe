// The bundles Electron actually loads: built the way build-electron.mjs builds them, main.cjs must load as
// CommonJS with `electron` replaced (no import.meta or ESM left over) and require nothing but electron,
// better-sqlite3 and Node built-ins; read-worker.cjs must answer a job from a worker thread.
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { expiries } from '../../../electron/main/services/accounting/expiries';
import { seedMini, tempDb } from '../inventory/fixture';

const root = path.resolve(import.meta.dirname, '../../..');
const projectRequire = createRequire(path.join(root, 'package.json'));

/** The entry bundled as build-electron.mjs does; it must build without warnings and require only `external` and built-ins. */
async function bundled(entry: string, external: string[]): Promise<string> {
  const out = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external,
    write: false,
    logLevel: 'silent',
  });
  expect(out.warnings.map((w) => w.text)).toEqual([]);
  const code = out.outputFiles[0]?.text ?? '';
  const required = new Set([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const name of required) expect(external.includes(name) || builtins.has(name), name).toBe(true);
  return code;
}

describe('dist/electron/main.cjs', () => {
  it('bundles with only electron, better-sqlite3 and Node built-ins left to require, and loads with electron replaced', async () => {
    const code = await bundled('electron/main/index.ts', ['electron', 'better-sqlite3']);

    const seen: string[] = [];
    const electron = {
      app: {
        requestSingleInstanceLock: () => {
          seen.push('lock');
          return true;
        },
        on: (event: string) => {
          seen.push(`on:${event}`);
        },
        whenReady: () => new Promise<void>(() => undefined),
        quit: () => undefined,
      },
      protocol: {
        registerSchemesAsPrivileged: () => {
          seen.push('scheme');
        },
      },
    };
    // Run the bundle as Node would run a CommonJS file, with its `require` resolving electron to the fake.
    const requireFor = (name: string): unknown => (name === 'electron' ? electron : projectRequire(name));
    const module = { exports: {} };
    const run = new Function('require', 'module', 'exports', '__filename', '__dirname', code) as (
      req: (name: string) => unknown,
      mod: { exports: unknown },
      exp: unknown,
      filename: string,
      dirname: string,
    ) => void;
    run(requireFor, module, module.exports, path.join(root, 'dist/electron/main.cjs'), path.join(root, 'dist/electron'));
    expect(seen.slice(0, 2)).toEqual(['scheme', 'lock']);
    expect(seen).toEqual(expect.arrayContaining(['on:second-instance', 'on:web-contents-created', 'on:window-all-closed']));
  });
});

describe('dist/electron/read-worker.cjs', () => {
  it('bundles with only better-sqlite3 and Node built-ins left to require, and answers a job in a worker thread', async () => {
    const code = await bundled('electron/main/workers/read-worker.ts', ['better-sqlite3']);

    const { db, file, cleanup } = tempDb();
    seedMini(db);
    const worker = new Worker(
      `const projectRequire = require('node:module').createRequire(${JSON.stringify(path.join(root, 'package.json'))});
      (function (require, module, exports) { ${code} })(projectRequire, { exports: {} }, {});`,
      { eval: true, workerData: {} },
    );
    try {
      const reply = await new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({
          kind: 'job',
          id: 7,
          file,
          generation: 1,
          job: { kind: 'read', channel: 'accounting:expiries', input: { asOf: '2025-06-30' } },
        });
      });
      expect(reply).toEqual({ id: 7, ok: true, value: expiries(db, '2025-06-30') });
    } finally {
      await worker.terminate();
      cleanup();
    }
  });
});
