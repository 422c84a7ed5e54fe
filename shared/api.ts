// The surface the preload exposes as `window.api` (and web mode's client imitates). Nothing else crosses.
import type { Channel, EventMap, EventName, InputOf, ResultOf } from './contract';
import type { Result } from './errors';

export interface ParkApi {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<ResultOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

/** Content Security Policy for the renderer, used by the HTML meta tag, Electron's session and web mode. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
