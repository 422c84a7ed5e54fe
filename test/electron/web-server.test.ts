// Web mode's HTTP transport in-process, on a real temporary SQLite file: token and Host checks, the API's
// error results, static files without traversal, security headers, and the event stream.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/api';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../electron/web/server';
import { jsonOf, rawRequest, type RawResponse } from '../helpers/http';
import { createTempSession, type TempSession } from '../helpers/tempSession';

let temp: TempSession;
let server: WebServer;
const token = 'test-token-0123456789abcdef';
const SECRET = 'top secret beside the static root';

function api(channel: string, body: string | undefined, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest({
    port: server.port,
    path: `/api/${channel}`,
    method: 'POST',
    headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: token, ...headers },
    body,
  });
}

function get(pathname: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest({ port: server.port, path: pathname, headers: { host: `127.0.0.1:${server.port}`, ...headers } });
}

function count(table: string): number {
  return (temp.session.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

beforeAll(async () => {
  temp = createTempSession();
  const staticDir = path.join(temp.dir, 'www', 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Park Space Desk</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(path.join(staticDir, 'assets', 'style.css'), 'body{}');
  writeFileSync(path.join(temp.dir, 'www', 'secret.txt'), SECRET);
  writeFileSync(path.join(staticDir, '.hidden'), SECRET);
  server = await startWebServer({ session: temp.session, dispatch: temp.raw, staticDir, token, port: 0 });
});

afterAll(async () => {
  await server?.close();
  temp?.cleanup();
});

describe('web server', () => {
  it('listens on 127.0.0.1 and prints a tokened URL', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`${server.origin}/#token=${token}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves index.html for / with the security headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Park Space Desk');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('lets the open database’s online basemap, and only it, through the CSP', async () => {
    await temp.call('settings:basemap-set', { kind: 'raster-url', source: 'https://tiles.example.org/{z}/{x}/{y}.png' });
    const policy = (await get('/')).headers['content-security-policy'];
    expect(policy).toContain("img-src 'self' data: blob: https://tiles.example.org;");
    expect(policy).toContain("connect-src 'self' https://tiles.example.org;");
    await temp.call('settings:basemap-set', { kind: 'none', source: '' });
    expect((await get('/')).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves the configured PMTiles basemap by ranges, to the token holder only', async () => {
    const file = path.join(temp.dir, 'district.pmtiles');
    writeFileSync(file, Buffer.from('PMTiles\x03-bytes', 'latin1'));
    await temp.call('settings:basemap-set', { kind: 'pmtiles', source: file });
    const part = await get('/api/basemap', { [TOKEN_HEADER]: token, range: 'bytes=0-6' });
    expect(part.status).toBe(206);
    expect(part.body).toBe('PMTiles');
    expect((await get('/api/basemap', { range: 'bytes=0-6' })).status).toBe(403);
    await temp.call('settings:basemap-set', { kind: 'none', source: '' });
    expect((await get('/api/basemap', { [TOKEN_HEADER]: token })).status).toBe(404);
  });

  it('gives static files their content type', async () => {
    expect((await get('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/style.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    const missing = await get('/assets/nothing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses directory traversal and hidden files', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2fetc%2fpasswd',
      '//etc/passwd',
      '/.hidden',
      '/%00index.html',
      '/%E0%A4%A',
      '/assets',
    ];
    for (const attempt of attempts) {
      const res = await get(attempt);
      expect(res.status, attempt).not.toBe(200);
      expect(res.body, attempt).not.toContain(SECRET);
      expect(res.body, attempt).not.toContain('root:');
    }
  });

  it('refuses a foreign Host header on static files and the API', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      '127.0.0.1',
      `[::1]:${server.port}`,
    ]) {
      const page = await get('/', { host });
      expect(page.status, host).toBe(403);
      expect(page.body).not.toContain('Park Space Desk');
      const call = await api('zones:list', '{}', { host });
      expect(call.status, host).toBe(403);
    }
    // No Host header at all (HTTP/1.0), through a bare socket since node:http always adds one.
    const bare = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = connect(server.port, '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(bare.split('\r\n')[0]).toContain(' 403 ');
    expect((await get('/', { host: `localhost:${server.port}` })).status).toBe(200);
    expect((await get('/', { host: `LOCALHOST:${server.port}` })).status).toBe(200);
  });

  it('refuses a request from another origin even with the token', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${server.port}`, 'null', `https://127.0.0.1:${server.port}`]) {
      expect((await api('app:info', '{}', { origin })).status, origin).toBe(403);
    }
    expect((await api('app:info', '{}', { origin: server.origin })).status).toBe(200);
    expect((await api('app:info', '{}', { origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('refuses a missing or wrong token with 403', async () => {
    const missing = await rawRequest({
      port: server.port,
      path: '/api/app:info',
      method: 'POST',
      headers: { host: `127.0.0.1:${server.port}` },
      body: '{}',
    });
    expect(missing.status).toBe(403);
    expect(jsonOf(missing)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await api('app:info', '{}', { [TOKEN_HEADER]: `${token}x` })).status).toBe(403);
    expect((await api('app:info', '{}', { [TOKEN_HEADER]: token.slice(1) })).status).toBe(403);
    expect((await api('app:info', '{}', { [TOKEN_HEADER]: '' })).status).toBe(403);
    expect((await get('/api/events')).status).toBe(403);
  });

  it('answers an unknown channel with an error result', async () => {
    const res = await api('nope:never', '{}');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(jsonOf(res)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(jsonOf(await api('%E0%A4%A', '{}'))).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('answers malformed JSON with 400 and a JSON error result', async () => {
    for (const body of ['{', '{"mode":', 'not json', '\u0000']) {
      const res = await api('app:setup', body);
      expect(res.status, body).toBe(400);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(jsonOf(res)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const r = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/zones:create',
          method: 'POST',
          agent: false,
          headers: {
            host: `127.0.0.1:${server.port}`,
            [TOKEN_HEADER]: token,
            'content-type': 'application/json',
            'content-length': String(30 * 1024 * 1024),
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
          r.destroy();
        },
      );
      r.on('error', reject);
      r.flushHeaders();
    });
    expect(res).toBe(413);
  });

  it('limits bodies per channel: a shape channel takes 2 MB, every other channel 256 KB', async () => {
    const padded = (bytes: number) => JSON.stringify({ pad: 'x'.repeat(bytes) });
    expect((await api('app:info', padded(300 * 1024))).status).toBe(413);
    expect(jsonOf(await api('app:info', padded(300 * 1024)))).toMatchObject({
      ok: false,
      error: { code: 'too_large', details: { max: '256 KB' } },
    });
    // Within the shape channels' limit the body is read and judged by the contract instead.
    const big = await api('zones:create', padded(1024 * 1024));
    expect(big.status).toBe(200);
    expect(jsonOf(big)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses a body that is not application/json (415) and a null, array or bare JSON value (400)', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
    ]) {
      const res = await api('app:info', '{}', { 'content-type': type });
      expect(res.status, type).toBe(415);
      expect(jsonOf(res)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
    expect((await api('app:info', '{}', { 'content-type': 'application/json; charset=UTF-8' })).status).toBe(200);
    for (const body of ['null', '[]', '"a string"', '42', 'true']) {
      const res = await api('zones:create', body);
      expect(res.status, body).toBe(400);
      expect(jsonOf(res)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
    // No body at all still means "no input".
    const none = await rawRequest({
      port: server.port,
      path: '/api/app:info',
      method: 'POST',
      headers: { host: `127.0.0.1:${server.port}`, [TOKEN_HEADER]: token },
    });
    expect(none.status).toBe(200);
  });

  it('only accepts POST for channels', async () => {
    const res = await get('/api/zones:list', { [TOKEN_HEADER]: token });
    expect(res.status).toBe(405);
  });

  it('answers invalid input with a validation or bad_input result and writes nothing', async () => {
    const before = { zone: count('zone'), log: count('change_log') };
    const invalid: [string, string][] = [
      ['zones:create', JSON.stringify({ code: '', nameZh: '', nameEn: 'x', kind: 'moon', boundary: null })],
      ['zones:create', JSON.stringify({ code: 'Z9', nameZh: '区', nameEn: 'Z', kind: 'core', boundary: null, extra: 1 })],
      [
        'units:create',
        JSON.stringify({
          buildingId: 'x',
          floor: 1.5,
          label: 'A',
          areaM2: -3,
          use: 'office',
          countsTowardTarget: true,
          outOfService: false,
        }),
      ],
      ['app:setup', JSON.stringify({ mode: 'everything' })],
      ['zones:delete', JSON.stringify({ id: 42 })],
    ];
    for (const [channel, body] of invalid) {
      const res = await api(channel, body);
      expect(res.status, `${channel} ${body}`).toBe(200);
      const result = jsonOf(res) as { ok: boolean; error?: { code: string } };
      expect(result.ok, `${channel} ${body}`).toBe(false);
      expect(['validation', 'bad_input'], `${channel} ${body}`).toContain(result.error?.code);
    }
    expect({ zone: count('zone'), log: count('change_log') }).toEqual(before);
  });

  it('passes a valid call through to the real handler', async () => {
    const res = await api('app:info', '{}');
    expect(res.status).toBe(200);
    const result = jsonOf(res) as { ok: boolean; value?: { transport: string; dbPath: string } };
    expect(result).toMatchObject({ ok: true, value: { transport: 'web', dbPath: temp.session.dbPath } });
  });

  it('delivers session events over the event stream', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      let text = '';
      const r = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          method: 'GET',
          agent: false,
          headers: { host: `127.0.0.1:${server.port}`, [TOKEN_HEADER]: token },
        },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected')) temp.session.emit('data-changed', { reason: 'edit' });
            if (text.includes('event: data-changed')) {
              if (text.endsWith('\n\n')) {
                r.destroy();
                resolve(text);
              }
            }
          });
        },
      );
      r.on('error', reject);
      r.end();
    });
    expect(received).toContain('event: data-changed\ndata: {"reason":"edit"}\n\n');
  });

  it('closes with an event stream open, and later events go nowhere', async () => {
    const second = await startWebServer({ session: temp.session, dispatch: temp.raw, staticDir: temp.dir, token, port: 0 });
    const ended = await new Promise<string>((resolve, reject) => {
      let text = '';
      const r = request(
        {
          host: '127.0.0.1',
          port: second.port,
          path: '/api/events',
          agent: false,
          headers: { host: `localhost:${second.port}`, [TOKEN_HEADER]: token },
        },
        (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected')) void second.close();
          });
          res.on('end', () => resolve(text));
          res.on('error', () => resolve(text));
        },
      );
      r.on('error', reject);
      r.end();
    });
    expect(ended).toContain(': connected');
    expect(() => temp.session.emit('data-changed', { reason: 'edit' })).not.toThrow();
    expect((await get('/')).status).toBe(200);
  });
});
