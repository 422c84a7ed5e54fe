// electron-builder.yml: valid for the installed electron-builder (its own schema check, no Electron download),
// with the targets, native-module handling and files the app needs.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
};

interface Target {
  target: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  win: { target: Target[]; icon: string };
  mac: { target: Target[]; icon: string };
  linux: { target: Target[]; icon: string };
}

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; productName: string };

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own configuration schema', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('names the product and builds NSIS, dmg, AppImage and deb', () => {
    expect(config.productName).toBe('Park Space Desk');
    expect(pkg.productName).toBe('Park Space Desk');
    expect(config.appId).toMatch(/^[a-z0-9.]+$/);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
  });

  it('ships the bundles and the renderer, unpacks and rebuilds better-sqlite3', () => {
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**/*', 'dist/renderer/**/*']));
    expect(config.asarUnpack.some((p) => p.includes('better-sqlite3'))).toBe(true);
    expect(config.npmRebuild).toBe(true);
  });

  it('points at icons that exist', () => {
    for (const icon of new Set([config.win.icon, config.mac.icon, config.linux.icon])) {
      expect(existsSync(path.join(root, icon)), icon).toBe(true);
    }
    const png = readFileSync(path.join(root, 'assets/icons/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512); // width: electron-builder needs 512+ for macOS
  });
});
