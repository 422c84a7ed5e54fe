// The map in Debian's Chromium through web mode (WebGL2 on SwiftShader): the sample district reaches `idle`;
// the three zones show their own colours (read from the canvas' pixels inside each zone); a click on a
// footprint opens that building; the as-of date recolours a building delivered in between; a drawn footprint is
// saved, survives a reload and is undone by the header's undo; a self-intersecting one is refused with its
// message; a PNG is saved; and nothing is requested outside the app's origin.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_MESSAGES } from '../../shared/messages';
import type { MapBuilding, MapFeatures } from '../../shared/map-views';
import { geodesicArea } from '../../shared/geo';
import { FLOOR_HEIGHT_M, zoneColor } from '../../renderer/map/layers/colors';
import { zoneOrder } from '../../renderer/map/layers/features';
import { loadFresh, openBrowser, startWebApp, type BrowserSession, type PageGlobals, type WebApp } from './harness';
import {
  canvasBox,
  centreOf,
  mapReady,
  projectPoint,
  rendered,
  renderedAt,
  setTestFlag,
  type Canvas2d,
  type PageWin,
  type Pt,
} from './map-page';

const WAIT = { timeout: 60_000 };
const EARLY = '2021-06-30';
const LATE = '2025-12-31';

type Rgb = [number, number, number];

/** The colour the map canvas holds at a CSS pixel (the drawing buffer is preserved). */
const pixelAt = (p: Page, at: Pt) =>
  p.evaluate((a) => {
    const w = globalThis as unknown as PageWin;
    const src = w.__parkMap.getCanvas();
    const ratio = src.width / src.clientWidth;
    const copy = w.document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(src, 0, 0);
    const d = ctx.getImageData(Math.round(a[0] * ratio), Math.round(a[1] * ratio), 1, 1).data;
    return [d[0], d[1], d[2]] as Rgb;
  }, at);

/** For each zone, a point where only its fill is drawn (no park, building, outline or label within 6 px). */
const zonePoints = (p: Page) =>
  p.evaluate(() => {
    const m = (globalThis as unknown as PageWin).__parkMap;
    const c = m.getCanvas();
    const out: Record<string, Pt> = {};
    for (let y = 20; y < c.clientHeight - 20; y += 10) {
      for (let x = 20; x < c.clientWidth - 20; x += 10) {
        const hits = m.queryRenderedFeatures([
          [x - 6, y - 6],
          [x + 6, y + 6],
        ]);
        const only = hits.length > 0 && hits.every((h) => h.layer.id === 'zones-fill' && h.properties.id === hits[0]?.properties.id);
        const id = String(hits[0]?.properties.id ?? '');
        if (only && !out[id]) out[id] = [x, y];
      }
    }
    return out;
  });

/** A 256 × 256 PNG of one colour, drawn by the page's own canvas. */
async function solidPng(rgb: Rgb): Promise<Buffer> {
  const url = await page.evaluate((c) => {
    const canvas = (
      globalThis as unknown as { document: { createElement(t: 'canvas'): Canvas2d & { toDataURL(t: string): string } } }
    ).document.createElement('canvas');
    canvas.width = 256;
    canvas.height = 256;
    const ctx = canvas.getContext('2d') as unknown as { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
    ctx.fillStyle = `rgb(${c.join(',')})`;
    ctx.fillRect(0, 0, 256, 256);
    return canvas.toDataURL('image/png');
  }, rgb);
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

/** A PMTiles v3 archive holding one raster tile at z0 (no compression). */
async function onePmtiles(rgb: Rgb): Promise<Buffer> {
  const tile = await solidPng(rgb);
  const varint = (n: number) => {
    const out: number[] = [];
    for (let v = n; ; v = Math.floor(v / 128)) {
      if (v < 128) return [...out, v];
      out.push((v % 128) | 128);
    }
  };
  const dir = Buffer.from([...varint(1), ...varint(0), ...varint(1), ...varint(tile.length), ...varint(1)]);
  const meta = Buffer.from('{}');
  const h = Buffer.alloc(127);
  h.write('PMTiles', 0, 'ascii');
  h.writeUInt8(3, 7);
  const u64 = (offset: number, v: number) => h.writeBigUInt64LE(BigInt(v), offset);
  u64(8, 127);
  u64(16, dir.length);
  u64(24, 127 + dir.length);
  u64(32, meta.length);
  u64(40, 0);
  u64(48, 0);
  u64(56, 127 + dir.length + meta.length);
  u64(64, tile.length);
  u64(72, 1);
  u64(80, 1);
  u64(88, 1);
  h.set([1, 1, 1, 2, 0, 0], 96); // clustered, internal + tile compression none, PNG, zooms 0–0
  h.writeInt32LE(-1_800_000_000, 102);
  h.writeInt32LE(-850_000_000, 106);
  h.writeInt32LE(1_800_000_000, 110);
  h.writeInt32LE(850_000_000, 114);
  return Buffer.concat([h, dir, meta, tile]);
}

let app: WebApp;
let browser: BrowserSession;
let page: Page;
let features: MapFeatures;

beforeAll(async () => {
  app = await startWebApp({ mode: 'sample' });
  browser = await openBrowser(app);
  page = browser.page;
  await setTestFlag(page);
  const r = await app.api('map:features', { asOf: LATE });
  if (!r.ok) throw new Error(r.error.message);
  features = r.value;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

async function openMap(locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<void> {
  await loadFresh(page, app.url);
  await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
  await byTestId('language-switch').selectOption(locale);
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/map';
  });
  await mapReady(page);
}

async function setAsOf(date: string): Promise<void> {
  await byTestId('map-as-of').fill(date);
  await mapReady(page, date);
}

function distance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

/** A zone colour at 35% over the background, as the zones-fill layer paints it. */
function expectedZonePixel(hex: string): Rgb {
  const bg: Rgb = [0xf4, 0xf3, 0xef];
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return bg.map((b, i) => Math.round(b * 0.65 + (c[i] ?? 0) * 0.35)) as Rgb;
}

/** A building delivered between the two dates, with a footprint. */
function deliveredBetween(): MapBuilding {
  const b = features.buildings.find(
    (x) => x.footprint && x.deliveryDate && x.deliveryDate > EARLY && x.deliveryDate <= LATE && x.status === 'operational',
  );
  if (!b) throw new Error('no building delivered between the dates in the sample');
  return b;
}

async function searchTo(name: string): Promise<void> {
  await byTestId('map-search').fill(name);
  await byTestId('map-search').press('Enter');
  await page.waitForTimeout(1200); // the fit animation
  await mapReady(page);
}

describe('map end to end', () => {
  it('reaches idle on the sample district and shows the three zones in their own colours', async () => {
    await openMap('zh-CN');
    // The harness's SwiftShader flags give headless Chromium WebGL2.
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).document.createElement('canvas').getContext('webgl2') !== null),
    ).toBe(true);
    await byTestId('map-colour-status').click();
    await mapReady(page);
    const points = await zonePoints(page);
    const order = zoneOrder(features);
    expect(Object.keys(points).sort()).toEqual(features.zones.map((z) => z.id).sort());
    const seen: Rgb[] = [];
    for (const zone of features.zones) {
      const p = points[zone.id];
      expect(p, zone.code).toBeTruthy();
      const rgb = await pixelAt(page, p as [number, number]);
      const want = expectedZonePixel(zoneColor(order.get(zone.id) ?? 0));
      expect(distance(rgb, want), `${zone.code} ${rgb.join(',')} vs ${want.join(',')}`).toBeLessThanOrEqual(14);
      seen.push(rgb);
    }
    for (let i = 0; i < seen.length; i += 1) {
      for (let j = i + 1; j < seen.length; j += 1) expect(distance(seen[i] as Rgb, seen[j] as Rgb)).toBeGreaterThan(30);
    }
    await browser.screenshot('map');
  });

  it('opens the clicked building’s panel', async () => {
    const b = deliveredBetween();
    await searchTo(b.name.zh);
    await byTestId('map-panel-close').click();
    const at = await projectPoint(page, centreOf(b.footprint));
    const box = await canvasBox(page);
    await page.mouse.move(box.x + at[0], box.y + at[1]);
    await expect.poll(() => byTestId('map-hover').innerText(), WAIT).toContain(b.name.zh);
    await page.mouse.click(box.x + at[0], box.y + at[1]);
    await expect.poll(() => byTestId('map-panel').getAttribute('data-id'), WAIT).toBe(b.id);
    expect(await byTestId('map-panel-title').innerText()).toBe(b.name.zh);
    expect(await byTestId('map-panel-stacking').getAttribute('href')).toBe(`#/dashboard/stacking/${b.id}`);
    expect(await byTestId('map-panel-record').getAttribute('href')).toBe(`#/inventory/buildings/${b.id}`);
  });

  it('recolours a building delivered between two as-of dates', async () => {
    const b = deliveredBetween();
    const at = await projectPoint(page, centreOf(b.footprint));
    await setAsOf(EARLY);
    const before = await pixelAt(page, at);
    expect((await renderedAt(page, at))?.statusClass).toBe('pipeline');
    await setAsOf(LATE);
    const after = await pixelAt(page, at);
    expect((await renderedAt(page, at))?.statusClass).toBe('operational');
    expect(distance(before, after)).toBeGreaterThan(40);
  });

  it('extrudes buildings in 3D', async () => {
    const park = features.parks.find((p) => p.boundary && features.buildings.some((b) => b.parkId === p.id && b.footprint));
    if (!park) throw new Error('no park with footprints in the sample');
    const inPark = features.buildings.filter((b) => b.parkId === park.id && b.footprint);
    await searchTo(park.name.zh); // a park fills the view, so the extrusions are large enough to see
    expect(await rendered(page, 'buildings-extrusion')).toEqual([]);
    await byTestId('map-3d').click();
    await page.waitForTimeout(1000);
    await mapReady(page);
    expect(await page.evaluate(() => (globalThis as unknown as PageWin).__parkMap.getPitch())).toBeCloseTo(55, 3);
    // Every building of the park stands as an extrusion as tall as its floors, and none lies flat.
    const tall = await rendered(page, 'buildings-extrusion');
    expect(tall.map((f) => f.id)).toEqual(expect.arrayContaining(inPark.map((b) => b.id)));
    for (const f of tall) {
      const b = features.buildings.find((x) => x.id === f.id);
      expect(f.height, f.id).toBe(Math.max(1, b?.floorsAbove ?? 0) * FLOOR_HEIGHT_M);
    }
    expect(await rendered(page, 'buildings-fill')).toEqual([]);
    await browser.screenshot('map-3d');
    await byTestId('map-3d').click();
    await page.waitForTimeout(1000);
    await mapReady(page);
    expect(await rendered(page, 'buildings-extrusion')).toEqual([]);
    expect((await rendered(page, 'buildings-fill')).map((f) => f.id)).toEqual(expect.arrayContaining(inPark.map((b) => b.id)));
  });

  it('saves a drawn footprint through the update channel; it survives a reload and undo restores the old one', async () => {
    const b = deliveredBetween();
    const beforeRow = await app.api('buildings:get', { id: b.id });
    if (!beforeRow.ok) throw new Error(beforeRow.error.message);
    await searchTo(b.name.zh);
    await byTestId('map-edit-shape').click();
    await byTestId('map-draw-restart').click();
    const box = await canvasBox(page);
    const c = [box.x + box.width / 2, box.y + box.height / 2];
    for (const [dx, dy] of [
      [-60, -40],
      [60, -45],
      [70, 40],
      [-55, 45],
    ])
      await page.mouse.click((c[0] ?? 0) + (dx ?? 0), (c[1] ?? 0) + (dy ?? 0));
    await browser.screenshot('map-draw');
    await page.keyboard.press('Enter');
    await expect.poll(() => byTestId('map-draw-panel').getAttribute('data-closed'), WAIT).toBe('true');
    await expect.poll(() => byTestId('map-draw-area').innerText(), WAIT).toMatch(/平方米/);
    // Drag the first point outwards: the shape grows.
    const areaBefore = await byTestId('map-draw-area').innerText();
    await page.mouse.move((c[0] ?? 0) - 60, (c[1] ?? 0) - 40);
    await page.mouse.down();
    await page.mouse.move((c[0] ?? 0) - 100, (c[1] ?? 0) - 80, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => byTestId('map-draw-area').innerText(), WAIT).not.toBe(areaBefore);
    await byTestId('map-draw-save').click();
    await byTestId('map-draw-panel').waitFor({ state: 'detached', ...WAIT });
    const saved = await app.api('buildings:get', { id: b.id });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.version).toBe(beforeRow.value.version + 1);
    const ring = saved.value.footprint?.coordinates[0] as number[][];
    expect(ring).toHaveLength(5);
    const area = geodesicArea(saved.value.footprint!);
    expect(area).toBeGreaterThan(10);

    await page.reload();
    await mapReady(page);
    const again = await app.api('buildings:get', { id: b.id });
    expect(again.ok && again.value.footprint).toEqual(saved.value.footprint);
    const shown = await projectPoint(page, centreOf(saved.value.footprint));
    expect((await renderedAt(page, shown))?.id).toBe(b.id);

    await byTestId('undo').click();
    await expect
      .poll(async () => {
        const r = await app.api('buildings:get', { id: b.id });
        return r.ok ? JSON.stringify(r.value.footprint) : '';
      }, WAIT)
      .toBe(JSON.stringify(beforeRow.value.footprint));
  });

  it('refuses a self-intersecting footprint with its message and saves nothing', async () => {
    const b = deliveredBetween();
    const before = await app.api('buildings:get', { id: b.id });
    if (!before.ok) throw new Error(before.error.message);
    await searchTo(b.name.zh);
    await byTestId('map-edit-shape').click();
    await byTestId('map-draw-restart').click();
    const box = await canvasBox(page);
    const c = [box.x + box.width / 2, box.y + box.height / 2] as const;
    // A bow tie: the second and fourth edges cross.
    for (const [dx, dy] of [
      [-60, -50],
      [60, 50],
      [60, -50],
      [-60, 50],
    ] as const)
      await page.mouse.click(c[0] + dx, c[1] + dy);
    await page.mouse.dblclick(c[0] - 60, c[1] + 50);
    await expect.poll(() => byTestId('map-draw-panel').getAttribute('data-closed'), WAIT).toBe('true');
    await byTestId('map-draw-save').click();
    await expect.poll(() => byTestId('map-draw-error').innerText(), WAIT).toBe(FIELD_MESSAGES.geometry_self_intersecting['zh-CN']);
    const after = await app.api('buildings:get', { id: b.id });
    expect(after.ok && after.value.version).toBe(before.value.version);
    await page.keyboard.press('Escape');
    await byTestId('map-draw-panel').waitFor({ state: 'detached', ...WAIT });
  });

  it('saves the view as a PNG', async () => {
    const download = page.waitForEvent('download', WAIT);
    await byTestId('map-png').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^park-map-\d{4}-\d{2}-\d{2}\.png$/);
  });

  it('labels the map in English', async () => {
    await openMap('en');
    await byTestId('map-fit-district').click();
    await page.waitForTimeout(800);
    await mapReady(page);
    const names = await page.evaluate(() => {
      const m = (
        globalThis as unknown as { __parkMap: { queryRenderedFeatures(o: { layers: string[] }): { properties: { name: string } }[] } }
      ).__parkMap;
      return m.queryRenderedFeatures({ layers: ['zone-labels'] }).map((f) => f.properties.name);
    });
    expect(names.sort()).toEqual(features.zones.map((z) => z.name.en).sort());
    expect(await byTestId('map-legend').innerText()).toMatch(/Occupancy|Delivered/);
    await browser.screenshot('map-en');
  });

  it('never requested anything outside the app’s origin', () => {
    expect(browser.foreignRequests).toEqual([]);
  });

  it('remembers an online basemap per database, and then asks only its tile host', async () => {
    const template = 'https://tiles.example.org/{z}/{x}/{y}.png';
    await byTestId('map-basemap').click();
    await byTestId('basemap-raster-url').check();
    await byTestId('basemap-url').fill('http://tiles.example.org/{z}/{x}/{y}.png');
    await byTestId('basemap-save').click();
    await byTestId('basemap-error').waitFor(WAIT);
    await byTestId('basemap-url').fill(template);
    try {
      // A new online origin changes the page's CSP, so the app reloads itself; wait for that load, not race it.
      const reloaded = page.waitForEvent('load', WAIT);
      await byTestId('basemap-save').click();
      await reloaded;
      expect(await app.api('settings:basemap-get', {})).toEqual({ ok: true, value: { kind: 'raster-url', source: template } });
      await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
      await page.reload();
      await expect.poll(() => browser.foreignRequests.length, WAIT).toBeGreaterThan(0);
      expect(browser.foreignRequests.every((u) => /^(csp-blocked )?https:\/\/tiles\.example\.org\/\d+\/\d+\/\d+\.png$/.test(u))).toBe(true);
    } finally {
      await app.api('settings:basemap-set', { kind: 'none', source: '' });
    }
  });

  it('draws a local PMTiles file under the zones, read in the page without any request', async () => {
    await openMap('en');
    const foreignBefore = browser.foreignRequests.length;
    const blank = await pixelAt(page, [30, 30]);
    await byTestId('map-basemap').click();
    await byTestId('basemap-pmtiles').check();
    await byTestId('basemap-file').setInputFiles({
      name: 'basemap.pmtiles',
      mimeType: 'application/octet-stream',
      buffer: await onePmtiles([30, 90, 200]),
    });
    await byTestId('basemap-save').click();
    await byTestId('basemap-dialog').waitFor({ state: 'detached', ...WAIT });
    expect(await app.api('settings:basemap-get', {})).toEqual({ ok: true, value: { kind: 'pmtiles', source: '' } });
    await expect
      .poll(async () => {
        await mapReady(page);
        return distance(await pixelAt(page, [30, 30]), [30, 90, 200]);
      }, WAIT)
      .toBeLessThanOrEqual(6);
    expect(distance(blank, [30, 90, 200])).toBeGreaterThan(100);
    expect(browser.foreignRequests.length).toBe(foreignBefore);
    await app.api('settings:basemap-set', { kind: 'none', source: '' });
  });

  it('remembers a PMTiles file given by its path, served by the app itself, across a reload', async () => {
    const file = path.join(path.dirname(app.dbPath), 'district.pmtiles');
    writeFileSync(file, await onePmtiles([200, 60, 40]));
    await openMap('en');
    const foreignBefore = browser.foreignRequests.length;
    await byTestId('map-basemap').click();
    await byTestId('basemap-pmtiles').check();
    await byTestId('basemap-path').fill(file);
    await byTestId('basemap-save').click();
    await byTestId('basemap-dialog').waitFor({ state: 'detached', ...WAIT });
    expect(await app.api('settings:basemap-get', {})).toEqual({ ok: true, value: { kind: 'pmtiles', source: file } });
    const drawn = async () => {
      await mapReady(page);
      return distance(await pixelAt(page, [30, 30]), [200, 60, 40]);
    };
    await expect.poll(drawn, WAIT).toBeLessThanOrEqual(6);
    await page.reload();
    await expect.poll(drawn, WAIT).toBeLessThanOrEqual(6);
    expect(browser.foreignRequests.length).toBe(foreignBefore);
    await app.api('settings:basemap-set', { kind: 'none', source: '' });
  });
});
