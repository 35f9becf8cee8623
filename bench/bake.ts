// npm run bench:bake — the baked site's build (scripts/bake) at 5 disclosures (the seeds), at
// the site this repository ships (seeds and corpus) and at 2,000 (the synthetic corpus of
// `npm run bench:scale`, in bench/tmp/data-2000): how long baking takes (whole process), how
// many pages, how much HTML, and the site on disk. The reference, measured in the same run, is
// `vite build` of the same app. Writes bench/results.json → `bake`.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { writeReport } from './report';
import { median } from '../scripts/tools/stats';

const TMP = 'bench/tmp';
const BUILD = join(TMP, 'bake-build');

/** Seconds of one whole process. */
function timed(command: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stderr || run.stdout}`);
  return (performance.now() - started) / 1000;
}

/** Bytes of the files under a folder (not following links), and how many index.html. */
function sizeOf(path: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        bytes += statSync(full).size;
        if (entry.name === 'index.html') pages++;
      }
    }
  };
  walk(path);
  return { bytes, pages };
}

/** The seeds alone, converted (the five text exports of the site's sources). */
function seedsData(): string {
  const out = join(TMP, 'data-5');
  if (existsSync(join(out, 'index.json'))) return out;
  const sources = join(TMP, 'sources-5');
  rmSync(sources, { recursive: true, force: true });
  mkdirSync(sources, { recursive: true });
  for (const file of readdirSync('public/data/sources').filter((f) => f.endsWith('.txt'))) {
    cpSync(join('public/data/sources', file), join(sources, file));
  }
  execFileSync('npx', ['tsx', 'scripts/cli.ts', '--sources', sources, '--out', out, '--quiet']);
  return out;
}

/** One site: the build's files, its data linked in, baked `runs` times (each on a fresh copy). */
function bakeSite(name: string, data: string, runs: number) {
  const site = join(TMP, `bake-${name}`);
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(site, { recursive: true, force: true });
    cpSync(BUILD, site, { recursive: true });
    rmSync(join(site, 'data'), { recursive: true, force: true });
    symlinkSync(resolve(data), join(site, 'data'));
    seconds.push(timed('npx', ['tsx', 'scripts/bake/cli.ts', '--dist', site, '--quiet']));
  }
  const catalog = JSON.parse(readFileSync(join(data, 'index.json'), 'utf8')) as { disclosures: unknown[] };
  const explorer = sizeOf(join(site, 'd'));
  const embeds = sizeOf(join(site, 'e'));
  const pages = { bytes: explorer.bytes + embeds.bytes, pages: explorer.pages + embeds.pages };
  const overview = statSync(join(site, 'index.html')).size;
  const dataSize = sizeOf(resolve(data)).bytes;
  const assets = sizeOf(join(site, 'assets')).bytes;
  return {
    disclosures: catalog.disclosures.length,
    runs,
    bakeSeconds: +median(seconds).toFixed(1),
    pages: pages.pages + 1,
    embedPages: embeds.pages,
    htmlMB: +((pages.bytes + overview) / 1e6).toFixed(1),
    meanPageKB: +((pages.bytes + overview) / (pages.pages + 1) / 1024).toFixed(1),
    dataMB: +(dataSize / 1e6).toFixed(1),
    siteMB: +((pages.bytes + overview + dataSize + assets) / 1e6).toFixed(1),
  };
}

function main(): void {
  // The reference: the same app's `vite build`, median of 3.
  const vite: number[] = [];
  for (let i = 0; i < 3; i++) vite.push(timed('npx', ['vite', 'build', '--outDir', BUILD, '--emptyOutDir']));
  const viteSeconds = median(vite);
  const sites: Record<string, ReturnType<typeof bakeSite> & { overVite: number }> = {};
  const plan: [string, string | null, number][] = [
    ['seeds', seedsData(), 3],
    ['site', 'public/data', 3],
    ['at2000', existsSync(join(TMP, 'data-2000', 'index.json')) ? join(TMP, 'data-2000') : null, 1],
  ];
  for (const [name, data, runs] of plan) {
    if (!data) {
      console.log(`no ${TMP}/data-2000: run npm run bench:scale first for the bake at 2,000`);
      continue;
    }
    const result = bakeSite(name, data, runs);
    sites[name] = { ...result, overVite: +(result.bakeSeconds / viteSeconds).toFixed(1) };
    console.log(
      `${name}: ${result.disclosures} disclosures → ${result.pages} pages (${result.embedPages} of them embeds) in ${result.bakeSeconds} s ` +
        `(${sites[name].overVite}× vite build ${viteSeconds.toFixed(1)} s), ${result.htmlMB} MB of HTML ` +
        `(${result.meanPageKB} KB a page), site ${result.siteMB} MB with ${result.dataMB} MB of data`,
    );
    rmSync(join(TMP, `bake-${name}`), { recursive: true, force: true });
  }
  const path = 'bench/results.json';
  const all = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  all.bake = {
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
    viteBuildSeconds: +viteSeconds.toFixed(1),
    sites,
  };
  writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
  writeReport();
}

main();
