// The main window's security settings and guards, with `electron` replaced by a recording fake.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Session as WebSession, WebContents } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/api';
import {
  APP_START_URL,
  createMainWindow,
  denyPermissions,
  hardenWebContents,
  installAppProtocol,
  isAppUrl,
  registerAppScheme,
  serveAppRequest,
} from '../../../electron/main/window';
import * as fake from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

describe('main window', () => {
  const win = createMainWindow({ preload: '/app/dist/electron/preload.cjs', title: 'Park Space Desk' });
  const created = fake.BrowserWindow.instances.at(-1)!;

  it('uses locked-down webPreferences and the bundled preload', () => {
    expect(win).toBe(created);
    const prefs = created.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('enableRemoteModule');
  });

  it('loads the renderer from the app origin', () => {
    expect(created.loadURL).toHaveBeenCalledWith(APP_START_URL);
    expect(APP_START_URL).toBe('app://park/index.html');
  });

  it('blocks navigation and redirects away from the app origin', () => {
    const contents = created.webContents;
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(contents.fire(event, 'https://example.com/'), event).toBe(true);
      expect(contents.fire(event, 'file:///etc/passwd'), event).toBe(true);
      expect(contents.fire(event, 'app://evil/index.html'), event).toBe(true);
      expect(contents.fire(event, 'app://park@evil/index.html'), event).toBe(true);
      expect(contents.fire(event, 'app://park/index.html#/inventory'), event).toBe(false);
    }
  });

  it('denies window.open and refuses to attach webviews', () => {
    const contents = created.webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://park/index.html' })).toEqual({ action: 'deny' });
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('hardens any other web contents the same way', () => {
    const other = new fake.FakeWebContents();
    hardenWebContents(other as unknown as WebContents);
    expect(other.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(other.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const ws = fake.session.defaultSession;
    denyPermissions(ws as unknown as WebSession);
    const request = ws.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = ws.setPermissionCheckHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(check({}, 'media', 'app://park')).toBe(false);
    const device = ws.setDevicePermissionHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(device({})).toBe(false);
  });
});

describe('app:// protocol', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'psd-renderer-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, '..', `${path.basename(root)}-secret.txt`), 'secret');
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(path.join(root, '..', `${path.basename(root)}-secret.txt`), { force: true });
  });

  it('is registered as a standard, secure scheme before ready', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const privileges = (fake.protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0] as { privileges: Record<string, boolean> }[])[0]!
      .privileges;
    expect(privileges.bypassCSP ?? false).toBe(false);
    expect(privileges.allowServiceWorkers ?? false).toBe(false);
    installAppProtocol(root);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves files of the renderer with the CSP header and a content type', async () => {
    const index = await serveAppRequest(root, { url: 'app://park/index.html', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await serveAppRequest(root, { url: 'app://park/assets/app.js', method: 'GET' });
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(await js.text()).toBe('console.log(1)');
    const bare = await serveAppRequest(root, { url: 'app://park/', method: 'GET' });
    expect(bare.status).toBe(200);
  });

  it('answers app://park/basemap.pmtiles by byte ranges from the configured basemap, with the current policy', async () => {
    const asked: (string | undefined)[] = [];
    const basemap = (range: string | undefined) => {
      asked.push(range);
      return { status: 206 as const, headers: { 'Content-Range': 'bytes 0-2/10' }, body: Buffer.from('PMT') };
    };
    const headers = { get: (name: string) => (name === 'range' ? 'bytes=0-2' : null) };
    const res = await serveAppRequest(root, { url: 'app://park/basemap.pmtiles', method: 'GET', headers }, () => 'policy-x', basemap);
    expect([res.status, await res.text(), res.headers.get('content-range'), res.headers.get('content-security-policy')]).toEqual([
      206,
      'PMT',
      'bytes 0-2/10',
      'policy-x',
    ]);
    expect(asked).toEqual(['bytes=0-2']);
    expect((await serveAppRequest(root, { url: 'app://park/basemap.pmtiles', method: 'GET' })).status).toBe(404);
  });

  it('serves nothing outside the renderer folder, from another host, or for other methods', async () => {
    const secret = `${path.basename(root)}-secret.txt`;
    for (const url of [
      `app://park/../${secret}`,
      `app://park/..%2f${secret}`,
      `app://park/%2e%2e/${secret}`,
      `app://park/..%5c${secret}`,
      'app://park/%2fetc%2fpasswd',
      'app://park/missing.js',
      'app://evil/index.html',
      'app://park/index.html%00.js',
    ]) {
      const res = await serveAppRequest(root, { url, method: 'GET' });
      expect(res.status, url).toBe(404);
    }
    expect((await serveAppRequest(root, { url: 'app://park/index.html', method: 'POST' })).status).toBe(405);
  });

  it('recognises only its own origin', () => {
    expect(isAppUrl('app://park/index.html')).toBe(true);
    expect(isAppUrl('app://parkx/index.html')).toBe(false);
    expect(isAppUrl('https://park/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@park/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
