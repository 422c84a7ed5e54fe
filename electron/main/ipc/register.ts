// Electron transport: one ipcMain.handle per contract channel, all going through the shared dispatcher (which
// validates input against the contract), and session events forwarded to the window on one event channel.
// Calls are only answered for the app's own top-level frame; anything else gets a `forbidden` result.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS, EVENT_NAMES, type EventName } from '../../../shared/contract';
import { AppError, type Result } from '../../../shared/errors';
import { EVENT_CHANNEL } from '../../preload/channels';
import type { Session } from '../session';
import { openFolder } from '../platform/folders';
import { isAppUrl } from '../window';
import { createDispatcher, type Offload } from './dispatch';
import type { HandlerMap } from './types';

export { EVENT_CHANNEL };

type SenderFrame = IpcMainInvokeEvent['senderFrame'];

/** The sender must be the top frame of a page loaded from the app origin. */
export function isTrustedSender(frame: SenderFrame): boolean {
  if (!frame) return false;
  try {
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    return false; // the frame was destroyed meanwhile
  }
}

export function registerIpc(session: Session, handlers: HandlerMap, offload?: Offload): () => void {
  // What only the desktop app can do: open the backups folder in the file manager.
  const dispatch = createDispatcher(session, { ...handlers, 'backup:open-folder': (_input, s) => openFolder(s.backupDir) }, offload);
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: new AppError('forbidden', `Call to ${channel} from an untrusted frame`).toShape() };
      }
      return dispatch(channel, input);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Sends every session event to the window's web contents (when it exists and is alive). */
export function forwardEvents(session: Session, target: () => WebContents | null): () => void {
  const allowed = new Set<EventName>(EVENT_NAMES);
  return session.onEvent((name, payload) => {
    if (!allowed.has(name)) return;
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
  });
}
