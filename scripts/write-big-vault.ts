/*
 * `tsx scripts/write-big-vault.ts <dir> <notes>`: a vault of that many notes recombined from
 * real-format notes (scripts/bench-build/vault.ts), for the end-to-end tests of a big vault
 * (`npm run build:big`). The same notes every time: each is made from its index alone.
 */
import path from 'node:path';
import { readSources, writeVault } from './bench-build/vault';

const [dir, count] = process.argv.slice(2);
const notes = Number(count);
if (!dir || !Number.isInteger(notes) || notes < 1) {
  console.error('usage: tsx scripts/write-big-vault.ts <dir> <notes>');
  process.exit(2);
}
const written = writeVault(path.resolve(dir), readSources(process.cwd()), notes);
console.log(`big vault: ${written.length.toLocaleString('en-US')} notes in ${dir}`);
