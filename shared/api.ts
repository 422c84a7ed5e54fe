// The surface the preload exposes as `window.api` (and web mode's client imitates). Nothing else crosses.
import type { Channel, EventMap, EventName, InputOf, ResultOf } from './contract';
import type { Result } from './errors';

export interface ParkApi {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<ResultOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

/**
 * Content Security Policy for the renderer, sent as a response header by web mode and Electron's app:// scheme.
 * Nothing leaves the app's origin, except the origin of an online basemap the user configured for the open
 * database (`basemapOrigin` in map-views.ts), which may serve images and tiles.
 */
export function contentSecurityPolicy(extraOrigins: readonly string[] = []): string {
  const extra = extraOrigins
    .filter((o) => /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(o))
    .map((o) => ` ${o}`)
    .join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    "font-src 'self' data:",
    `connect-src 'self'${extra}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy with no basemap. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The HTML meta tag's policy. Both it and the header apply, so the tag leaves the basemap decision to the header
 * (which knows the open database): images and connections may go to https origins here, nowhere else.
 * frame-ancestors only works as a header, so the tag leaves it out.
 */
export const META_CONTENT_SECURITY_POLICY = contentSecurityPolicy()
  .split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .map((d) => (d.startsWith('img-src') || d.startsWith('connect-src') ? `${d} https:` : d))
  .join('; ');
