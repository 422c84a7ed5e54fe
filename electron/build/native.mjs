// Keeps better-sqlite3 usable from both Node (tests, web mode, CLI) and Electron (npm start) without one
// build clobbering the other. Node uses node_modules/better-sqlite3 as installed; Electron gets its own copy
// of the native module under .native/electron/, loaded through better-sqlite3's `nativeBinding` option.
//   node electron/build/native.mjs node       rebuild for Node if it no longer loads (e.g. after an electron-rebuild)
//   node electron/build/native.mjs electron   build the Electron copy if it is missing or for another Electron version
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const mode = process.argv[2];
const quiet = process.argv.includes('--quiet');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const say = (line) => {
  if (!quiet) console.log(`native: ${line}`);
};

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: quiet ? 'pipe' : 'inherit', shell: process.platform === 'win32' });
  return r.status === 0;
}

function nodeLoads() {
  const probe = "const D=require('better-sqlite3');new D(':memory:').prepare('select 1').get()";
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'pipe' }).status === 0;
}

if (mode === 'node') {
  if (nodeLoads()) process.exit(0);
  say('better-sqlite3 does not load in this Node; rebuilding it for Node (about a minute)...');
  if (!run('npm', ['rebuild', 'better-sqlite3'], root) || !nodeLoads()) {
    console.error('native: better-sqlite3 could not be built for Node; install python3, make and a C++ compiler.');
    process.exit(1);
  }
} else if (mode === 'electron') {
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const outDir = path.join(root, '.native', 'electron');
  const stamp = path.join(outDir, 'version.txt');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === electronVersion) process.exit(0);
  const work = path.join(root, '.native', 'work');
  rmSync(work, { recursive: true, force: true });
  cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), work, { recursive: true });
  rmSync(path.join(work, 'build'), { recursive: true, force: true });
  say(`building better-sqlite3 for Electron ${electronVersion}...`);
  const ok =
    run('npx', ['--no-install', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion], work) ||
    run(
      'npx',
      [
        '--yes',
        'node-gyp',
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      work,
    );
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!ok || !existsSync(built)) {
    console.error('native: could not build better-sqlite3 for Electron (this needs network access to Electron headers).');
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  cpSync(built, path.join(outDir, 'better_sqlite3.node'));
  writeFileSync(stamp, electronVersion);
  rmSync(work, { recursive: true, force: true });
} else {
  console.error('usage: native.mjs node|electron');
  process.exit(2);
}
