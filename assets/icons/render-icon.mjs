// Renders icon.svg (rounded rectangles only, as drawn) to icon.png for electron-builder, without an image library:
//   node assets/icons/render-icon.mjs [size=1024]
// electron-builder turns the PNG into .ico (Windows) and .icns (macOS) itself; Linux uses it as is.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const size = Number(process.argv[2] ?? 1024);
const svg = readFileSync(path.join(here, 'icon.svg'), 'utf8');
const viewBox = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)[1]);
const scale = size / viewBox;

// Collect <rect>s in document order; a rect without fill takes the fill of its enclosing <g>.
const rects = [];
let groupFill = null;
for (const tag of svg.matchAll(/<(\/?)(g|rect)\b([^>]*)>/g)) {
  const [, closing, name, attrs] = tag;
  const attr = (k) => new RegExp(`\\b${k}="([^"]+)"`).exec(attrs)?.[1];
  if (name === 'g') groupFill = closing ? null : attr('fill') ?? null;
  else {
    const fill = attr('fill') ?? groupFill ?? '#000000';
    rects.push({
      x: Number(attr('x') ?? 0), y: Number(attr('y') ?? 0), w: Number(attr('width')), h: Number(attr('height')),
      r: Number(attr('rx') ?? 0), rgb: [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16)),
    });
  }
}

const inside = (q, px, py) => {
  if (px < q.x || py < q.y || px > q.x + q.w || py > q.y + q.h) return false;
  const cx = Math.min(Math.max(px, q.x + q.r), q.x + q.w - q.r);
  const cy = Math.min(Math.max(py, q.y + q.r), q.y + q.h - q.r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= q.r ** 2 + 1e-9;
};

const S = 4; // 4×4 samples per pixel
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y += 1) {
  raw[y * (size * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < size; x += 1) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy += 1) {
      for (let sx = 0; sx < S; sx += 1) {
        const px = (x + (sx + 0.5) / S) / scale;
        const py = (y + (sy + 0.5) / S) / scale;
        for (let i = rects.length - 1; i >= 0; i -= 1) {
          if (inside(rects[i], px, py)) {
            [r, g, b] = [r + rects[i].rgb[0], g + rects[i].rgb[1], b + rects[i].rgb[2]];
            a += 1;
            break;
          }
        }
      }
    }
    const o = y * (size * 4 + 1) + 1 + x * 4;
    if (a > 0) {
      raw[o] = Math.round(r / a); raw[o + 1] = Math.round(g / a); raw[o + 2] = Math.round(b / a);
    }
    raw[o + 3] = Math.round((a / (S * S)) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(size, 0);
ihdr.writeUInt32BE(size, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(path.join(here, 'icon.png'), png);
console.log(`icon.png: ${size}×${size}, ${png.length} bytes`);
