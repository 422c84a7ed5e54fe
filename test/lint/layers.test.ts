// The layer rules in test/eslint.config.js fail `npm run lint` on a breach: each violating snippet, linted with the
// project's own config as if it were a file at the given path, yields the expected rule; the allowed twin does not.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'test/eslint.config.js') });

/** Rule ids reported for `code` as if it were the file `file` (relative to the repository root). */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error('no lint result');
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${file}: ${fatal.message}`);
  return result.messages.map((m) => m.ruleId ?? 'none');
}

interface Case {
  name: string;
  file: string;
  code: string;
  rule: string;
}

const breaches: Case[] = [
  {
    name: 'shared/ importing electron/',
    file: 'shared/accounting/x.ts',
    code: "import { openDb } from '../../electron/main/db/connection';\nexport const x = openDb;",
    rule: 'layers/imports',
  },
  {
    name: 'shared/ importing the renderer (type only)',
    file: 'shared/x.ts',
    code: "import type { MessageKey } from '../renderer/i18n';\nexport type X = MessageKey;",
    rule: 'layers/imports',
  },
  {
    name: 'shared/ importing node:',
    file: 'shared/x.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
    rule: 'layers/imports',
  },
  {
    name: 'shared/ importing React',
    file: 'shared/x.ts',
    code: "export { useState } from 'react';",
    rule: 'layers/imports',
  },
  {
    name: 'shared/ importing a package dynamically',
    file: 'shared/x.ts',
    code: "export const x = import('zustand');",
    rule: 'layers/imports',
  },
  {
    name: 'shared/ using a Node global',
    file: 'shared/x.ts',
    code: 'export const x = process.env.HOME;',
    rule: 'no-restricted-globals',
  },
  {
    name: 'shared/ using the DOM',
    file: 'shared/x.ts',
    code: 'export const x = document.title;',
    rule: 'no-restricted-globals',
  },
  {
    name: 'renderer/ importing electron/',
    file: 'renderer/features/x/y.ts',
    code: "import { CHANNELS } from '../../../electron/preload/channels';\nexport const x = CHANNELS;",
    rule: 'layers/imports',
  },
  {
    name: 'renderer/ importing electron/ by a type query',
    file: 'renderer/x.ts',
    code: "export type X = import('../electron/main/ipc/types').Handlers;",
    rule: 'layers/imports',
  },
  {
    name: 'renderer/ importing the electron package',
    file: 'renderer/x.ts',
    code: "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;",
    rule: 'layers/imports',
  },
  {
    name: 'renderer/ outside api/ touching window.api',
    file: 'renderer/stores/x.ts',
    code: "export const x = window.api?.invoke('app:info', {});",
    rule: 'no-restricted-properties',
  },
  {
    name: 'renderer/ outside api/ destructuring window.api',
    file: 'renderer/stores/x.ts',
    code: 'const { api } = window;\nexport const x = api;',
    rule: 'no-restricted-properties',
  },
  {
    name: 'renderer/ outside api/ calling fetch',
    file: 'renderer/map/x.ts',
    code: "export const x = fetch('/api/app:info');",
    rule: 'no-restricted-globals',
  },
  {
    name: 'renderer/ outside api/ calling window.fetch',
    file: 'renderer/map/x.ts',
    code: "export const x = window.fetch('/api/app:info');",
    rule: 'no-restricted-properties',
  },
  {
    name: 'renderer/ outside api/ opening an EventSource',
    file: 'renderer/lib/x.ts',
    code: "export const x = new EventSource('/api/events');",
    rule: 'no-restricted-globals',
  },
  {
    name: 'a service importing electron',
    file: 'electron/main/services/x.ts',
    code: "import { dialog } from 'electron';\nexport const x = dialog;",
    rule: 'layers/imports',
  },
  {
    name: 'a service importing electron/main',
    file: 'electron/main/services/a/x.ts',
    code: "export * from 'electron/main';",
    rule: 'layers/imports',
  },
  {
    name: 'a service importing the platform layer',
    file: 'electron/main/services/a/x.ts',
    code: "export { showError } from '../../platform/dialogs';",
    rule: 'layers/imports',
  },
  {
    name: 'a service requiring electron',
    file: 'electron/main/services/x.ts',
    code: "import electron = require('electron');\nexport const x = electron;",
    rule: 'layers/imports',
  },
];

breaches.push(
  {
    name: 'a service preparing SQL',
    file: 'electron/main/services/x.ts',
    code: "import type { Db } from '../db/connection';\nexport const n = (db: Db) => db.prepare('SELECT count(*) FROM unit').get();",
    rule: 'no-restricted-syntax',
  },
  {
    name: 'a service reading a PRAGMA',
    file: 'electron/main/services/accounting/x.ts',
    code: "import type { Db } from '../../db/connection';\nexport const v = (db: Db) => db.pragma('user_version');",
    rule: 'no-restricted-syntax',
  },
  {
    name: 'a service executing SQL text',
    file: 'electron/main/services/x.ts',
    code: "import type { Db } from '../db/connection';\nexport const f = (db: Db, t: string) => db.exec(`DELETE FROM ${t}`);",
    rule: 'no-restricted-syntax',
  },
  {
    name: 'a service opening its own connection',
    file: 'electron/main/services/x.ts',
    code: "import Database from 'better-sqlite3';\nexport const open = (f: string) => new Database(f);",
    rule: 'layers/imports',
  },
);

const allowed: Case[] = [
  {
    name: 'a service calling a repo and a RegExp exec',
    file: 'electron/main/services/x.ts',
    code: "import type { Db } from '../db/connection';\nimport { rowCounts } from '../db/repos/counts';\nexport const f = (db: Db, s: string) => [rowCounts(db), /a(b)/.exec(s)];",
    rule: '',
  },
  {
    name: 'shared/ importing shared/ and zod',
    file: 'shared/accounting/x.ts',
    code: "import { z } from 'zod';\nimport type { Locale } from '../enums';\nexport const x = z.string();\nexport type L = Locale;",
    rule: '',
  },
  {
    name: 'shared/ naming a parameter `window`',
    file: 'shared/x.ts',
    code: 'export const f = (window: number) => window + 1;',
    rule: '',
  },
  {
    name: 'renderer/ importing shared/',
    file: 'renderer/stores/x.ts',
    code: "import type { Locale } from '../../shared/enums';\nexport type L = Locale;",
    rule: '',
  },
  {
    name: 'renderer/api/ touching window.api and fetch',
    file: 'renderer/api/x.ts',
    code: "export const x = window.api ?? fetch('/api/app:info');",
    rule: '',
  },
  {
    name: 'a service importing the database layer and node:',
    file: 'electron/main/services/a/x.ts',
    code: "import fs from 'node:fs';\nimport { openDb } from '../../db/connection';\nexport const x = [fs, openDb];",
    rule: '',
  },
  {
    name: 'platform/ importing electron',
    file: 'electron/main/platform/x.ts',
    code: "import { dialog } from 'electron';\nexport const x = dialog;",
    rule: '',
  },
];

describe('layer rules of the lint config', () => {
  it.each(breaches)('report $name', async ({ file, code, rule }) => {
    expect(await rulesFor(file, code)).toContain(rule);
  });

  it.each(allowed)('allow $name', async ({ file, code }) => {
    expect(await rulesFor(file, code)).toEqual([]);
  });
});
