// The EXIF GPS reader against JPEG bytes built here by hand (both byte orders, all four hemispheres), and against
// malformed and random input, which must give null and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SCAN_BYTES, readJpegGps } from '../../shared/survey/exif';
import { jpegWithGps, type Fix } from '../helpers/jpeg';

describe('readJpegGps', () => {
  it('reads degrees, minutes and seconds in either byte order', () => {
    const fix: Fix = { lat: [39, 54, 27.36], lon: [116, 23, 29.4], latRef: 'N', lonRef: 'E' };
    for (const little of [true, false]) {
      const got = readJpegGps(jpegWithGps(fix, little));
      expect(got?.lat).toBeCloseTo(39 + 54 / 60 + 27.36 / 3600, 9);
      expect(got?.lon).toBeCloseTo(116 + 23 / 60 + 29.4 / 3600, 9);
    }
  });

  it('turns S and W into negative degrees', () => {
    const got = readJpegGps(jpegWithGps({ lat: [33, 52, 4], lon: [151, 12, 36], latRef: 'S', lonRef: 'W' }, true, false));
    expect(got?.lat).toBeCloseTo(-(33 + 52 / 60 + 4 / 3600), 9);
    expect(got?.lon).toBeCloseTo(-(151 + 12 / 60 + 36 / 3600), 9);
  });

  it('gives null for no fix (0/0), an unknown reference, out-of-range degrees, other files and cut-short EXIF', () => {
    expect(readJpegGps(jpegWithGps({ lat: [0, 0, 0], lon: [0, 0, 0], latRef: 'N', lonRef: 'E' }))).toBeNull();
    expect(readJpegGps(jpegWithGps({ lat: [10, 0, 0], lon: [10, 0, 0], latRef: 'X', lonRef: 'E' }))).toBeNull();
    expect(readJpegGps(jpegWithGps({ lat: [95, 0, 0], lon: [10, 0, 0], latRef: 'N', lonRef: 'E' }))).toBeNull();
    expect(readJpegGps(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toBeNull();
    expect(readJpegGps(new Uint8Array(0))).toBeNull();
    const whole = jpegWithGps({ lat: [39, 54, 27], lon: [116, 23, 29], latRef: 'N', lonRef: 'E' });
    // Cut anywhere inside the EXIF block (the last 6 bytes are the image data marker and the end marker).
    for (let cut = 0; cut < whole.length - 6; cut += 3) expect(readJpegGps(whole.subarray(0, cut))).toBeNull();
  });

  it('never throws on random bytes or random damage, and looks no further than its bound', () => {
    const good = jpegWithGps({ lat: [39, 54, 27], lon: [116, 23, 29], latRef: 'N', lonRef: 'E' });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(() => readJpegGps(bytes)).not.toThrow();
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), (hits) => {
        const bytes = Uint8Array.from(good);
        for (const [at, v] of hits) bytes[at] = v;
        const got = readJpegGps(bytes);
        if (got) expect(Math.abs(got.lat) <= 90 && Math.abs(got.lon) <= 180).toBe(true);
      }),
      { numRuns: 500 },
    );
    // An EXIF block placed after the scan bound is not read.
    const padding = new Uint8Array(MAX_SCAN_BYTES);
    const far = new Uint8Array(4 + padding.length + good.length);
    far.set([0xff, 0xd8, 0xff, 0xfe]);
    expect(readJpegGps(far)).toBeNull();
  });
});
