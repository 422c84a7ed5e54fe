// The local PMTiles basemap the user configured for the open database, read by byte ranges (PMTiles reads
// only the parts a view needs). Served to the app's own origin only: web mode at GET /api/basemap (token
// header), Electron at app://park/basemap.pmtiles. Nothing but the one configured file can be read this way.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { getBasemap } from './settings';

export interface RangeAnswer {
  status: 200 | 206 | 404 | 416;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** The configured .pmtiles file if it exists, else null. */
export function configuredBasemapFile(db: Db): string | null {
  const setting = getBasemap(db);
  if (setting.kind !== 'pmtiles' || !path.isAbsolute(setting.source) || path.extname(setting.source).toLowerCase() !== '.pmtiles') return null;
  try {
    return statSync(setting.source).isFile() ? setting.source : null;
  } catch {
    return null;
  }
}

const MAX_RANGE_BYTES = 32 * 1024 * 1024;

/** Answers a GET with an optional `Range: bytes=a-b` header (one range; suffix ranges too). */
export function readBasemapRange(file: string | null, range: string | undefined): RangeAnswer {
  if (!file) return { status: 404, headers: {}, body: null };
  const size = statSync(file).size;
  const base = { 'Content-Type': 'application/octet-stream', 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' };
  let start = 0;
  let end = size - 1;
  if (range !== undefined) {
    const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
    if (!m || (m[1] === '' && m[2] === '')) return { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` }, body: null };
    if (m[1] === '') {
      start = Math.max(0, size - Number(m[2]));
    } else {
      start = Number(m[1]);
      end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    }
    if (start > end || start >= size) return { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` }, body: null };
  }
  if (end - start + 1 > MAX_RANGE_BYTES) end = start + MAX_RANGE_BYTES - 1;
  const body = Buffer.alloc(end - start + 1);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, body, 0, body.length, start);
  } finally {
    closeSync(fd);
  }
  const headers: Record<string, string> = { ...base, 'Content-Length': String(body.length) };
  if (range === undefined && end === size - 1) return { status: 200, headers, body };
  return { status: 206, headers: { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}` }, body };
}
