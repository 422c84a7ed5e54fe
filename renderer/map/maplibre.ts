// maplibre's CSP build, with its worker loaded from the app's own files (a hashed asset Vite copies): no blob:
// worker, nothing fetched from elsewhere. Named imports only: the package has no default export.
import { addProtocol, Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl/dist/maplibre-gl-csp.js';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

export { addProtocol, MaplibreMap };
export type { GeoJSONSource } from 'maplibre-gl';

/** The folder the app is served from (ends with '/'): app://park/ in Electron, http://127.0.0.1:port/ in web mode. */
export function appBaseUrl(): string {
  return new URL('.', document.baseURI).href;
}

/** Tests set `window.__PARK_TEST__ = true` before the app loads; then the map is reachable as `window.__parkMap`. */
export function exposeForTests(map: MaplibreMap | null): void {
  const w = window as unknown as { __PARK_TEST__?: boolean; __parkMap?: MaplibreMap | null };
  if (w.__PARK_TEST__) w.__parkMap = map;
}
