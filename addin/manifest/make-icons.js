#!/usr/bin/env node
/**
 * Draws the add-in icons (a white "p" on a rounded blue square) as PNGs in addin/static/assets/:
 * icon-16/32/64/80.png. Run by hand when the design changes; the PNGs are committed.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80];
const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const OUT = path.join(__dirname, '../static/assets');

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Shape in unit coordinates (0..1): 'bg' inside the rounded square, 'fg' on the letter. */
function sample(x, y) {
  const r = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return 'none';
  const stem = x >= 0.27 && x <= 0.41 && y >= 0.3 && y <= 0.86;
  const d = Math.hypot(x - 0.52, y - 0.46);
  const bowl = d <= 0.25 && d >= 0.12 && x >= 0.34;
  return stem || bowl ? 'fg' : 'bg';
}

function draw(size) {
  const n = 4; // supersampling per axis
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const s = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (s === 'bg') bg++;
          else if (s === 'fg') fg++;
        }
      }
      const cover = (bg + fg) / (n * n);
      const white = fg / Math.max(bg + fg, 1);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BLUE[c] + (255 - BLUE[c]) * white);
      rgba[i + 3] = Math.round(255 * cover);
    }
  }
  return png(size, rgba);
}

fs.mkdirSync(OUT, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(OUT, `icon-${size}.png`), draw(size));
console.log(`Icone scritte in ${OUT}: ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
