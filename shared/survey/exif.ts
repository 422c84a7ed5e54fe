// The GPS position in a JPEG's EXIF block, read without a library: JPEG markers up to the first APP1 "Exif"
// segment, its TIFF header, IFD0's GPS pointer (tag 0x8825) and the GPS IFD's latitude/longitude with their
// N/S/E/W references. Bounded: at most MAX_SEGMENTS markers and the first MAX_SCAN_BYTES are looked at, every read
// is range-checked, and anything unexpected gives null (a photo without a usable position), never an exception.

const MAX_SEGMENTS = 64;
export const MAX_SCAN_BYTES = 256 * 1024;
const MAX_IFD_ENTRIES = 512;

export interface GpsPosition {
  lon: number;
  lat: number;
}

class Reader {
  constructor(
    private readonly view: DataView,
    private readonly start: number,
    private readonly end: number,
    readonly little: boolean,
  ) {}
  private at(offset: number, size: number): number {
    const p = this.start + offset;
    if (offset < 0 || p + size > this.end) throw new RangeError('outside the EXIF block');
    return p;
  }
  u16(offset: number): number {
    return this.view.getUint16(this.at(offset, 2), this.little);
  }
  u32(offset: number): number {
    return this.view.getUint32(this.at(offset, 4), this.little);
  }
  u8(offset: number): number {
    return this.view.getUint8(this.at(offset, 1));
  }
}

interface Entry {
  type: number;
  count: number;
  valueOffset: number;
}

/** Tag → entry of the IFD at `offset` (relative to the TIFF header). */
function readIfd(r: Reader, offset: number): Map<number, Entry> {
  const entries = new Map<number, Entry>();
  const n = r.u16(offset);
  if (n > MAX_IFD_ENTRIES) throw new RangeError('implausible IFD');
  for (let i = 0; i < n; i += 1) {
    const e = offset + 2 + i * 12;
    entries.set(r.u16(e), { type: r.u16(e + 2), count: r.u32(e + 4), valueOffset: e + 8 });
  }
  return entries;
}

const RATIONAL = 5;
const ASCII = 2;

/** Degrees, minutes, seconds (three RATIONALs) → decimal degrees. */
function degrees(r: Reader, e: Entry | undefined): number | null {
  if (!e || e.type !== RATIONAL || e.count !== 3) return null;
  const at = r.u32(e.valueOffset);
  const parts = [0, 1, 2].map((i) => {
    const den = r.u32(at + i * 8 + 4);
    return den === 0 ? Number.NaN : r.u32(at + i * 8) / den;
  });
  const [d = 0, m = 0, s = 0] = parts;
  const value = d + m / 60 + s / 3600;
  return Number.isFinite(value) ? value : null;
}

function reference(r: Reader, e: Entry | undefined): string | null {
  if (!e || e.type !== ASCII || e.count < 1 || e.count > 4) return null;
  return String.fromCharCode(r.u8(e.valueOffset));
}

function gpsFromTiff(r: Reader): GpsPosition | null {
  if (r.u16(2) !== 42) return null;
  const ifd0 = readIfd(r, r.u32(4));
  const pointer = ifd0.get(0x8825);
  if (!pointer) return null;
  const gps = readIfd(r, r.u32(pointer.valueOffset));
  const lat = degrees(r, gps.get(2));
  const lon = degrees(r, gps.get(4));
  const latRef = reference(r, gps.get(1));
  const lonRef = reference(r, gps.get(3));
  if (lat === null || lon === null || !latRef || !lonRef) return null;
  if (!'NS'.includes(latRef) || !'EW'.includes(lonRef)) return null;
  const position = { lat: latRef === 'S' ? -lat : lat, lon: lonRef === 'W' ? -lon : lon };
  if (Math.abs(position.lat) > 90 || Math.abs(position.lon) > 180) return null;
  if (position.lat === 0 && position.lon === 0) return null; // cameras write 0/0 when they had no fix
  return position;
}

/** The photo's GPS position, or null (not a JPEG, no EXIF, no GPS, malformed). */
export function readJpegGps(bytes: Uint8Array): GpsPosition | null {
  const end = Math.min(bytes.length, MAX_SCAN_BYTES);
  const view = new DataView(bytes.buffer, bytes.byteOffset, end);
  try {
    if (end < 4 || view.getUint16(0) !== 0xffd8) return null;
    let p = 2;
    for (let i = 0; i < MAX_SEGMENTS && p + 4 <= end; i += 1) {
      if (view.getUint8(p) !== 0xff) return null;
      const marker = view.getUint8(p + 1);
      if (marker === 0xda || marker === 0xd9) return null; // image data or end: no EXIF before it
      const length = view.getUint16(p + 2);
      if (length < 2) return null;
      const body = p + 4;
      if (marker === 0xe1 && length >= 8 && body + 6 <= end && view.getUint32(body) === 0x45786966 && view.getUint16(body + 4) === 0) {
        const tiff = body + 6;
        const segmentEnd = Math.min(p + 2 + length, end);
        if (tiff + 8 > segmentEnd) return null;
        const order = view.getUint16(tiff);
        if (order !== 0x4949 && order !== 0x4d4d) return null;
        return gpsFromTiff(new Reader(view, tiff, segmentEnd, order === 0x4949));
      }
      p += 2 + length;
    }
    return null;
  } catch {
    return null;
  }
}
