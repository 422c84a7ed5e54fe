// The bundles Electron actually loads: built the way build-electron.mjs builds them, main.cjs must load as
// CommonJS with `electron` replaced (no import.meta or ESM left over) and require nothing but electron,
// better-sqlite3 and Node built-ins.
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const projectRequire = createRequire(path.join(root, 'package.json'));

describe('dist/electron/main.cjs', () => {
  it('bundles with only electron, better-sqlite3 and Node built-ins left to require, and loads with electron replaced', async () => {
    const out = await build({
      absWorkingDir: root,
      entryPoints: ['electron/main/index.ts'],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      external: ['electron', 'better-sqlite3'],
      write: false,
      logLevel: 'silent',
    });
    expect(out.warnings.map((w) => w.text)).toEqual([]);
    const code = out.outputFiles[0]?.text ?? '';
    const required = new Set([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    for (const name of required) expect(['electron', 'better-sqlite3'].includes(name) || builtins.has(name), name).toBe(true);

    const seen: string[] = [];
    const electron = {
      app: {
        requestSingleInstanceLock: () => { seen.push('lock'); return true; },
        on: (event: string) => { seen.push(`on:${event}`); },
        whenReady: () => new Promise<void>(() => undefined),
        quit: () => undefined,
      },
      protocol: { registerSchemesAsPrivileged: () => { seen.push('scheme'); } },
    };
    // Run the bundle as Node would run a CommonJS file, with its `require` resolving electron to the fake.
    const requireFor = (name: string): unknown => (name === 'electron' ? electron : projectRequire(name));
    const module = { exports: {} };
    const run = new Function('require', 'module', 'exports', '__filename', '__dirname', code) as (
      req: (name: string) => unknown, mod: { exports: unknown }, exp: unknown, filename: string, dirname: string,
    ) => void;
    run(requireFor, module, module.exports, path.join(root, 'dist/electron/main.cjs'), path.join(root, 'dist/electron'));
    expect(seen.slice(0, 2)).toEqual(['scheme', 'lock']);
    expect(seen).toEqual(expect.arrayContaining(['on:second-instance', 'on:web-contents-created', 'on:window-all-closed']));
  });
});
