// Bundles the Electron main process and the preload with esbuild (CommonJS, as Electron loads them):
//   electron/main/index.ts    -> dist/electron/main.cjs     (node platform; electron and better-sqlite3 stay external)
//   electron/preload/index.ts -> dist/electron/preload.cjs  (sandboxed preloads cannot require project files,
//                                                            so everything but `electron` is bundled in)
//   electron/main/workers/read-worker.ts -> dist/electron/read-worker.cjs (the read worker thread main starts;
//                                                            better-sqlite3 stays external, as in main)
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'dist', 'electron');
mkdirSync(outDir, { recursive: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

const started = Date.now();
const results = await Promise.allSettled([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    platform: 'node',
    external: ['electron', 'better-sqlite3'],
  }),
  build({
    ...common,
    entryPoints: ['electron/main/workers/read-worker.ts'],
    outfile: path.join(outDir, 'read-worker.cjs'),
    platform: 'node',
    external: ['better-sqlite3'],
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    platform: 'browser',
    external: ['electron'],
  }),
]);
if (results.some((r) => r.status === 'rejected')) {
  // esbuild has already printed the errors (logLevel 'warning').
  console.error('build:electron: failed');
  process.exit(1);
}
console.log(`build:electron: dist/electron/main.cjs, read-worker.cjs and preload.cjs in ${Date.now() - started} ms`);
