// Web mode's HTTP transport: the same dispatcher as Electron's IPC, served on 127.0.0.1 only.
//   POST /api/<channel>   JSON body, header x-park-token → 200 with the handler's Result
//   GET  /api/events      Server-Sent Events of session events (same token header)
//   everything else       static files of the built renderer
// Every request must carry Host 127.0.0.1:<port> or localhost:<port> (a DNS-rebinding guard) and, if it has an
// Origin, one of those origins; every response carries the renderer's CSP and the other security headers.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { policyFor } from '../main/csp';
import type { ErrorCode, Result } from '../../shared/errors';
import type { Dispatch } from '../main/ipc/dispatch';
import type { Session } from '../main/session';
import { serveStatic } from './static';
import { configuredBasemapFile, readBasemapRange } from '../main/services/basemap-file';
import { bodyLimitOf } from './limits';
import { handleSheetRoute } from './sheet-routes';
import { servePhoto } from './photos';

export const TOKEN_HEADER = 'x-park-token';
const HEARTBEAT_MS = 20_000;

export interface WebServerOptions {
  session: Session;
  dispatch: Dispatch;
  /** Folder of the built renderer (dist/renderer). */
  staticDir: string;
  token: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface WebServer {
  port: number;
  origin: string;
  /** The address to open: origin + `/#token=<token>`. */
  url: string;
  close(): Promise<void>;
}

/** A random per-run token, base64url. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function errorResult(code: ErrorCode, message: string, details?: Record<string, string | number>): Result<never> {
  return details ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
}

/** A JSON body, or none: `application/json` with an optional charset parameter. */
function isJsonType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  return type === 'application/json' && params.every((p) => p === '' || p === 'charset=utf-8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function tokenMatches(expected: Buffer, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { session, dispatch, staticDir } = options;
  const expectedToken = Buffer.from(options.token, 'utf8');
  const streams = new Set<ServerResponse>();
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (!tokenMatches(expectedToken, req.headers[TOKEN_HEADER])) {
      sendJson(res, 403, errorResult('forbidden', 'Missing or wrong x-park-token'));
      return;
    }
    if (servePhoto(session, req, res, pathname)) return;
    if (pathname === '/api/basemap') {
      // The configured local PMTiles basemap, by byte ranges (see services/basemap-file.ts).
      const answer = readBasemapRange(configuredBasemapFile(session.db), req.headers.range);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body ?? undefined);
      return;
    }
    if (await handleSheetRoute(req, res, pathname, session)) return;
    if (pathname === '/api/events') {
      if (req.method !== 'GET') {
        sendJson(res, 405, errorResult('bad_input', 'Use GET for /api/events'));
        return;
      }
      openEventStream(req, res);
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendJson(res, 405, errorResult('bad_input', 'Use POST for /api/<channel>'));
      return;
    }
    let channel: string;
    try {
      channel = decodeURIComponent(pathname.slice('/api/'.length));
    } catch {
      sendJson(res, 400, errorResult('bad_input', 'Malformed channel name'));
      return;
    }
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody && !isJsonType(req.headers['content-type'])) {
      res.setHeader('Connection', 'close');
      sendJson(res, 415, errorResult('bad_input', 'Send the request body as application/json'));
      return;
    }
    // Refused at the declared length, before reading it: a large body costs the server nothing.
    const limit = bodyLimitOf(channel);
    let text: string;
    try {
      text = await readBody(req, limit);
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        sendJson(res, 413, errorResult('too_large', `Request body larger than ${limit} bytes`, { max: `${Math.round(limit / 1024)} KB` }));
      } else {
        res.destroy();
      }
      return;
    }
    let input: unknown;
    try {
      input = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      sendJson(res, 400, errorResult('bad_input', 'Request body is not valid JSON'));
      return;
    }
    // Every channel takes an object: null, arrays and bare values are refused (never taken as "no input").
    if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) {
      sendJson(res, 400, errorResult('bad_input', 'The request body must be a JSON object'));
      return;
    }
    const result = await dispatch(channel, input);
    sendJson(res, 200, result);
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    const send = (text: string) => {
      if (!res.writableEnded && !res.destroyed) res.write(text);
    };
    send(': connected\n\n');
    streams.add(res);
    const unsubscribe = session.onEvent((event, payload) => send(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`));
    const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('Content-Security-Policy', policyFor(session));
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      sendJson(res, 403, errorResult('forbidden', 'Host not allowed'));
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin.toLowerCase())) {
      sendJson(res, 403, errorResult('forbidden', 'Origin not allowed'));
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      sendJson(res, 400, errorResult('bad_input', 'Malformed URL'));
      return;
    }
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      await handleApi(req, res, pathname);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendJson(res, 405, errorResult('bad_input', 'Method not allowed'));
      return;
    }
    if (!serveStatic(staticDir, pathname, req.method, res)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Not found / 未找到\n');
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[web] request failed:', err);
      if (!res.headersSent) sendJson(res, 500, errorResult('internal', 'Internal error'));
      else res.destroy();
    });
  });
  server.headersTimeout = 30_000;
  // A request (headers and body) must arrive within a minute; an event stream's response stays open regardless.
  server.requestTimeout = 60_000;
  server.maxConnections = 256;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        port,
        origin,
        url: `${origin}/#token=${options.token}`,
        close: () =>
          new Promise<void>((done) => {
            for (const stream of streams) stream.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
