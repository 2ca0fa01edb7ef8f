#!/usr/bin/env node
// Draws the four tab-bar icons (81×81 PNG, normal + selected colour) into src/assets/tab/.
// Run once after changing a shape: `node scripts/make-tab-icons.mjs`. No dependencies.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'assets',
  'tab',
);
const SIZE = 81;
const COLORS = { normal: [0x4a, 0x53, 0x63], active: [0x17, 0x59, 0xc4] };

// Shapes in a 0..1 coordinate space; each returns true when (x, y) is ink.
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const union =
  (...fs) =>
  (x, y) =>
    fs.some((f) => f(x, y));
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);
const tri = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by),
    d2 = s(bx, by, cx, cy),
    d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const shapes = {
  home: minus(
    union(tri(0.5, 0.12, 0.1, 0.48, 0.9, 0.48), rect(0.2, 0.45, 0.8, 0.88)),
    rect(0.42, 0.62, 0.58, 0.88),
  ),
  services: union(
    minus(rect(0.2, 0.1, 0.8, 0.9), rect(0.27, 0.17, 0.73, 0.83)),
    rect(0.34, 0.3, 0.66, 0.36),
    rect(0.34, 0.47, 0.66, 0.53),
    rect(0.34, 0.64, 0.56, 0.7),
  ),
  visit: union(
    minus(rect(0.12, 0.2, 0.88, 0.88), rect(0.19, 0.38, 0.81, 0.81)),
    rect(0.3, 0.1, 0.37, 0.28),
    rect(0.63, 0.1, 0.7, 0.28),
    rect(0.3, 0.5, 0.44, 0.62),
    rect(0.56, 0.5, 0.7, 0.62),
  ),
  me: union(circle(0.5, 0.32, 0.19), minus(circle(0.5, 0.98, 0.38), rect(0, 0.9, 1, 1))),
};

function crcTable() {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
const TABLE = crcTable();
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(shape, [r, g, b]) {
  const SS = 4;
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0;
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++)
          if (shape((x + (sx + 0.5) / SS) / SIZE, (y + (sy + 0.5) / SS) / SIZE)) hits++;
      const o = y * (SIZE * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = Math.round((hits / (SS * SS)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const [name, shape] of Object.entries(shapes)) {
  writeFileSync(path.join(outDir, `${name}.png`), png(shape, COLORS.normal));
  writeFileSync(path.join(outDir, `${name}-active.png`), png(shape, COLORS.active));
}
console.log(
  `wrote ${Object.keys(shapes).length * 2} icons to ${path.relative(process.cwd(), outDir)}`,
);
