// The map page as the end-to-end tests drive it: maplibre's instance (window.__parkMap under the test flag), waiting
// for `idle`, projecting a place to the canvas and reading what a layer draws.
import type { Page } from 'playwright-core';
import type { Geometry } from '../../shared/models';

const WAIT = { timeout: 60_000 };

export type Pt = [number, number];
export interface RenderedFeature {
  layer: { id: string };
  properties: Record<string, unknown>;
}
/** The part of maplibre's Map the tests use inside the page (exposed as window.__parkMap under the test flag). */
export interface PageMap {
  project(p: Pt): { x: number; y: number };
  queryRenderedFeatures(at?: Pt | [Pt, Pt] | { layers: string[] }, o?: { layers: string[] }): RenderedFeature[];
  getCanvas(): { width: number; height: number; clientWidth: number; clientHeight: number };
  getPitch(): number;
  once(event: 'idle', f: () => void): void;
  triggerRepaint(): void;
}
export interface Canvas2d {
  width: number;
  height: number;
  getContext(k: '2d'): {
    drawImage(c: unknown, x: number, y: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: number[] };
  };
}
export type PageWin = { __parkMap: PageMap; document: { createElement(t: 'canvas'): Canvas2d } };

export function centreOf(g: Geometry | null): Pt {
  const ring = ((g?.coordinates ?? [[]]) as number[][][])[0] ?? [];
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** Features loaded, then one more render and `idle`: no camera move, tile or worker job left. */
export async function mapReady(p: Page, asOf?: string): Promise<void> {
  const screen = asOf ? `[data-testid="screen-map"][data-as-of="${asOf}"] ` : '';
  await p.locator(`${screen}[data-testid="map"][data-has-data="true"][data-idle="true"]`).waitFor(WAIT);
  await p.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = (globalThis as unknown as PageWin).__parkMap;
        m.once('idle', () => resolve());
        m.triggerRepaint();
      }),
  );
}

export const projectPoint = (p: Page, at: Pt) =>
  p.evaluate((a) => {
    const q = (globalThis as unknown as PageWin).__parkMap.project(a);
    return [q.x, q.y] as Pt;
  }, at);

/** The buildings a layer draws in the current view: id and extrusion height, once each, by id. */
export const rendered = (p: Page, layer: string) =>
  p.evaluate((l) => {
    const hits = (globalThis as unknown as PageWin).__parkMap.queryRenderedFeatures({ layers: [l] });
    const byId = new Map(hits.map((h) => [String(h.properties.id), Number(h.properties.height)]));
    return [...byId].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, height]) => ({ id, height }));
  }, layer);

export const renderedAt = (p: Page, at: Pt) =>
  p.evaluate((a) => {
    const layers = ['buildings-fill', 'building-points'];
    return (globalThis as unknown as PageWin).__parkMap.queryRenderedFeatures(a, { layers })[0]?.properties ?? null;
  }, at);

export async function canvasBox(p: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await p.locator('[data-testid="map"] canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return box;
}

export async function setTestFlag(p: Page): Promise<void> {
  await p.addInitScript(() => {
    (globalThis as unknown as { __PARK_TEST__: boolean }).__PARK_TEST__ = true;
  });
}
