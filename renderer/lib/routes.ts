// Hash routes: #/dashboard[/stacking/<buildingId>], #/map[/buildings/<id>[/draw]], #/inventory/<tab>[/<id>[/edit | /floors/<n> |
// /generate]] | /<tab>/new[?k=v],
// #/survey[?file=<package>] (survey mode: recording; office: prepare, and merge the package named).
// #/pipeline[/board | /list | /flow][/deals/<id> | /prospects/<id>].
// Pure: no DOM, so the parser is unit-tested and shared by the stores and the links.
import { PLURALS } from '../../shared/contract';
import type { Period } from '../../shared/accounting/period';
import { PERIODS } from '../../shared/accounting/period';
import { isIsoDate } from '../../shared/dates';
import type { EntityName } from '../../shared/enums';
import { reportHashOf, type ReportParams } from '../../shared/report';

export type Tab = (typeof PLURALS)[EntityName];
export const TABS: readonly Tab[] = ['zones', 'parks', 'buildings', 'units', 'tenants', 'leases', 'targets', 'returns', 'prospects'];

/** The attraction screen's views, and what its side panel shows. */
export const PIPELINE_VIEWS = ['board', 'list', 'flow'] as const;
export type PipelineView = (typeof PIPELINE_VIEWS)[number];
export type PipelineOpen = { kind: 'deal'; id: string } | { kind: 'prospect'; id: string };

export type InventoryView =
  | { kind: 'list' }
  | { kind: 'new'; prefill: Record<string, string> }
  | { kind: 'detail'; id: string }
  | { kind: 'edit'; id: string }
  | { kind: 'floor'; id: string; floor: number }
  /** A building's floors and units in one step. */
  | { kind: 'generate'; id: string };

export type Route =
  /** `stacking`: the stacking plan of that building, opened over the dashboard. */
  | { screen: 'dashboard'; stacking?: string }
  /** `building`: show that building (where it is, or where it would be without an outline); `draw`: start its outline. */
  | { screen: 'map'; building?: string; draw?: boolean }
  /** `file`: a package to merge (office), opened in the merge view. */
  | { screen: 'survey'; file?: string }
  | { screen: 'inventory'; tab: Tab; view: InventoryView }
  | { screen: 'pipeline'; view: PipelineView; open?: PipelineOpen }
  /** The monthly report, printable (issue 9): no app chrome; without `asOf` the dashboard's date. */
  | { screen: 'report'; report: ReportRoute };

export type ReportRoute = ReportParams;

function reportRoute(params: Record<string, string>): ReportRoute {
  const r: ReportRoute = { period: (PERIODS as readonly string[]).includes(params.period ?? '') ? (params.period as Period) : 'month' };
  if (params.asOf && isIsoDate(params.asOf)) r.asOf = params.asOf;
  if (params.lang === 'zh-CN' || params.lang === 'en') r.lang = params.lang;
  if (params.zone && /^[\w-]{1,32}$/.test(params.zone)) r.zone = params.zone;
  return r;
}

export const DEFAULT_ROUTE: Route = { screen: 'inventory', tab: 'buildings', view: { kind: 'list' } };

const ENTITY_OF_TAB = Object.fromEntries(Object.entries(PLURALS).map(([e, p]) => [p, e])) as Record<Tab, EntityName>;

export function entityOfTab(tab: Tab): EntityName {
  return ENTITY_OF_TAB[tab];
}

export function tabOfEntity(entity: EntityName): Tab {
  return PLURALS[entity];
}

export function isTab(value: string): value is Tab {
  return (TABS as readonly string[]).includes(value);
}

function parseQuery(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
    out[key] = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1));
  }
  return out;
}

/** Parse `location.hash` (with or without the leading '#'); unknown routes fall back to the default. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = q < 0 ? {} : parseQuery(raw.slice(q + 1));
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  const [screen, tab, id, sub, arg] = parts;
  if (screen === 'dashboard' && parts.length === 1) return { screen: 'dashboard' };
  if (screen === 'dashboard' && tab === 'stacking' && id && parts.length === 3) return { screen: 'dashboard', stacking: id };
  if (screen === 'map' && parts.length === 1) return { screen: 'map' };
  if (screen === 'report' && parts.length === 1) return { screen: 'report', report: reportRoute(params) };
  if (screen === 'map' && tab === 'buildings' && id && (parts.length === 3 || (parts.length === 4 && sub === 'draw'))) {
    return sub === 'draw' ? { screen: 'map', building: id, draw: true } : { screen: 'map', building: id };
  }
  if (screen === 'survey' && parts.length === 1) return params.file ? { screen: 'survey', file: params.file } : { screen: 'survey' };
  if (screen === 'pipeline') return parsePipeline(parts.slice(1));
  if (screen !== 'inventory') return DEFAULT_ROUTE;
  if (tab === undefined) return DEFAULT_ROUTE;
  if (!isTab(tab)) return DEFAULT_ROUTE;
  if (id === undefined) return { screen, tab, view: { kind: 'list' } };
  if (id === 'new' && sub === undefined) return { screen, tab, view: { kind: 'new', prefill: params } };
  if (sub === undefined) return { screen, tab, view: { kind: 'detail', id } };
  if (sub === 'edit' && arg === undefined) return { screen, tab, view: { kind: 'edit', id } };
  if (sub === 'generate' && arg === undefined && tab === 'buildings') return { screen, tab, view: { kind: 'generate', id } };
  if (sub === 'floors' && arg !== undefined && /^-?\d+$/.test(arg) && parts.length === 5) {
    return { screen, tab, view: { kind: 'floor', id, floor: Number(arg) } };
  }
  return { screen, tab, view: { kind: 'list' } };
}

function parsePipeline(parts: string[]): Route {
  const [view, kind, id] = parts;
  if (view === undefined) return { screen: 'pipeline', view: 'board' };
  if (!(PIPELINE_VIEWS as readonly string[]).includes(view)) return { screen: 'pipeline', view: 'board' };
  const v = view as PipelineView;
  if (parts.length === 3 && id && (kind === 'deals' || kind === 'prospects')) {
    return { screen: 'pipeline', view: v, open: { kind: kind === 'deals' ? 'deal' : 'prospect', id } };
  }
  return { screen: 'pipeline', view: v };
}

/** The hash for a route, always starting with '#/'. parseHash(formatHash(r)) equals r. */
export function formatHash(route: Route): string {
  if (route.screen === 'pipeline') {
    const open = route.open ? `/${route.open.kind === 'deal' ? 'deals' : 'prospects'}/${encodeURIComponent(route.open.id)}` : '';
    return `#/pipeline/${route.view}${open}`;
  }
  if (route.screen === 'dashboard' && route.stacking) return `#/dashboard/stacking/${encodeURIComponent(route.stacking)}`;
  if (route.screen === 'map' && route.building) return `#/map/buildings/${encodeURIComponent(route.building)}${route.draw ? '/draw' : ''}`;
  if (route.screen === 'survey' && route.file) return `#/survey?file=${encodeURIComponent(route.file)}`;
  if (route.screen === 'report') return reportHashOf(route.report);
  if (route.screen !== 'inventory') return `#/${route.screen}`;
  const base = `#/inventory/${route.tab}`;
  const v = route.view;
  switch (v.kind) {
    case 'list':
      return base;
    case 'new': {
      const query = Object.entries(v.prefill)
        .map(([k, val]) => `${encodeURIComponent(k)}=${encodeURIComponent(val)}`)
        .join('&');
      return `${base}/new${query ? `?${query}` : ''}`;
    }
    case 'detail':
      return `${base}/${encodeURIComponent(v.id)}`;
    case 'edit':
      return `${base}/${encodeURIComponent(v.id)}/edit`;
    case 'floor':
      return `${base}/${encodeURIComponent(v.id)}/floors/${v.floor}`;
    case 'generate':
      return `${base}/${encodeURIComponent(v.id)}/generate`;
  }
}

/** Shorthands used by links. */
export const routes = {
  list: (tab: Tab): Route => ({ screen: 'inventory', tab, view: { kind: 'list' } }),
  detail: (tab: Tab, id: string): Route => ({ screen: 'inventory', tab, view: { kind: 'detail', id } }),
  edit: (tab: Tab, id: string): Route => ({ screen: 'inventory', tab, view: { kind: 'edit', id } }),
  create: (tab: Tab, prefill: Record<string, string> = {}): Route => ({ screen: 'inventory', tab, view: { kind: 'new', prefill } }),
  floor: (buildingId: string, floor: number): Route => ({
    screen: 'inventory',
    tab: 'buildings',
    view: { kind: 'floor', id: buildingId, floor },
  }),
  stacking: (buildingId: string): Route => ({ screen: 'dashboard', stacking: buildingId }),
  onMap: (buildingId: string, draw = false): Route =>
    draw ? { screen: 'map', building: buildingId, draw: true } : { screen: 'map', building: buildingId },
  generate: (buildingId: string): Route => ({ screen: 'inventory', tab: 'buildings', view: { kind: 'generate', id: buildingId } }),
  survey: (file?: string): Route => (file ? { screen: 'survey', file } : { screen: 'survey' }),
  pipeline: (view: PipelineView = 'board', open?: PipelineOpen): Route =>
    open ? { screen: 'pipeline', view, open } : { screen: 'pipeline', view },
  report: (report: ReportRoute): Route => ({ screen: 'report', report }),
};

/** The token a web-mode URL carries on first load (`#token=<token>`), or null. */
export function tokenFromHash(hash: string): string | null {
  const m = /^#?token=([A-Za-z0-9_-]+)/.exec(hash);
  return m ? (m[1] ?? null) : null;
}
