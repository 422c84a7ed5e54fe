// Where the read worker's entry is when running from the sources under tsx or vitest (not bundled).
export const SOURCE_WORKER_SCRIPT = new URL('./read-worker-source.mjs', import.meta.url);
