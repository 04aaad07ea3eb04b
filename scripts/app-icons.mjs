/*
 * The installed app's icons, drawn from app/icon.svg: `node scripts/app-icons.mjs`, run
 * when the icon changes (its PNGs are committed, so a build needs no image tool).
 * "any" icons keep the rounded tile; maskable ones fill the square and keep the mark
 * inside the 80% safe zone that phones crop to their own shape.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('app/icon.svg', 'utf8');
const mark = /<path[^>]*\/>/.exec(svg)?.[0];
const fill = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1];
if (!mark || !fill) throw new Error('app/icon.svg: expected a <rect fill> tile and a <path> mark');

// The mark scaled to 70% around the centre: inside the maskable safe zone.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/><g transform="translate(4.8 4.8) scale(0.7)">${mark}</g></svg>`;

const ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, source: svg },
  { file: 'public/icons/icon-512.png', size: 512, source: svg },
  { file: 'public/icons/maskable-192.png', size: 192, source: maskable },
  { file: 'public/icons/maskable-512.png', size: 512, source: maskable },
  // iOS draws its own rounded corners and shows no transparency: the full square.
  { file: 'app/apple-icon.png', size: 180, source: maskable.replace('translate(4.8 4.8) scale(0.7)', 'translate(2.4 2.4) scale(0.85)') },
];

for (const { file, size, source } of ICONS) {
  const png = await sharp(Buffer.from(source), { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
  writeFileSync(file, png);
  console.log(`${file}: ${size}×${size}, ${png.length} bytes`);
}
