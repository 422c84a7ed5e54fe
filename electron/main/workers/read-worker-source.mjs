// Starts the read worker from the TypeScript sources (web mode, tests, benchmarks): tsx first, then the worker.
// The Electron build bundles electron/main/workers/read-worker.ts into dist/electron/read-worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
