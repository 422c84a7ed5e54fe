// The CSP build of maplibre (no blob: worker, worker file set with setWorkerUrl) has the same API as the main entry.
declare module 'maplibre-gl/dist/maplibre-gl-csp.js' {
  export * from 'maplibre-gl';
}
