// window.api: `invoke` for the contract's channels and `on` for its events, nothing else. Unlisted channels and
// events are refused here, before anything reaches IPC; main validates everything again anyway.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { ParkApi } from '../../shared/api';
import { CHANNELS, EVENT_NAMES, type EventMap, type EventName } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { EVENT_CHANNEL } from './channels';

type Bridge = Pick<IpcRenderer, 'invoke' | 'on'>;
type AnyListener = (payload: unknown) => void;

export const ALLOWED_CHANNELS: ReadonlySet<string> = new Set<string>(CHANNELS);
export const ALLOWED_EVENTS: ReadonlySet<string> = new Set<string>(EVENT_NAMES);

export function createApi(ipc: Bridge): ParkApi {
  const listeners = new Map<EventName, Set<AnyListener>>();
  let subscribed = false;

  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    ipc.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (typeof name !== 'string' || !ALLOWED_EVENTS.has(name)) return;
      for (const listener of listeners.get(name as EventName) ?? []) {
        try {
          listener(payload);
        } catch (err) {
          console.error(`[preload] listener for ${name} failed`, err);
        }
      }
    });
  };

  const api: ParkApi = {
    invoke(channel, input) {
      if (typeof channel !== 'string' || !ALLOWED_CHANNELS.has(channel)) {
        const refused: Result<never> = {
          ok: false,
          error: { code: 'unknown_channel', message: `Unknown channel ${String(channel).slice(0, 80)}` },
        };
        return Promise.resolve(refused);
      }
      return ipc.invoke(channel, input) as ReturnType<ParkApi['invoke']>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
      if (typeof event !== 'string' || !ALLOWED_EVENTS.has(event)) throw new TypeError(`Unknown event ${String(event).slice(0, 80)}`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      subscribe();
      const set = listeners.get(event) ?? new Set<AnyListener>();
      listeners.set(event, set);
      const wrapped = listener as AnyListener;
      set.add(wrapped);
      return () => {
        set.delete(wrapped);
      };
    },
  };
  return api;
}
