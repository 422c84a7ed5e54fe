// Command line of web mode: `npm run web -- [--db PATH] [--port N] [--sample|--empty] [--chromium PATH]`, and the default
// database path: the desktop app's file in the per-user data folder (Electron's app.getPath('userData'), computed
// here without electron for Linux, macOS and Windows).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DB_FILE_NAME, defaultDbPath } from '../main/platform/paths';

export { DB_FILE_NAME };

export const PRODUCT_NAME = 'Park Space Desk';

export interface WebArgs {
  dbPath: string;
  port: number;
  setup: 'sample' | 'empty' | null;
  /** `--survey FILE`: survey mode on that package instead of a database (the office database is not opened). */
  survey?: string;
  /** The browser that prints the report's PDF (issue 9); null: /usr/bin/chromium. */
  chromium: string | null;
}

export class ArgsError extends Error {}

/** Electron's appData folder for this OS joined with the product name (what `userData` resolves to). */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  const config = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(config, PRODUCT_NAME);
}

export function parseWebArgs(argv: string[]): WebArgs {
  let values: { db?: string; port?: string; sample?: boolean; empty?: boolean; survey?: string; chromium?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        sample: { type: 'boolean' },
        empty: { type: 'boolean' },
        survey: { type: 'string' },
        chromium: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new ArgsError((err as Error).message);
  }
  if (values.sample && values.empty) throw new ArgsError('choose either --sample or --empty, not both');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ArgsError(`--port must be a whole number from 0 to 65535, got ${values.port}`);
  }
  if (values.db !== undefined && values.db.trim() === '') throw new ArgsError('--db needs a file path');
  if (values.survey !== undefined && values.survey.trim() === '') throw new ArgsError('--survey needs a package file');
  if (values.survey !== undefined && (values.db !== undefined || values.sample || values.empty)) {
    throw new ArgsError('--survey opens a package instead of a database: leave out --db, --sample and --empty');
  }
  return {
    dbPath: path.resolve(values.db ?? defaultDbPath(defaultUserDataDir())),
    port,
    setup: values.sample ? 'sample' : values.empty ? 'empty' : null,
    survey: values.survey === undefined ? undefined : path.resolve(values.survey),
    chromium: values.chromium ? path.resolve(values.chromium) : null,
  };
}

export const USAGE =
  'usage: npm run web -- [--db PATH] [--port N] [--sample|--empty] [--chromium PATH] | [--survey FILE.parksurvey] [--port N]';
