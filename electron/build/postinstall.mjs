// Project postinstall: fetch the Electron binary when this machine can, and carry on when it cannot.
// Electron's own install script is disabled in package.json ("allowScripts") because it fails the whole
// `npm install` on machines without access to Electron's download host; the package and its types still install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const installer = 'node_modules/electron/install.js';
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1' || !existsSync(installer)) {
  console.log('postinstall: Electron binary download skipped (ELECTRON_SKIP_BINARY_DOWNLOAD or no electron package).');
} else {
  const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 120_000 });
  if (result.status === 0) {
    console.log('postinstall: Electron binary installed.');
  } else {
    console.log('postinstall: Electron binary could not be downloaded here; `npm run web`, `npm run cli` and `npm test` still work.');
  }
}
