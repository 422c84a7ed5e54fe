// Web mode's command line and default database location, and the entry's refusal of bad arguments.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArgsError, DB_FILE_NAME, defaultUserDataDir, parseWebArgs } from '../../electron/web/args';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('web mode arguments', () => {
  it('defaults to a random port and the per-user database', () => {
    const args = parseWebArgs([]);
    expect(args.port).toBe(0);
    expect(args.setup).toBeNull();
    expect(args.dbPath).toBe(path.join(defaultUserDataDir(), DB_FILE_NAME));
  });

  it('reads --db, --port, --sample and --empty', () => {
    expect(parseWebArgs(['--db', 'some/file.sqlite', '--port', '8123', '--sample'])).toEqual({
      dbPath: path.resolve('some/file.sqlite'),
      port: 8123,
      setup: 'sample',
      chromium: null,
    });
    expect(parseWebArgs(['--chromium', 'bin/chrome']).chromium).toBe(path.resolve('bin/chrome'));
    expect(parseWebArgs(['--empty']).setup).toBe('empty');
    expect(parseWebArgs(['--port=0']).port).toBe(0);
  });

  it('refuses bad arguments with a reason', () => {
    for (const bad of [
      ['--sample', '--empty'],
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--port', '-1'],
      ['--port', '1.5'],
      ['--db', ''],
      ['--what'],
      ['stray'],
    ]) {
      expect(() => parseWebArgs(bad), bad.join(' ')).toThrow(ArgsError);
    }
  });

  it('puts the database where Electron keeps user data on each OS', () => {
    const home = (p: string) => p.startsWith(os.homedir());
    const linux = defaultUserDataDir({}, 'linux');
    expect(linux.endsWith(path.join('.config', 'Park Space Desk'))).toBe(true);
    expect(home(linux)).toBe(true);
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe(path.join('/xdg', 'Park Space Desk'));
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: 'relative' }, 'linux')).toBe(linux);
    expect(defaultUserDataDir({}, 'darwin').endsWith(path.join('Library', 'Application Support', 'Park Space Desk'))).toBe(true);
    expect(defaultUserDataDir({ APPDATA: '/appdata' }, 'win32')).toBe(path.join('/appdata', 'Park Space Desk'));
  });

  it('the entry prints nothing on stdout and one reason on stderr for a bad argument', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'electron/web/main.ts', '--port', 'x'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--port must be a whole number');
  });
});
