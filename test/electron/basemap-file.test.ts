import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configuredBasemapFile, readBasemapRange } from '../../electron/main/services/basemap-file';
import { setBasemap } from '../../electron/main/services/settings';
import { createTempSession, type TempSession } from '../helpers/tempSession';

/** A PMTiles v3 magic ("PMTiles" + version 3) followed by bytes the ranges below read. */
const HEADER = 'PMTiles\x030123456789';
const bytes = (from: number, to: number) =>
  Buffer.from(HEADER, 'latin1')
    .subarray(from, to + 1)
    .toString('latin1');
let t: TempSession;
let file: string;
beforeEach(() => {
  t = createTempSession();
  file = path.join(t.dir, 'base.pmtiles');
  writeFileSync(file, Buffer.from(HEADER));
});
afterEach(() => t.cleanup());

describe('the configured PMTiles basemap, by byte ranges', () => {
  it('serves only the .pmtiles file configured for the open database', () => {
    expect(configuredBasemapFile(t.session.db)).toBeNull();
    setBasemap(t.session.db, { kind: 'pmtiles', source: file });
    expect(configuredBasemapFile(t.session.db)).toBe(file);
    const other = path.join(t.dir, 'notes.txt');
    writeFileSync(other, 'x');
    setBasemap(t.session.db, { kind: 'pmtiles', source: other });
    expect(configuredBasemapFile(t.session.db)).toBeNull();
    setBasemap(t.session.db, { kind: 'pmtiles', source: path.join(t.dir, 'gone.pmtiles') });
    expect(configuredBasemapFile(t.session.db)).toBeNull();
  });

  it('answers whole files, ranges, suffix ranges and impossible ranges', () => {
    expect(readBasemapRange(file, undefined)).toMatchObject({ status: 200, body: Buffer.from(HEADER, 'latin1') });
    const part = readBasemapRange(file, 'bytes=10-12');
    expect(part.status).toBe(206);
    expect(part.body?.toString()).toBe('234');
    expect(part.headers['Content-Range']).toBe('bytes 10-12/18');
    expect(readBasemapRange(file, 'bytes=15-').body?.toString()).toBe('789');
    expect(readBasemapRange(file, 'bytes=-3').body?.toString()).toBe(bytes(15, 17));
    expect(readBasemapRange(file, 'bytes=20-30').status).toBe(416);
    expect(readBasemapRange(file, 'items=1-2').status).toBe(416);
    expect(readBasemapRange(null, undefined).status).toBe(404);
  });

  it('serves neither a symbolic link (here to the database) nor a file without a PMTiles header', () => {
    const link = path.join(t.dir, 'link.pmtiles');
    symlinkSync(t.dbPath, link);
    setBasemap(t.session.db, { kind: 'pmtiles', source: link });
    expect(configuredBasemapFile(t.session.db)).toBeNull();
    expect(readBasemapRange(link, undefined).status).toBe(404);
    // A link to a genuine PMTiles file is refused too: the configured path itself must be the file.
    const toReal = path.join(t.dir, 'to-real.pmtiles');
    symlinkSync(file, toReal);
    expect(readBasemapRange(toReal, undefined).status).toBe(404);
    const disguised = path.join(t.dir, 'copy.pmtiles');
    copyFileSync(t.dbPath, disguised);
    setBasemap(t.session.db, { kind: 'pmtiles', source: disguised });
    expect(configuredBasemapFile(t.session.db)).toBeNull();
    expect(readBasemapRange(disguised, 'bytes=0-15').status).toBe(404);
    expect(readFileSync(disguised, 'latin1').startsWith('SQLite format 3')).toBe(true);
  });
});
