// The backup channels' handlers on a real temporary database (called directly, after the contract's schema
// has parsed the input as the dispatcher would).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { backupHandlers } from '../../electron/main/ipc/backup';
import { Session } from '../../electron/main/session';

const makeTempDir = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix));

let session: Session | null = null;
let tempDir: string | null = null;
afterEach(() => {
  session?.close();
  session = null;
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  tempDir = null;
});

function open(): Session {
  const dir = makeTempDir('psd-backup-ipc-');
  tempDir = dir;
  session = new Session({ dbPath: path.join(dir, 'park.sqlite'), transport: 'electron', appVersion: '9.9.9' });
  return session;
}

const countZones = (s: Session) => (s.db.prepare('SELECT count(*) AS n FROM zone').get() as { n: number }).n;
const addZone = (s: Session, code: string) =>
  s.db
    .prepare(
      `INSERT INTO zone (id, created_at, updated_at, version, code, name_zh, name_en, kind, boundary)
     VALUES (?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1, ?, ?, ?, 'wing', NULL)`,
    )
    .run(`00000000-0000-7000-9000-${code.padStart(12, '0')}`, code, code, code);

describe('backup handlers', () => {
  it('create then list (newest first), then restore returns AppInfo of the restored file', async () => {
    const s = open();
    addZone(s, '1');
    const first = await backupHandlers['backup:create']({}, s);
    expect(first.reason).toBe('manual');
    addZone(s, '2');
    const second = await backupHandlers['backup:create']({}, s);
    const listed = await backupHandlers['backup:list']({}, s);
    expect(listed.map((b) => b.file)).toEqual([second.file, first.file]);

    const input = contract['backup:restore'].input.parse({ file: first.file });
    const info = await backupHandlers['backup:restore'](input, s);
    expect(info.dbPath).toBe(s.dbPath);
    expect(info.transport).toBe('electron');
    expect(info.version).toBe('9.9.9');
    expect(countZones(s)).toBe(1);
    const after = await backupHandlers['backup:list']({}, s);
    expect(after[0]?.reason).toBe('restore');
  });

  it('the contract refuses path-like names before the handler runs, and the handler refuses unknown ones', async () => {
    const s = open();
    for (const file of ['../park.sqlite', 'a/b.sqlite', '..\\x', '']) {
      expect(contract['backup:restore'].input.safeParse({ file }).success, file).toBe(false);
    }
    await expect(backupHandlers['backup:restore']({ file: '..' }, s)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(backupHandlers['backup:restore']({ file: 'park.sqlite' }, s)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
