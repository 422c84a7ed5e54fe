// Web mode's photo route: GET /api/photos/<sha256>[?thumb=1] answers a survey photo's bytes — from the open
// package in survey mode, from the office's photo store otherwise (services/survey/photos.ts). Reached only through
// the token-checked /api/ branch of server.ts; the hash is the whole name (no path is ever built from input),
// the type is one of a few image types or opaque bytes, and nosniff plus the CSP apply as to every response.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Session } from '../main/session';
import { readPhoto } from '../main/services/survey/photos';

const ROUTE = /^\/api\/photos\/([0-9a-f]{64})$/;

/** Answers the request and returns true when it is a photo request; false leaves it to the caller. */
export function servePhoto(session: Session, req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  const match = ROUTE.exec(pathname);
  if (!pathname.startsWith('/api/photos/')) return false;
  const thumb = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('thumb') === '1';
  const photo = match && (req.method === 'GET' || req.method === 'HEAD') ? readPhoto(session, match[1] as string, thumb) : null;
  if (!photo) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('Not found / 未找到\n');
    return true;
  }
  res.writeHead(200, {
    'Content-Type': photo.mime,
    'Content-Length': photo.data.length,
    // Content-addressed: the same name always means the same bytes.
    'Cache-Control': 'private, max-age=31536000, immutable',
    'Content-Disposition': 'inline',
  });
  res.end(req.method === 'HEAD' ? undefined : photo.data);
  return true;
}
