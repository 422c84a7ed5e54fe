// IPC registration: one handler per contract channel, answered only for the app's own top frame, and session
// events forwarded to the window.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/contract';
import { EVENT_CHANNEL } from '../../../electron/preload/channels';
import { forwardEvents, isTrustedSender, registerIpc } from '../../../electron/main/ipc/register';
import type { HandlerMap } from '../../../electron/main/ipc/types';
import { Session } from '../../../electron/main/session';
import * as fake from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-register-'));
const session = new Session({ dbPath: path.join(dir, 'park.sqlite'), transport: 'electron', appVersion: '0.0.0-test' });
afterAll(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

const calls: Channel[] = [];
const handlers = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    () => {
      calls.push(channel);
      return { handled: channel };
    },
  ]),
) as unknown as HandlerMap;

const appFrame = { url: 'app://park/index.html#/inventory', parent: null };
const invoke = (channel: string, senderFrame: unknown, input: unknown = {}) => {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame }, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
};

describe('registerIpc', () => {
  const unregister = registerIpc(session, handlers);

  it('registers exactly one handler per contract channel', () => {
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
    const registered = fake.ipcMain.handle.mock.calls.map((c) => c[0]);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual([...CHANNELS].sort());
  });

  it('dispatches calls from the app frame through the contract', async () => {
    const result = await invoke('app:info', appFrame);
    expect(result).toEqual({ ok: true, value: { handled: 'app:info' } });
    const bad = await invoke('buildings:get', appFrame, { id: 42 });
    expect(bad.ok).toBe(false);
    expect(['bad_input', 'validation']).toContain(bad.error?.code);
    const junk = await invoke('app:info', appFrame, { extra: 'field' });
    expect(junk.ok).toBe(false);
  });

  it('refuses foreign senders before the handler runs', async () => {
    calls.length = 0;
    const foreign = [
      null,
      undefined,
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///tmp/index.html', parent: null },
      { url: 'app://evil/index.html', parent: null },
      { url: 'app://park/index.html', parent: { url: 'app://park/index.html' } },
      {
        get url(): string {
          throw new Error('frame destroyed');
        },
        parent: null,
      },
    ];
    for (const [i, frame] of foreign.entries()) {
      const result = await invoke('app:info', frame);
      expect(result, `frame #${i}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
    expect(isTrustedSender(appFrame as never)).toBe(true);
  });

  it('opens the backups folder with the shell (issue 10, item 12); a refusal comes back as a file_system error', async () => {
    fake.shell.openPath.mockClear();
    expect(await invoke('backup:open-folder', appFrame)).toEqual({ ok: true, value: { opened: true } });
    expect(fake.shell.openPath).toHaveBeenCalledWith(session.backupDir);
    fake.shell.openPath.mockResolvedValueOnce('Failed to open path');
    expect(await invoke('backup:open-folder', appFrame)).toMatchObject({ ok: false, error: { code: 'file_system' } });
    expect(await invoke('backup:folder', appFrame)).toEqual({ ok: true, value: { handled: 'backup:folder' } });
  });

  it('unregisters every channel', () => {
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  it('sends session events to the window on the event channel, not to destroyed contents', () => {
    const contents = new fake.FakeWebContents();
    let target: fake.FakeWebContents | null = contents;
    const stop = forwardEvents(session, () => target as unknown as WebContents | null);
    session.emit('menu', { command: 'undo' });
    expect(contents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'menu', { command: 'undo' });
    contents.destroyed = true;
    session.emit('menu', { command: 'redo' });
    target = null;
    session.emit('menu', { command: 'redo' });
    expect(contents.send).toHaveBeenCalledTimes(1);
    stop();
  });
});
