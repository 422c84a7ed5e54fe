import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticFile } from '../../electron/main/static-files';

const root = mkdtempSync(path.join(os.tmpdir(), 'psd-static-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
writeFileSync(path.join(root, 'assets', 'a.js'), '');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('serving the renderer’s files (web mode and app://)', () => {
  it('maps paths inside the folder, index.html for /', () => {
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
  });
  it('refuses anything that would leave it, hidden files and missing files', () => {
    for (const bad of ['/../x', '/..%2fx', '/%2e%2e/x', '/a/../../x', '/..%5cx', '/%00', '/%E0%A4%A', '/.env', '/missing.js', '/assets']) {
      expect(resolveStaticFile(root, bad), bad).toBeNull();
    }
  });
  it('names content types, with a safe default', () => {
    expect(contentTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('x.pbf')).toBe('application/x-protobuf');
    expect(contentTypeOf('x.unknown')).toBe('application/octet-stream');
  });
});
