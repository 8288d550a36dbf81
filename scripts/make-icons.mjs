#!/usr/bin/env node
// Draws the app icons (PWA manifest, home screen) from one SVG: `node scripts/make-icons.mjs`.
// Run again only when the icon changes; the PNGs are committed in apps/web/public/icons.
import sharp from 'sharp';
import path from 'node:path';

const out = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../apps/web/public/icons');
// maskable: the glyph within the central 80 % safe zone, the background to the edges.
const svg = (rounded) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${rounded ? 96 : 0}" fill="#1677ff"/>
  <text x="256" y="340" font-size="260" text-anchor="middle" fill="#ffffff" font-family="Noto Sans CJK SC, sans-serif" font-weight="700">会</text>
</svg>`;

for (const [name, size, rounded] of [
  ['icon-192.png', 192, true],
  ['icon-512.png', 512, true],
  ['maskable-512.png', 512, false],
  ['apple-touch-icon.png', 180, false],
]) {
  await sharp(Buffer.from(svg(rounded)))
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(out, name));
  console.log(name);
}
