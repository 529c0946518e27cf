/**
 * Draws Calm Reader's icon at every size the toolbar and the stores use, from shapes rather than
 * by scaling one bitmap, so each size is sharp: a deep-teal rounded square holding a pale page
 * with text lines. Small sizes get fewer, thicker lines (at 16 px three hairlines would blur
 * into a grey smear). Run `npm run icons`; the PNGs are committed under public/icon/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const BACKGROUND: Rgba = [23, 78, 85, 255];
const PAGE: Rgba = [246, 241, 229, 255];
const INK: Rgba = [23, 78, 85, 255];

/** Signed distance to a rounded rectangle (negative inside), in pixels. */
function roundedRect(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const qx = Math.abs(x - cx) - (hw - r);
  const qy = Math.abs(y - cy) - (hh - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const s = size;
  const lines = size <= 16 ? 2 : size <= 32 ? 3 : 4;
  const lineThickness = Math.max(1.6, s * 0.06);
  const pageHw = s * 0.27;
  const pageHh = s * 0.33;
  const lineGap = (pageHh * 2 * 0.62) / lines;
  const shape = (x: number, y: number): Rgba | null => {
    if (roundedRect(x, y, s / 2, s / 2, s / 2 - 0.5, s / 2 - 0.5, s * 0.22) > 0) return null;
    if (roundedRect(x, y, s / 2, s / 2, pageHw, pageHh, s * 0.05) <= 0) {
      for (let i = 0; i < lines; i++) {
        const ly = s / 2 - pageHh + pageHh * 0.42 + i * lineGap;
        // The last line is shorter, like the end of a paragraph.
        const half = i === lines - 1 && lines > 2 ? pageHw * 0.45 : pageHw * 0.7;
        const cx = s / 2 - pageHw * 0.7 + half;
        if (roundedRect(x, y, cx, ly, half, lineThickness / 2, lineThickness / 2) <= 0) return INK;
      }
      return PAGE;
    }
    return BACKGROUND;
  };
  const samples = 4; // 4x4 supersampling for clean anti-aliased edges
  for (let py = 0; py < s; py++) {
    for (let px = 0; px < s; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shape(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples);
          if (!c) continue;
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const o = (py * s + px) * 4;
      const a = acc[3];
      pixels[o] = a ? Math.round(acc[0] / a) : 0;
      pixels[o + 1] = a ? Math.round(acc[1] / a) : 0;
      pixels[o + 2] = a ? Math.round(acc[2] / a) : 0;
      pixels[o + 3] = Math.round(a / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

export const ICON_SIZES = [16, 19, 32, 38, 48, 64, 96, 128] as const;

mkdirSync('public/icon', { recursive: true });
for (const size of ICON_SIZES) {
  writeFileSync(`public/icon/${size}.png`, encodePng(size, drawIcon(size)));
}
console.log(`wrote public/icon/{${ICON_SIZES.join(',')}}.png`);
