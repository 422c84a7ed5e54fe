#!/usr/bin/env node
// The package.json `bin`: runs electron/cli/main.ts through tsx from this project's node_modules, passing
// the arguments, the exit status and a terminating signal straight through.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
let tsxCli;
try {
  tsxCli = require.resolve('tsx/cli', { paths: [root] });
} catch {
  process.stderr.write('park-space-desk: tsx is not installed; run npm install in ' + root + '\n');
  process.exit(2);
}
const result = spawnSync(process.execPath, [tsxCli, path.join(__dirname, 'main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.error) {
  process.stderr.write('park-space-desk: ' + result.error.message + '\n');
  process.exit(2);
}
if (result.signal) process.kill(process.pid, result.signal);
process.exit(result.status === null ? 2 : result.status);
