// Server-Sent Events for web mode: a parser for text arriving in arbitrary chunks, and the loop that follows the
// stream (renderer/api/client.ts opens it with fetch), reconnecting after drops and stopping when refused.
export interface SseMessage {
  event: string;
  data: string;
}

/** Feed chunks; complete messages (ended by a blank line) go to `onMessage`. */
export function createSseParser(onMessage: (message: SseMessage) => void): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  const dispatch = () => {
    if (data.length) onMessage({ event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
  };
  return (chunk) => {
    buffer += chunk;
    let nl = buffer.search(/\r\n|\r|\n/);
    while (nl >= 0) {
      // A lone '\r' at the end may be the first half of '\r\n': wait for the next chunk.
      if (nl === buffer.length - 1 && buffer.endsWith('\r')) break;
      const line = buffer.slice(0, nl);
      const sepLength = buffer.startsWith('\r\n', nl) ? 2 : 1;
      buffer = buffer.slice(nl + sepLength);
      if (line === '') dispatch();
      else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      nl = buffer.search(/\r\n|\r|\n/);
    }
  };
}

/** What the live-update stream is doing, for the interface to show. */
export type StreamStatus =
  /** Connected: events arrive. */
  | 'live'
  /** Dropped or not reachable (e.g. the server stopped): trying again, with a growing pause. */
  | 'retrying'
  /** The server refused the session (HTTP 401/403, e.g. it was restarted with a new token): given up for good. */
  | 'refused';

export interface EventStreamOptions {
  /** One request for the stream (web mode: GET /api/events with the token). A rejection counts as a drop. */
  open(): Promise<Response>;
  onMessage(message: SseMessage): void;
  /** Called when the status changes (not on every attempt). */
  onStatus(status: StreamStatus): void;
  /** The pause before the next attempt. */
  wait(ms: number): Promise<void>;
}

export const RETRY_FIRST_MS = 500;
export const RETRY_MAX_MS = 10_000;

/**
 * Follow an SSE stream until the server refuses it: reconnect after a drop or a failure (pausing 0.5 s, doubling
 * up to 10 s, back to 0.5 s after a connection succeeds); stop on 401/403, since retrying with the same token can
 * never succeed. Resolves once refused.
 */
export async function followEventStream(options: EventStreamOptions): Promise<void> {
  let status: StreamStatus | null = null;
  const report = (next: StreamStatus) => {
    if (next !== status) options.onStatus(next);
    status = next;
  };
  let delay = RETRY_FIRST_MS;
  for (;;) {
    try {
      const response = await options.open();
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel();
        report('refused');
        return;
      }
      if (response.ok && response.body) {
        report('live');
        delay = RETRY_FIRST_MS;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const feed = createSseParser(options.onMessage);
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          feed(value);
        }
      } else {
        await response.body?.cancel();
      }
    } catch {
      // dropped or unreachable: try again below
    }
    report('retrying');
    await options.wait(delay);
    delay = Math.min(delay * 2, RETRY_MAX_MS);
  }
}
