// The local PMTiles basemap the user configured for the open database, read by byte ranges (PMTiles reads
// only the parts a view needs). Served to the app's own origin only: web mode at GET /api/basemap (token
// header), Electron at app://park/basemap.pmtiles. Nothing but the one configured file can be read this way, and
// only if it is a regular file (not a symbolic link, which could point at the database) that starts with a PMTiles
// version 3 header; both are checked on the open file itself, so swapping the file meanwhile gains nothing.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { getBasemap } from './settings';

export interface RangeAnswer {
  status: 200 | 206 | 404 | 416;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** "PMTiles" then the spec version, 3 (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md). */
const MAGIC = Buffer.from('PMTiles\x03', 'latin1');

/** Opens `file` for reading only if it is a regular PMTiles v3 file reached without following a link; else null. */
function openPmtiles(file: string): { fd: number; size: number } | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    const head = Buffer.alloc(MAGIC.length);
    if (st.isFile() && st.size >= MAGIC.length && readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC)) {
      return { fd, size: st.size };
    }
  } catch {
    // unreadable: not served
  }
  closeSync(fd);
  return null;
}

/** The configured .pmtiles file if it is a regular PMTiles file (not a link), else null. */
export function configuredBasemapFile(db: Db): string | null {
  const setting = getBasemap(db);
  if (setting.kind !== 'pmtiles' || !path.isAbsolute(setting.source) || path.extname(setting.source).toLowerCase() !== '.pmtiles')
    return null;
  try {
    if (lstatSync(setting.source).isSymbolicLink()) return null;
  } catch {
    return null;
  }
  const opened = openPmtiles(setting.source);
  if (!opened) return null;
  closeSync(opened.fd);
  return setting.source;
}

const MAX_RANGE_BYTES = 32 * 1024 * 1024;

/** Answers a GET with an optional `Range: bytes=a-b` header (one range; suffix ranges too). */
export function readBasemapRange(file: string | null, range: string | undefined): RangeAnswer {
  const opened = file ? openPmtiles(file) : null;
  if (!opened) return { status: 404, headers: {}, body: null };
  try {
    return answerRange(opened.fd, opened.size, range);
  } finally {
    closeSync(opened.fd);
  }
}

function answerRange(fd: number, size: number, range: string | undefined): RangeAnswer {
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
  readSync(fd, body, 0, body.length, start);
  const headers: Record<string, string> = { ...base, 'Content-Length': String(body.length) };
  if (range === undefined && end === size - 1) return { status: 200, headers, body };
  return { status: 206, headers: { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}` }, body };
}
