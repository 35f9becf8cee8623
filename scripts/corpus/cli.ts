// npm run corpus -- --count 2000 [--out corpus] [--seed 1]
// Writes synthetic disclosures, the layout families in turn, deterministic from the seed
// number: the same command always writes the same files.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LayoutFamily } from '../../src/domain/budget';
import { randomBudget } from './budget';
import { renderDisclosure } from './render';

const FAMILIES: readonly LayoutFamily[] = ['tabbed', 'cell-per-line', 'pdf-text'];

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const count = Number(option('count', '200'));
const out = option('out', 'corpus');
const first = Number(option('seed', '1'));
if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive whole number');

const started = performance.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let bytes = 0;
for (let n = 0; n < count; n++) {
  const budget = randomBudget(first + n);
  const rendered = renderDisclosure(budget, FAMILIES[n % FAMILIES.length]);
  writeFileSync(join(out, rendered.fileName), rendered.text);
  bytes += Buffer.byteLength(rendered.text);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `${count} synthetic disclosures (${(bytes / 1e6).toFixed(1)} MB) written to ${out} in ${seconds.toFixed(1)} s; convert them with: npm run data -- --sources ${out} --out <folder>`,
);
