// A stand-in for the `electron` module (the one mock the house allows): records what main and the preload ask
// of Electron so the boundary tests can check it. Tests load it with
//   vi.mock('electron', () => import('./electron-fake'))
// and import it themselves to inspect the same instance.
import { vi } from 'vitest';

type Fn = (...args: never[]) => unknown;

export class FakeWebContents {
  /** What `executeJavaScript` answers for a script (a test sets it; the report printer polls the page with it). */
  static answer: (code: string) => unknown = () => null;
  readonly listeners = new Map<string, Fn[]>();
  readonly executeJavaScript = vi.fn(async (code: string): Promise<unknown> => FakeWebContents.answer(code));
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.7 printed by the fake\n'));
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  readonly send = vi.fn();

  on(event: string, listener: Fn): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Fires `event` like Chromium would and reports whether any listener called preventDefault(). */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const evt = {
      preventDefault: () => {
        prevented = true;
      },
    };
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(evt, ...args);
    return prevented;
  }
}

export class BrowserWindow {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly once = vi.fn();
  readonly on = vi.fn();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  private gone = false;
  readonly destroy = vi.fn(() => {
    this.gone = true;
  });
  readonly isDestroyed = vi.fn(() => this.gone);

  constructor(readonly options: Record<string, unknown>) {
    BrowserWindow.instances.push(this);
  }
}

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
const ipcHandlers = new Map<string, InvokeHandler>();
export const ipcMain = {
  handlers: ipcHandlers,
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    // Electron throws on a second handler for the same channel; so does the fake.
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcHandlers.delete(channel);
  }),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };

export const ipcRenderer = {
  invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({ ok: true, value: null })),
  on: vi.fn(),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const dialog = {
  showSaveDialog: vi.fn(async (): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  showOpenDialog: vi.fn(async (): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
  showMessageBox: vi.fn(async (): Promise<{ response: number }> => ({ response: 1 })),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  },
};

const appListeners = new Map<string, ((...args: unknown[]) => unknown)[]>();
export const app = {
  isPackaged: false,
  listeners: appListeners,
  getPath: vi.fn((_name: string) => '/nonexistent'),
  getAppPath: vi.fn(() => '/nonexistent'),
  getVersion: vi.fn(() => '0.0.0-test'),
  getLocale: vi.fn(() => 'en-US'),
  on: vi.fn((event: string, listener: (...args: unknown[]) => unknown) => {
    appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
  }),
  quit: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  /** Never ready unless a test says so. */
  whenReady: vi.fn(() => new Promise<void>(() => undefined)),
};

export const shell = { openExternal: vi.fn(), openPath: vi.fn(async (_path: string) => '') };

export default { app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Menu, protocol, session, shell };
