// Bounded requests and input hygiene (issue 12, defects 3 and 10): huge shapes are refused by counting their
// corners before anything else looks at them, valid large outlines pass the O(n log n) check outside the write
// transaction, the server keeps answering while a request is refused or slow, and text and areas are sane.
import { request } from 'node:http';
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../electron/web/server';
import { MAX_RING_VERTICES, MAX_SHAPE_VERTICES } from '../../shared/validation/primitives';
import { jsonOf, rawRequest } from '../helpers/http';
import { createReadySession, type TempSession } from '../helpers/tempSession';

let t: TempSession;
let server: WebServer;
const token = 'bounded-token-0123456789';

beforeAll(async () => {
  t = await createReadySession({ setup: 'empty' });
  const staticDir = path.join(t.dir, 'www');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  server = await startWebServer({ session: t.session, dispatch: t.raw, staticDir, token, port: 0 });
});
afterAll(async () => {
  await server?.close();
  t?.cleanup();
});

const headers = () => ({ host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: token });
const zoneCount = () => (t.session.db.prepare('SELECT count(*) AS n FROM zone').get() as { n: number }).n;

/** A simple closed ring of `n` corners: a circle of radius `r` degrees around the core. */
function circle(n: number, r = 0.002, cx = 116.337, cy = 39.939): number[][] {
  const ring = Array.from({ length: n }, (_, i) => [cx + r * Math.cos((2 * Math.PI * i) / n), cy + r * Math.sin((2 * Math.PI * i) / n)]);
  return [...ring, ring[0]!];
}

const zone = (code: string, boundary: unknown) => ({ code, nameZh: `片区${code}`, nameEn: `Zone ${code}`, kind: 'cluster', boundary });

describe('shapes are bounded', () => {
  it('an 18.5 MB MultiPolygon (200 rings × 5,000 corners) is refused by the count, with the limit, and writes nothing', async () => {
    const before = zoneCount();
    const huge = { type: 'MultiPolygon', coordinates: Array.from({ length: 200 }, (_, i) => [circle(4_999, 0.001 + i * 1e-5)]) };
    const r = await t.raw('zones:create', zone('HUGE', huge));
    expect(r.ok ? 'ok' : r.error.code).toBe('validation');
    if (!r.ok)
      expect(r.error.details?.fields).toEqual([{ field: 'boundary', code: 'geometry_too_complex', params: { max: MAX_SHAPE_VERTICES } }]);
    expect(zoneCount()).toBe(before);
  });

  it('a ring over the per-ring limit is refused with that limit; one just under it, simple, is saved', async () => {
    const over = await t.raw('zones:create', zone('RING', { type: 'Polygon', coordinates: [circle(MAX_RING_VERTICES + 1)] }));
    expect(!over.ok && over.error.details?.fields).toEqual([
      { field: 'boundary', code: 'geometry_too_complex', params: { max: MAX_RING_VERTICES } },
    ]);
    const ok = await t.raw('zones:create', zone('BIG', { type: 'Polygon', coordinates: [circle(MAX_RING_VERTICES - 1)] }));
    expect(ok.ok).toBe(true);
  });

  it('rings that do not start with a position are counted all the same (no way around the limit)', async () => {
    for (const first of [0, 'x', null, {}]) {
      const ring = [first, ...Array.from({ length: MAX_RING_VERTICES + 10 }, () => [1, 1])];
      const r = await t.raw('zones:create', zone('ODD', { type: 'Polygon', coordinates: [ring] }));
      expect(!r.ok && r.error.details?.fields, JSON.stringify(first)).toEqual([
        { field: 'boundary', code: 'geometry_too_complex', params: { max: MAX_RING_VERTICES } },
      ]);
    }
    const longPositions = { type: 'Polygon', coordinates: [[Array.from({ length: 100_000 }, () => 1), [1, 1], [1, 2], [1, 1]]] };
    const r = await t.raw('zones:create', zone('LONG', longPositions));
    expect(!r.ok && r.error.details?.fields).toEqual([
      { field: 'boundary', code: 'geometry_too_complex', params: { max: MAX_SHAPE_VERTICES } },
    ]);
  });

  it('a self-crossing outline is refused at the contract with its field error', async () => {
    const ring = circle(3_000);
    ring[1_500] = [116.337 + 0.003, 39.939]; // the west-most corner pulled out past the east side, across the outline
    const r = await t.raw('zones:create', zone('CROSS', { type: 'Polygon', coordinates: [ring] }));
    expect(!r.ok && r.error.details?.fields).toEqual([{ field: 'boundary', code: 'geometry_self_intersecting' }]);
  });
});

describe('the server keeps answering', () => {
  it('while a 18.5 MB request is refused at its declared length', async () => {
    const refused = new Promise<number>((resolve, reject) => {
      const r = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/zones:create',
          method: 'POST',
          agent: false,
          headers: { ...headers(), 'content-length': String(18_500_000) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          r.destroy();
        },
      );
      r.on('error', reject);
      r.write('{"code":"X","boundary":{"type":"MultiPolygon","coordinates":[');
    });
    const info = await rawRequest({ port: server.port, path: '/api/app:info', method: 'POST', headers: headers(), body: '{}' });
    expect(info.status).toBe(200);
    expect(await refused).toBe(413);
  });

  it('while a slow client is still sending its body', async () => {
    const slow = request({
      host: '127.0.0.1',
      port: server.port,
      path: '/api/tenants:create',
      method: 'POST',
      agent: false,
      headers: { ...headers(), 'content-length': '200' },
    });
    slow.on('error', () => undefined);
    slow.write('{"nameZh":"慢');
    const info = await rawRequest({ port: server.port, path: '/api/app:info', method: 'POST', headers: headers(), body: '{}' });
    expect(jsonOf(info)).toMatchObject({ ok: true });
    slow.destroy();
  });
});

describe('input hygiene', () => {
  const unit = async () => {
    const b = await t.call('buildings:create', {
      zoneId: (await t.call('zones:list', {})).rows[0]!.id,
      parkId: null,
      nameZh: '测试楼',
      nameEn: 'Test',
      address: '',
      isThemeBuilding: false,
      footprint: null,
      floorsAbove: 3,
      floorsBelow: 0,
      grossFloorAreaM2: null,
      declaredRentableM2: null,
      deliveryDate: null,
      status: 'planned',
    });
    return (area: number, label = 'U1') =>
      t.raw('units:create', {
        buildingId: b.id,
        floor: 1,
        label,
        areaM2: area,
        use: 'office',
        countsTowardTarget: true,
        outOfService: false,
      });
  };

  it('control characters in text are refused by field; ordinary Chinese and spaces pass', async () => {
    for (const name of ['企业\u0000名', 'Tab\there', 'line\nbreak', 'esc\u001b', 'del\u007f']) {
      const r = await t.raw('tenants:create', { nameZh: name, nameEn: '', uscc: '', category: 'fintech', enteredDistrictOn: null });
      expect(!r.ok && r.error.details?.fields, JSON.stringify(name)).toEqual([{ field: 'nameZh', code: 'control_characters' }]);
    }
    const fine = await t.raw('tenants:create', {
      nameZh: '北京 金融科技有限公司',
      nameEn: 'Beijing Fintech Co.',
      uscc: '',
      category: 'fintech',
      enteredDistrictOn: null,
    });
    expect(fine.ok).toBe(true);
  });

  it('areas below 0.01 m² (5e-324 among them) are refused with the minimum; 0.01 m² is accepted', async () => {
    const make = await unit();
    for (const area of [5e-324, 0.001, 0.0099]) {
      const r = await make(area);
      expect(!r.ok && r.error.details?.fields, String(area)).toEqual([{ field: 'areaM2', code: 'too_small', params: { min: 0.01 } }]);
    }
    expect((await make(0.01)).ok).toBe(true);
  });

  it('a null input is malformed, not "no input"', async () => {
    const r = await t.raw('app:setup', null);
    expect(r.ok ? 'ok' : r.error.code).toBe('bad_input');
  });
});
