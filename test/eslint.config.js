// Flat ESLint config for the whole project (run by `npm run lint` with --config test/eslint.config.js).
// TypeScript: typescript-eslint's recommended rules, `any` and ts-comment suppressions forbidden.
// Plain .js/.mjs/.cjs files (build scripts, this file): parsed as JavaScript with Node's globals.
// Layers (docs/ARCHITECTURE.md, "Layers"): shared/ imports only shared/ and zod; renderer/ nothing from electron/;
// only renderer/api/ talks to main (window.api, fetch); electron/main/services/ no `electron`. test/lint/ proves
// each of these fires on a violating snippet.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import layers from './lint/layer-imports.js';

const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextEncoder',
    'TextDecoder',
    'AbortController',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'clearImmediate',
    'queueMicrotask',
    'structuredClone',
    'fetch',
    'performance',
    'globalThis',
  ].map((name) => [name, 'readonly']),
);
const commonJsGlobals = { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' };

export default defineConfig(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/.native/**', '**/coverage/**', '**/.tmp/**', 'test/e2e/__screenshots__/**'],
  },
  tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description', minimumDescriptionLength: 10 },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Prettier (npm run lint checks it) wraps code at 140; a sentence of the message catalogues is one string,
      // which Prettier does not split and neither do we (a translator reads it whole).
      'max-len': ['error', { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
    },
  },
  {
    files: ['shared/**'],
    plugins: { layers },
    rules: {
      'layers/imports': [
        'error',
        {
          allowDirs: ['shared'],
          allowPackages: ['zod'],
          why: 'shared/ is used by both processes and the tests, so it imports only shared/ and zod',
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'process', 'Buffer', 'require'].map((name) => ({
          name,
          message: 'shared/ runs in every process: no DOM or Node globals',
        })),
      ],
    },
  },
  {
    files: ['renderer/**'],
    plugins: { layers },
    rules: {
      'layers/imports': [
        'error',
        {
          denyDirs: ['electron'],
          denyPackages: ['electron'],
          why: 'the renderer reaches main only through renderer/api/client.ts and the contract in shared/',
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    ignores: ['renderer/api/**', 'renderer/vite.config.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'EventSource', 'WebSocket'].map((name) => ({
          name,
          message: 'only renderer/api/ talks to main: call invoke()/onEvent() from renderer/api/client.ts',
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          ['api', 'fetch'].map((property) => ({
            object,
            property,
            message: 'only renderer/api/ touches window.api or fetch: use renderer/api/client.ts',
          })),
        ),
      ],
    },
  },
  {
    files: ['electron/main/services/**'],
    plugins: { layers },
    rules: {
      'layers/imports': [
        'error',
        {
          denyPackages: ['electron', 'better-sqlite3'],
          denyDirs: [
            'electron/main/platform',
            'electron/main/ipc',
            'electron/main/window.ts',
            'electron/main/index.ts',
            'electron/preload',
            'renderer',
          ],
          why: 'services run under Node in the CLI, web mode and the tests: no electron, nor the modules that import it; they reach SQLite through db/',
        },
      ],
      // Rows become models only in electron/main/db (repos/, inspect.ts, writer.ts): services hold the rules, not SQL.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='prepare']",
          message: 'SQL belongs in electron/main/db/repos (rows become models only there)',
        },
        { selector: "CallExpression[callee.property.name='pragma']", message: 'PRAGMAs belong in electron/main/db (repos/ or inspect.ts)' },
        {
          selector: "CallExpression[callee.property.name='exec'][arguments.0.type='TemplateLiteral']",
          message: 'SQL belongs in electron/main/db/repos (rows become models only there)',
        },
        {
          selector:
            "CallExpression[callee.property.name='exec'][arguments.0.value=/^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|ATTACH|DETACH|PRAGMA|VACUUM|WITH)\\b/i]",
          message: 'SQL belongs in electron/main/db/repos (rows become models only there)',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { sourceType: 'module', ecmaVersion: 2023, globals: nodeGlobals },
    rules: { 'no-undef': 'error', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', ecmaVersion: 2023, globals: { ...nodeGlobals, ...commonJsGlobals } },
    rules: { 'no-undef': 'error', '@typescript-eslint/no-require-imports': 'off' },
  },
);
