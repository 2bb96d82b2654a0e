// Draws the add-in icons (assets/icon-<size>.png) with nothing but Node's zlib, so the artwork is
// reproducible from source and needs no image tools: `node scripts/make-icons.js`.
// Design: a rounded dark-teal square holding three white bars that rise left to right (maturity
// growing level by level). Edges are anti-aliased by 4x4 supersampling.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128]; // the sizes the official template ships; the manifest uses 16/32/64/80
const TEAL = [0x0b, 0x5d, 0x63];
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

// Shapes in unit coordinates (0..1, y down).
const CORNER_RADIUS = 0.2;
const BAR_BOTTOM = 0.8;
const BARS = [
  { x: 0.18, width: 0.17, top: 0.52 },
  { x: 0.415, width: 0.17, top: 0.36 },
  { x: 0.65, width: 0.17, top: 0.2 },
];

function insideRoundedSquare(x, y) {
  // Distance from the nearest corner centre decides only within the corner boxes.
  const cx = Math.min(Math.max(x, CORNER_RADIUS), 1 - CORNER_RADIUS);
  const cy = Math.min(Math.max(y, CORNER_RADIUS), 1 - CORNER_RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER_RADIUS ** 2;
}

function insideBar(x, y) {
  return BARS.some((b) => x >= b.x && x <= b.x + b.width && y >= b.top && y <= BAR_BOTTOM);
}

/** RGBA pixels, row by row, each row prefixed by PNG filter type 0 (None). */
function drawRaw(size) {
  const rowLength = 1 + size * 4;
  const raw = Buffer.alloc(rowLength * size);
  for (let py = 0; py < size; py++) {
    raw[py * rowLength] = 0; // filter: None
    for (let px = 0; px < size; px++) {
      let square = 0;
      let bar = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (insideRoundedSquare(x, y)) {
            square++;
            if (insideBar(x, y)) bar++;
          }
        }
      }
      const offset = py * rowLength + 1 + px * 4;
      const barShare = square ? bar / square : 0; // bars sit wholly inside the square
      for (let c = 0; c < 3; c++) {
        raw[offset + c] = Math.round(TEAL[c] + (WHITE[c] - TEAL[c]) * barShare);
      }
      raw[offset + 3] = Math.round((255 * square) / SUPERSAMPLE ** 2);
    }
  }
  return raw;
}

// CRC-32 as PNG chunks need it (written out: zlib.crc32 is missing from older Node 20 releases).
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // bytes 10-12 stay 0: deflate compression, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), // PNG signature
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(drawRaw(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main();
