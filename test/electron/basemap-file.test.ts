import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configuredBasemapFile, readBasemapRange } from '../../electron/main/services/basemap-file';
import { setBasemap } from '../../electron/main/services/settings';
import { createTempSession, type TempSession } from '../helpers/tempSession';

let t: TempSession;
let file: string;
beforeEach(() => {
  t = createTempSession();
  file = path.join(t.dir, 'base.pmtiles');
  writeFileSync(file, Buffer.from('0123456789'));
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
    expect(readBasemapRange(file, undefined)).toMatchObject({ status: 200, body: Buffer.from('0123456789') });
    const part = readBasemapRange(file, 'bytes=2-4');
    expect(part.status).toBe(206);
    expect(part.body?.toString()).toBe('234');
    expect(part.headers['Content-Range']).toBe('bytes 2-4/10');
    expect(readBasemapRange(file, 'bytes=7-').body?.toString()).toBe('789');
    expect(readBasemapRange(file, 'bytes=-3').body?.toString()).toBe('789');
    expect(readBasemapRange(file, 'bytes=20-30').status).toBe(416);
    expect(readBasemapRange(file, 'items=1-2').status).toBe(416);
    expect(readBasemapRange(null, undefined).status).toBe(404);
  });
});
