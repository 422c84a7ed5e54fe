// The only module that touches `window.api`. In Electron the preload provides it; in a plain browser
// (web mode) the same surface is built on HTTP: POST /api/<channel> and an SSE stream at GET /api/events.
// Web mode also reports whether the server still accepts this page (onConnectionStatus): after a restart the token
// the page holds is refused, and the user has to reopen the address the server printed.
import type { ParkApi } from '../../shared/api';
import type { Channel, EventMap, EventName, InputOf, ResultOf } from '../../shared/contract';
import { isAppErrorShape, toErrorShape, type AppErrorShape, type Result } from '../../shared/errors';
import { followEventStream, type StreamStatus } from '../lib/sse';
import { tokenFromHash } from '../lib/routes';

declare global {
  interface Window {
    api?: ParkApi;
  }
}

const TOKEN_KEY = 'park-space-desk.token';

function failure(code: AppErrorShape['code'], message: string): { ok: false; error: AppErrorShape } {
  return { ok: false, error: { code, message } };
}

const thrown = (err: unknown): { ok: false; error: AppErrorShape } => ({ ok: false, error: toErrorShape(err) });

export type ConnectionStatus = StreamStatus;
const statusListeners = new Set<(status: ConnectionStatus) => void>();
let connectionStatus: ConnectionStatus | null = null;

function setConnectionStatus(status: ConnectionStatus): void {
  // Refused is final: the page's token will not become valid again.
  if (connectionStatus === 'refused' || connectionStatus === status) return;
  connectionStatus = status;
  for (const listener of statusListeners) listener(status);
}

/**
 * Web mode's link to the server: 'live', 'retrying' (the event stream dropped; reconnecting) or 'refused' (the
 * server no longer accepts this page's token). Electron's IPC cannot drop, so there it never reports.
 */
export function onConnectionStatus(listener: (status: ConnectionStatus) => void): () => void {
  statusListeners.add(listener);
  if (connectionStatus) listener(connectionStatus);
  return () => {
    statusListeners.delete(listener);
  };
}

/** Read the token from `#token=…` on first load (then keep it for route changes and reloads). */
export function captureToken(): string | null {
  const fromHash = tokenFromHash(window.location.hash);
  if (fromHash) {
    window.sessionStorage.setItem(TOKEN_KEY, fromHash);
    return fromHash;
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

type Listeners = { [E in EventName]: Set<(payload: EventMap[E]) => void> };

function createWebApi(): ParkApi {
  const token = captureToken() ?? '';
  // A new address pasted into this tab only changes the hash: a `#token=` in it starts over with that token.
  window.addEventListener('hashchange', () => {
    if (tokenFromHash(window.location.hash) !== null) window.location.reload();
  });
  const listeners: Listeners = { progress: new Set(), menu: new Set(), 'data-changed': new Set() };
  let streaming = false;

  function emit(name: string, data: string): void {
    if (!(name in listeners)) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of listeners[name as EventName]) (listener as (p: unknown) => void)(payload);
  }

  function startStream(): void {
    if (streaming) return;
    streaming = true;
    void followEventStream({
      open: () => fetch('/api/events', { headers: { 'x-park-token': token, accept: 'text/event-stream' }, cache: 'no-store' }),
      onMessage: (m) => emit(m.event, m.data),
      onStatus: setConnectionStatus,
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
  }

  return {
    async invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<ResultOf<C>>> {
      let response: Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-park-token': token },
          body: JSON.stringify(input ?? {}),
          cache: 'no-store',
        });
      } catch (err) {
        return thrown(err);
      }
      let body: unknown = null;
      try {
        body = await response.json();
      } catch {
        body = null;
      }
      // Only the transport answers 403 (a dispatched call always comes back as a Result): the token is refused.
      if (response.status === 403) setConnectionStatus('refused');
      if (typeof body === 'object' && body !== null && 'ok' in body) {
        const r = body as { ok: unknown; value?: unknown; error?: unknown };
        if (r.ok === true) return { ok: true, value: r.value as ResultOf<C> };
        if (isAppErrorShape(r.error)) return { ok: false, error: r.error };
      }
      if (response.status === 403) return failure('forbidden', 'HTTP 403');
      return failure('internal', `HTTP ${response.status}`);
    },
    on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
      (listeners[event] as Set<(payload: EventMap[E]) => void>).add(listener);
      startStream();
      return () => {
        (listeners[event] as Set<(payload: EventMap[E]) => void>).delete(listener);
      };
    },
  };
}

export const transport: 'electron' | 'web' = window.api ? 'electron' : 'web';

export const api: ParkApi = window.api ?? createWebApi();

/** Call a channel. Never throws: every failure comes back as an error Result. */
export function invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<ResultOf<C>>> {
  return api.invoke(channel, input).catch(thrown);
}

/** For channels chosen at run time (e.g. `${plural}:list`); the server validates the input either way. */
export function invokeDynamic(channel: Channel, input: unknown): Promise<Result<unknown>> {
  const call = api.invoke as unknown as (c: string, i: unknown) => Promise<Result<unknown>>;
  return call(channel, input).catch(thrown);
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return api.on(event, listener);
}

/** Where the open database's configured local PMTiles basemap is served from (the app's own origin), with headers. */
export function basemapFileRequest(): { url: string; headers: Record<string, string> } {
  if (transport === 'electron') return { url: new URL('basemap.pmtiles', window.location.href).href, headers: {} };
  return { url: new URL('/api/basemap', window.location.href).href, headers: { 'x-park-token': captureToken() ?? '' } };
}

const photoUrls = new Map<string, Promise<string | null>>();

/**
 * An address an <img> can show for a survey photo (content-addressed, so cached for the page's life): Electron's
 * app://park/photos/<sha256>; in web mode the token must go in a header, so the bytes are fetched and shown from a
 * blob: URL. Null when the open file does not have that photo.
 */
export function photoSrc(sha256: string, thumb = false): Promise<string | null> {
  const path = `photos/${sha256}${thumb ? '?thumb=1' : ''}`;
  if (transport === 'electron') return Promise.resolve(new URL(path, window.location.href).href);
  let found = photoUrls.get(path);
  if (!found) {
    found = fetch(`/api/${path}`, { headers: { 'x-park-token': captureToken() ?? '' } })
      .then(async (res) => (res.ok ? URL.createObjectURL(await res.blob()) : null))
      .catch(() => null);
    photoUrls.set(path, found);
    void found.then((url) => {
      if (url === null) photoUrls.delete(path);
    });
  }
  return found;
}
