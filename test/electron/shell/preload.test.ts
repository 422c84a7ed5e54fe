// The preload exposes exactly window.api = { invoke, on }, for the contract's channels and events only.
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import type { ParkApi } from '../../../shared/api';
import { CHANNELS, EVENT_NAMES } from '../../../shared/contract';
import { ALLOWED_CHANNELS, ALLOWED_EVENTS } from '../../../electron/preload/api';
import { EVENT_CHANNEL } from '../../../electron/preload/channels';
import * as fake from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

await import('../../../electron/preload/index');

const exposed = fake.contextBridge.exposeInMainWorld.mock.calls;
const api = exposed[0]?.[1] as ParkApi;
type Untyped = { invoke(channel: string, input: unknown): Promise<unknown>; on(event: string, listener: unknown): () => void };
const loose = api as unknown as Untyped;

describe('preload', () => {
  it('exposes exactly one global, `api`, with only invoke and on', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]?.[0]).toBe('api');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.on).toBe('function');
  });

  it('allows exactly the contract channels and events', () => {
    expect([...ALLOWED_CHANNELS].sort()).toEqual([...CHANNELS].sort());
    expect([...ALLOWED_EVENTS].sort()).toEqual([...EVENT_NAMES].sort());
  });

  it('passes listed channels to ipcRenderer.invoke unchanged', async () => {
    fake.ipcRenderer.invoke.mockClear();
    const result = await api.invoke('app:info', {});
    expect(result).toEqual({ ok: true, value: null });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('app:info', {});
    for (const channel of CHANNELS) await loose.invoke(channel, {});
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(CHANNELS.length + 1);
  });

  it('refuses unlisted channels before any IPC', async () => {
    fake.ipcRenderer.invoke.mockClear();
    for (const channel of ['psd:event', 'app:shutdown', '__proto__', 'constructor', 'toString', '', 'APP:INFO', 'electron:openExternal']) {
      const result = await loose.invoke(channel, {});
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    await expect(loose.invoke(42 as unknown as string, {})).resolves.toMatchObject({ ok: false });
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('refuses unlisted events and delivers listed ones with the payload only', () => {
    expect(() => loose.on('psd:event', () => undefined)).toThrow(TypeError);
    expect(() => loose.on('__proto__', () => undefined)).toThrow(TypeError);
    expect(() => loose.on('menu', 'not a function')).toThrow(TypeError);

    const seen: unknown[] = [];
    const off = api.on('menu', (payload) => seen.push(payload));
    const progress = vi.fn();
    api.on('progress', progress);
    expect(fake.ipcRenderer.on).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));
    const wire = fake.ipcRenderer.on.mock.calls[0]?.[1] as (event: unknown, name: unknown, payload: unknown) => void;
    const ipcEvent = { sender: { secret: true }, senderId: 0 };

    wire(ipcEvent, 'menu', { command: 'undo' });
    wire(ipcEvent, 'not-an-event', { command: 'redo' });
    wire(ipcEvent, 42, { command: 'redo' });
    expect(seen).toEqual([{ command: 'undo' }]);
    expect(progress).not.toHaveBeenCalled();

    off();
    wire(ipcEvent, 'menu', { command: 'redo' });
    expect(seen).toHaveLength(1);
  });

  it('bundles to CommonJS that requires nothing but electron (a sandboxed preload cannot require files)', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const out = await build({
      absWorkingDir: root,
      entryPoints: ['electron/preload/index.ts'],
      bundle: true,
      format: 'cjs',
      platform: 'browser',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text ?? '';
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
