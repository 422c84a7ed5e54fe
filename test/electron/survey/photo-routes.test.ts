// Serving survey photos to the renderer: web mode's token-protected GET /api/photos/<sha256> and Electron's
// app://park/photos/<sha256>, from the package in survey mode and from the office's store after a merge. Only a
// well-formed hash of content the open file knows is answered; every answer carries nosniff and the CSP.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../../electron/web/server';
import { serveAppRequest } from '../../../electron/main/window';
import { readPhoto } from '../../../electron/main/services/survey/photos';
import { rawRequest } from '../../helpers/http';
import type { TempSession } from '../../helpers/tempSession';
import { officeAndPackage, openSurvey } from './fixture';

vi.mock('electron', () => import('../shell/electron-fake'));

const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const sha = createHash('sha256').update(png).digest('hex');
const token = 'photo-token-0123456789abcdef';
let office: TempSession;
let survey: TempSession;
let file: string;

beforeAll(async () => {
  ({ office, file } = await officeAndPackage());
  survey = openSurvey(file);
  const info = await survey.call('survey:info', {});
  const unit = (await survey.call('survey:building', { buildingId: info.buildings[0]!.buildingId })).units[0]!;
  await survey.call('survey:photo-add', {
    entity: 'unit',
    id: unit.id,
    name: 'x.png',
    mime: 'image/png',
    dataBase64: png.toString('base64'),
    thumbBase64: Buffer.from('small').toString('base64'),
  });
});
afterAll(() => {
  survey.cleanup();
  office.cleanup();
});

async function withServer(t: TempSession, work: (server: WebServer) => Promise<void>): Promise<void> {
  const staticDir = path.join(t.dir, 'www');
  mkdirSync(staticDir, { recursive: true });
  const server = await startWebServer({ session: t.session, dispatch: t.raw, staticDir, token });
  try {
    await work(server);
  } finally {
    await server.close();
  }
}

const get = (server: WebServer, p: string, headers: Record<string, string> = {}) =>
  rawRequest({ port: server.port, path: p, headers: { host: `127.0.0.1:${server.port}`, [TOKEN_HEADER]: token, ...headers } });

describe('photo routes', () => {
  it('web mode, survey mode: the package’s photo with the token, its downscaled copy, nothing without the token', async () => {
    await withServer(survey, async (server) => {
      const ok = await get(server, `/api/photos/${sha}`);
      expect([ok.status, ok.headers['content-type'], ok.headers['x-content-type-options'], ok.headers['content-length']]).toEqual([
        200,
        'image/png',
        'nosniff',
        String(png.length),
      ]);
      expect(ok.headers['content-security-policy']).toContain("default-src 'self'");
      expect((await get(server, `/api/photos/${sha}?thumb=1`)).body).toBe('small');
      expect((await get(server, `/api/photos/${sha}`, { [TOKEN_HEADER]: 'wrong' })).status).toBe(403);
      for (const bad of [
        `/api/photos/${'0'.repeat(64)}`,
        '/api/photos/../../etc/passwd',
        `/api/photos/${sha.toUpperCase()}`,
        '/api/photos/',
      ]) {
        expect((await get(server, bad)).status, bad).toBe(404);
      }
    });
  });

  it('office: only after the merge, from the store beside the database', async () => {
    expect(readPhoto(office.session, sha)).toBeNull();
    survey.session.close();
    await office.call('survey:apply', { file });
    await withServer(office, async (server) => {
      const ok = await get(server, `/api/photos/${sha}`);
      expect([ok.status, ok.headers['content-type']]).toEqual([200, 'image/png']);
    });
    survey = openSurvey(file);
  });

  it('Electron: app://park/photos/<sha256> through the same reader, with the policy', async () => {
    const root = path.join(office.dir, 'www');
    const source = (h: string, thumb: boolean) => readPhoto(office.session, h, thumb);
    const res = await serveAppRequest(root, { url: `app://park/photos/${sha}`, method: 'GET' }, () => 'policy-p', undefined, source);
    expect([
      res.status,
      res.headers.get('content-type'),
      res.headers.get('content-security-policy'),
      Buffer.from(await res.arrayBuffer()).equals(png),
    ]).toEqual([200, 'image/png', 'policy-p', true]);
    expect(
      (await serveAppRequest(root, { url: `app://park/photos/${'1'.repeat(64)}`, method: 'GET' }, undefined, undefined, source)).status,
    ).toBe(404);
    expect((await serveAppRequest(root, { url: 'app://evil/photos/' + sha, method: 'GET' }, undefined, undefined, source)).status).toBe(
      404,
    );
  });
});
