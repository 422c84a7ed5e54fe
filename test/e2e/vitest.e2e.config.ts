// End-to-end tests: the real web server and the real renderer in Debian's Chromium, one file at a time.
// `npm test` builds the renderer (dist/renderer) before this runs.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 300_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    environment: 'node',
  },
});
