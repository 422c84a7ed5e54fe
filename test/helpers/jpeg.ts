// A minimal JPEG carrying an EXIF GPS position, built byte by byte for tests (no image library is installed).

export interface Fix {
  lat: [number, number, number];
  lon: [number, number, number];
  latRef: string;
  lonRef: string;
}

/** A JPEG (SOI, an APP0 before, APP1 Exif with IFD0 → GPS IFD, then SOS) carrying `fix` as rationals (×100). */
export function jpegWithGps(fix: Fix, little = true, app0 = true): Uint8Array {
  const tiff: number[] = [];
  const u16 = (v: number) => (little ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff]);
  const u32 = (v: number) =>
    little ? [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24] : [v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
  // Layout: header (8) | IFD0 at 8: 1 entry (2+12+4 = 18) | GPS IFD at 26: 4 entries (2+48+4 = 54) | lat at 80 | lon at 104
  tiff.push(...(little ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8));
  tiff.push(...u16(1), ...u16(0x8825), ...u16(4), ...u32(1), ...u32(26), ...u32(0));
  const ascii = (c: string) => [c.charCodeAt(0), 0, 0, 0];
  tiff.push(...u16(4));
  tiff.push(...u16(1), ...u16(2), ...u32(2), ...ascii(fix.latRef));
  tiff.push(...u16(2), ...u16(5), ...u32(3), ...u32(80));
  tiff.push(...u16(3), ...u16(2), ...u32(2), ...ascii(fix.lonRef));
  tiff.push(...u16(4), ...u16(5), ...u32(3), ...u32(104));
  tiff.push(...u32(0));
  for (const v of [...fix.lat, ...fix.lon]) tiff.push(...u32(Math.round(v * 100)), ...u32(100));
  const exif = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const app1 = [0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 0xff, ...exif];
  const jfif = app0 ? [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0] : [];
  return Uint8Array.from([0xff, 0xd8, ...jfif, ...app1, 0xff, 0xda, 0, 2, 0xff, 0xd9]);
}
