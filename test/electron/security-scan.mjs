// Static Electron security scan (`npm run security`, part of `npm test`): runs @doyensec/electronegativity over
// electron/ plus the renderer's index.html (with the real CSP put in, as the build does), and fails on any HIGH or
// MEDIUM finding that test/electron/electronegativity-allow.json does not list with a written reason.
// Offline and quick: electronegativity's two network look-ups (translation updates, Electron's release list) are
// stubbed or excluded, and the Electron version is read from node_modules instead of guessed.
import { build } from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const allowFile = path.join(root, 'test', 'electron', 'electronegativity-allow.json');
const BLOCKING = new Set(['HIGH', 'MEDIUM']);
const started = Date.now();

function fail(message) {
  console.error(`security: FAILED: ${message}`);
  process.exit(1);
}

// --- allowlist: every entry needs a reason a reviewer can check -----------------------------------------------
const allow = JSON.parse(readFileSync(allowFile, 'utf8'));
const reasonOk = (r) => typeof r === 'string' && r.trim().length >= 40;
for (const e of allow.excludedChecks ?? [])
  if (!reasonOk(e.reason)) fail(`excluded check ${e.check} has no written reason (40+ characters)`);
for (const e of allow.findings ?? [])
  if (!reasonOk(e.reason)) fail(`allowed finding ${e.id} in ${e.file} has no written reason (40+ characters)`);

// --- keep electronegativity offline ---------------------------------------------------------------------------
const enDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const enVersion = JSON.parse(readFileSync(path.join(enDir, 'package.json'), 'utf8')).version;
const gotPath = createRequire(path.join(enDir, 'dist', 'locales', 'i18n.js')).resolve('got');
const offlineGot = Object.assign(async () => ({ statusCode: 404, body: '{}' }), { head: async () => ({ statusCode: 404, headers: {} }) });
const stub = new Module(gotPath);
stub.exports = offlineGot;
stub.loaded = true;
require.cache[gotPath] = stub;
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

// --- stage what ships: electron/ and the renderer page with its CSP --------------------------------------------
async function contentSecurityPolicy() {
  const out = await build({
    absWorkingDir: root,
    entryPoints: ['shared/api.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return mod.CONTENT_SECURITY_POLICY;
}

const stage = mkdtempSync(path.join(os.tmpdir(), 'psd-security-'));
let result;
let fileCount = 0;
try {
  cpSync(path.join(root, 'electron'), path.join(stage, 'electron'), {
    recursive: true,
    filter: (src) => !src.split(path.sep).includes('node_modules'),
  });
  mkdirSync(path.join(stage, 'renderer'));
  const csp = await contentSecurityPolicy();
  const html = readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8').replaceAll('%PARK_CSP%', csp);
  writeFileSync(path.join(stage, 'renderer', 'index.html'), html);
  const count = (dir) =>
    readdirSync(dir).reduce((n, f) => {
      const p = path.join(dir, f);
      return n + (statSync(p).isDirectory() ? count(p) : /\.(m?[jt]sx?|html?)$/.test(f) ? 1 : 0);
    }, 0);
  fileCount = count(stage);

  const runner = require(enDir);
  const run = runner.default ?? runner;
  const quiet = console.log;
  console.log = () => undefined; // electronegativity chats about versions and translations
  try {
    result = await run({
      input: stage,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: (allow.excludedChecks ?? []).map((e) => e.check),
      parserPlugins: [],
    });
  } finally {
    console.log = quiet;
  }
} finally {
  rmSync(stage, { recursive: true, force: true });
}

// --- judge ----------------------------------------------------------------------------------------------------
const norm = (f) => String(f).split(path.sep).join('/').replace(/^\/+/, '');
const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
const used = new Set();
const unexplained = [];
for (const issue of result.issues) {
  const sev = issue.severity.name;
  counts[sev] = (counts[sev] ?? 0) + 1;
  const file = norm(issue.file);
  if (!BLOCKING.has(sev)) {
    console.log(`security: note (${sev.toLowerCase()}, not blocking): ${issue.id} ${file} — ${issue.description}`);
    continue;
  }
  const entry = (allow.findings ?? []).findIndex((e) => e.id === issue.id && norm(e.file) === file);
  if (entry >= 0) used.add(entry);
  else unexplained.push(`${sev} ${issue.id} ${file}:${issue.location.line}:${issue.location.column} — ${issue.description}`);
}
const parseErrors = result.errors.filter((e) => !e.tolerable);
for (const e of parseErrors) unexplained.push(`not scanned: ${norm(path.relative(stage, e.file))}: ${e.message}`);
(allow.findings ?? []).forEach((e, i) => {
  if (!used.has(i)) console.warn(`security: note: allowlist entry ${e.id} ${e.file} matched nothing; remove it if the code changed`);
});

for (const line of unexplained) console.error(`security: ${line}`);
const summary =
  `security: electronegativity ${enVersion} on electron/ + renderer/index.html (Electron ${electronVersion}): ` +
  `${fileCount} files, ${result.atomicChecks + result.globalChecks} checks; ` +
  `high ${counts.HIGH}, medium ${counts.MEDIUM}, low ${counts.LOW}, info ${counts.INFORMATIONAL}; ` +
  `${used.size} explained in ${path.relative(root, allowFile)}, ${unexplained.length} unexplained; ${Date.now() - started} ms`;
if (unexplained.length > 0) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
