// UUIDv7 ids: time-ordered, so ids from a survey laptop merge into the office database without clashes.

export type RandomBytes = (n: number) => Uint8Array;

const defaultRandom: RandomBytes = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));

let lastMs = -1;
let counter = 0;

/** RFC 9562 UUID version 7; monotonic within one process (12-bit counter in rand_a). */
export function uuidv7(nowMs: number = Date.now(), random: RandomBytes = defaultRandom): string {
  if (nowMs === lastMs) {
    counter = (counter + 1) & 0xfff;
  } else {
    lastMs = nowMs;
    counter = 0;
  }
  const bytes = random(16);
  const ms = BigInt(nowMs);
  for (let i = 0; i < 6; i += 1) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Deterministic byte source (mulberry32) for reproducible sample data. */
export function seededRandom(seed: number): { bytes: RandomBytes; next: () => number } {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const bytes: RandomBytes = (n) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
  return { bytes, next };
}
