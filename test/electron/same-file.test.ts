import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sameFile } from '../../electron/main/services/same-file';

const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-same-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('same file by identity', () => {
  it('sees one file behind two names (a symlink), and different files as different', () => {
    const file = path.join(dir, 'a.sqlite');
    writeFileSync(file, 'x');
    writeFileSync(path.join(dir, 'b.sqlite'), 'x');
    symlinkSync(file, path.join(dir, 'link.sqlite'));
    expect(sameFile(file, path.join(dir, 'link.sqlite'))).toBe(true);
    expect(sameFile(file, path.join(dir, 'sub', '..', 'a.sqlite'))).toBe(true);
    expect(sameFile(file, path.join(dir, 'b.sqlite'))).toBe(false);
    expect(sameFile(file, path.join(dir, 'missing.sqlite'))).toBe(false);
  });
});
