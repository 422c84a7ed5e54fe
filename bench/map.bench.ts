// Issue 4's map benchmark on the --large sample (2,000 footprints): from opening #/map to the map's `idle`, in
// Debian's Chromium through web mode, against a bare maplibre page drawing the same GeoJSON with the same style
// (the same pure builders, the same maplibre files, served by a tiny static server) in the same run.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { todayIso } from '../shared/dates';
import { buildSources, districtBounds } from '../renderer/map/layers/features';
import { NO_FILTERS } from '../renderer/map/layers/filters';
import { buildStyle, LOCAL_CJK_FONTS } from '../renderer/map/layers/style';
import { DEFAULT_CHROMIUM } from '../electron/main/services/report/chromium';
import { CHROMIUM_ARGS, ROOT, startWebApp } from '../test/e2e/harness';
import { round } from './measure';

const RUNS = 5;
const VIEWPORT = { width: 1400, height: 900 };
const TIMEOUT = 240_000;
/** One load that has not reached idle after this long is counted as a timeout and run again (at most RUNS times). */
const RUN_TIMEOUT = 90_000;

const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
<script src="/maplibre-gl-csp.js"></script>
<script>
maplibregl.setWorkerUrl(location.origin + '/worker.js');
fetch('/data.json').then((r) => r.json()).then((d) => {
  const map = new maplibregl.Map({ container: 'map', style: d.style, bounds: d.bounds, fitBoundsOptions: { padding: 48, maxZoom: 18 }, maxPitch: 65,
    attributionControl: false, localIdeographFontFamily: d.fonts, canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true } });
  map.on('load', () => {
    for (const [id, data] of Object.entries(d.sources)) map.getSource(id).setData(data);
    map.once('idle', () => { document.body.dataset.idle = 'true'; });
  });
});
</script></body></html>`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.floor(sorted.length / 2)] ?? 0);
}

/** The bare page, maplibre's CSP build and the worker the app's build ships, glyphs from the build, the data as JSON. */
function bareServer(data: string): Promise<Server> {
  const dist = path.join(ROOT, 'dist', 'renderer');
  const worker = readdirSync(path.join(dist, 'assets')).find((f) => f.startsWith('maplibre-gl-csp-worker'));
  if (!worker) throw new Error('dist/renderer has no maplibre worker: run npm run build:renderer first');
  const files: Record<string, [string, string]> = {
    '/maplibre-gl-csp.js': [path.join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl-csp.js'), 'text/javascript'],
    '/maplibre-gl.css': [path.join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.css'), 'text/css'],
    '/worker.js': [path.join(dist, 'assets', worker), 'text/javascript'],
  };
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
      res.end(body);
    };
    const file = files[url];
    if (url === '/') send('text/html', BARE_HTML);
    else if (url === '/data.json') send('application/json', data);
    else if (file) send(file[1], readFileSync(file[0]));
    else if (/^\/glyphs\/[\w ]+\/\d+-\d+\.pbf$/.test(url)) {
      try {
        send('application/x-protobuf', readFileSync(path.join(dist, url)));
      } catch {
        res.writeHead(404).end();
      }
    } else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** ms from navigation to the selector, or null when it did not show within RUN_TIMEOUT (counted, not hidden). */
async function timeToIdle(page: Page, url: string, selector: string): Promise<number | null> {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(url, { timeout: TIMEOUT });
  try {
    await page.locator(selector).waitFor({ state: 'attached', timeout: RUN_TIMEOUT });
  } catch {
    return null;
  }
  return performance.now() - started;
}

export async function mapBench(file: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-map-bench-'));
  const copy = path.join(dir, 'large.sqlite');
  copyFileSync(file, copy);
  const app = await startWebApp({ dbPath: copy, mode: 'none' });
  let browser: Browser | null = null;
  let server: Server | null = null;
  try {
    const asOf = todayIso();
    const features = await app.api('map:features', { asOf });
    if (!features.ok) throw new Error(features.error.message);
    const style = buildStyle({
      baseUrl: 'BASE/',
      basemap: { kind: 'none', source: '' },
      localTiles: null,
      colourMode: 'occupancy',
      threeD: false,
      filters: NO_FILTERS,
      selectedId: '',
    });
    server = await bareServer('');
    const bareOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { draw: _draw, ...sources } = { ...buildSources(features.value, 'zh-CN'), draw: null };
    const payload = JSON.stringify({
      style: { ...style, glyphs: style.glyphs?.replace('BASE/', `${bareOrigin}/`) },
      sources,
      bounds: districtBounds(features.value),
      fonts: LOCAL_CJK_FONTS,
    });
    server.close();
    server = await bareServer(payload);
    const bare = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    // No GPU watchdog: on 2 busy cores a SwiftShader frame can outlast it, and a killed GPU process never goes idle.
    browser = await chromium.launch({
      executablePath: DEFAULT_CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, '--disable-gpu-watchdog'],
    });
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(app.url); // keeps the token in sessionStorage for the loads below
    await page.locator('[data-testid="app"][data-ready="true"]').waitFor({ timeout: TIMEOUT });
    const appSelector = '[data-testid="map"][data-has-data="true"][data-idle="true"]';
    await timeToIdle(page, `${app.origin}/#/map`, appSelector); // warm-up: caches, the roll-up's first snapshot
    await timeToIdle(page, bare, 'body[data-idle="true"]');
    const appRuns: number[] = [];
    const bareRuns: number[] = [];
    let timeouts = 0;
    for (let i = 0; appRuns.length < RUNS && timeouts < RUNS; i += 1) {
      const a = await timeToIdle(page, `${app.origin}/#/map`, appSelector);
      const b = await timeToIdle(page, bare, 'body[data-idle="true"]');
      if (a === null || b === null) {
        timeouts += 1;
        console.warn(`map bench: run ${i} did not reach idle within ${RUN_TIMEOUT / 1000} s (${a === null ? 'app' : 'bare page'})`);
        continue;
      }
      appRuns.push(a);
      bareRuns.push(b);
    }
    if (appRuns.length === 0) throw new Error('map bench: no run reached idle');
    const appMs = median(appRuns);
    const bareMs = median(bareRuns);
    return {
      map_idle_ms_median: appMs,
      map_bare_idle_ms_median: bareMs,
      map_idle_ratio_vs_bare: round(appMs / bareMs),
      map_buildings: features.value.buildings.length,
      map_idle_timeouts: timeouts,
    };
  } finally {
    await browser?.close();
    server?.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
