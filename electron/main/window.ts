// The main window and everything that keeps web content in its box: locked-down webPreferences, the app://
// protocol that serves only the built renderer (with the CSP header), navigation / window.open / webview guards,
// and permission requests denied.
import { readFile } from 'node:fs/promises';
import { BrowserWindow, protocol, type Session as WebSession, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/api';

/** The policy to send with each app:// response (it follows the open database's basemap setting). */
export type PolicySource = () => string;
import { contentTypeOf, resolveStaticFile } from './static-files';
import type { RangeAnswer } from './services/basemap-file';

export const APP_SCHEME = 'app';
export const APP_HOST = 'park';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of the app's own origin (app://park/...). Node gives custom schemes an opaque origin, so compare parts. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/**
 * Must run before the app is ready. `standard` gives app:// a real origin and relative URLs, `secure` a secure
 * context, `supportFetchAPI` / `corsEnabled` let module scripts, fetch() and the map's workers load same-origin
 * files; `codeCache` keeps V8's cache for the bundles. Not `bypassCSP`: the CSP header applies in full.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

const securityHeaders = (contentType: string, policy: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': policy,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
});

/** Answers one app:// request from the files under `root` (GET only, nothing outside `root`). */
/** The local PMTiles basemap of the open database, answered by byte ranges at app://park/basemap.pmtiles. */
export type BasemapSource = (range: string | undefined) => RangeAnswer;
/** A survey photo by its SHA-256 at app://park/photos/<sha256>[?thumb=1] (services/survey/photos.ts readPhoto). */
export type PhotoSource = (sha256: string, thumb: boolean) => { data: Buffer; mime: string } | null;

export async function serveAppRequest(
  root: string,
  request: { url: string; method: string; headers?: { get(name: string): string | null } },
  policy: PolicySource = () => CONTENT_SECURITY_POLICY,
  basemap?: BasemapSource,
  photo?: PhotoSource,
): Promise<Response> {
  const notFound = () => new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8', policy()) });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: securityHeaders('text/plain; charset=utf-8', policy()) });
  }
  if (!isAppUrl(request.url)) return notFound();
  if (basemap && new URL(request.url).pathname === '/basemap.pmtiles') {
    const answer = basemap(request.headers?.get('range') ?? undefined);
    return new Response(answer.body, {
      status: answer.status,
      headers: { ...securityHeaders('application/octet-stream', policy()), ...answer.headers },
    });
  }
  const photoPath = /^\/photos\/([0-9a-f]{64})$/.exec(new URL(request.url).pathname);
  if (photo && photoPath) {
    const found = photo(photoPath[1] as string, new URL(request.url).searchParams.get('thumb') === '1');
    return found
      ? new Response(request.method === 'HEAD' ? null : new Uint8Array(found.data), {
          status: 200,
          headers: securityHeaders(found.mime, policy()),
        })
      : notFound();
  }
  const file = resolveStaticFile(root, new URL(request.url).pathname);
  if (!file) return notFound();
  try {
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: securityHeaders(contentTypeOf(file), policy()) });
  } catch {
    return notFound();
  }
}

export function installAppProtocol(root: string, policy?: PolicySource, basemap?: BasemapSource, photo?: PhotoSource): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request, policy, basemap, photo));
}

/** Camera, microphone, geolocation, notifications...: the app needs none, so every request and check is refused. */
export function denyPermissions(webSession: WebSession): void {
  webSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  webSession.setPermissionCheckHandler(() => false);
  webSession.setDevicePermissionHandler(() => false);
}

/** Applied to every WebContents the app creates (see app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface MainWindowOptions {
  preload: string;
  title: string;
  /** A window that is never shown (the report's PDF is printed from one), opened at this hash of the app. */
  hidden?: { hash: string };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: options.title,
    backgroundColor: '#f5f6f8',
    // Spelled out here (not spread from a constant) so the static security scan can see every flag.
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  });
  hardenWebContents(win.webContents);
  if (options.hidden) {
    void win.loadURL(`${APP_START_URL}${options.hidden.hash}`);
    return win;
  }
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}
