// npm run bench:scale — the converter and the data layout from 5 to 2,000 disclosures (numbers,
// not verdicts). Writes a synthetic corpus of 200, 500, 1,000 and 2,000 disclosures
// (`npm run corpus`), converts each with the command line as a user would (median of 3 whole
// processes, and the peak resident memory of its largest process), and measures the files the
// app loads: the catalog at 5 and at 2,000, a disclosure, a projects shard.
// Leaves the 2,000 conversion in bench/tmp/data-2000 for `npm run bench:ui`.

import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeReport } from './report';
import { median } from '../scripts/tools/stats';

const SIZES = [200, 500, 1000, 2000];
const RUNS = 3;
const TMP = 'bench/tmp';

const kb = (bytes: number): number => +(bytes / 1024).toFixed(1);
const gzipKB = (path: string): number => kb(gzipSync(readFileSync(path)).length);

function folderBytes(folder: string): number {
  return readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
}

/** Wall-clock ms and peak resident KB (GNU time) of one `npm run data` equivalent. */
function convert(sources: string, out: string): { ms: number; peakKB: number } {
  const started = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', 'npx', 'tsx', 'scripts/cli.ts', '--sources', sources, '--out', out, '--quiet'],
    // An empty cache: every disclosure converted, none remembered from a run before.
    { encoding: 'utf8', env: { ...process.env, BUDGET_CACHE: mkdtempSync(join(tmpdir(), 'bench-cache-')) } },
  );
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`conversion of ${sources} failed: ${run.stderr}`);
  const peakKB = Number(run.stderr.trim().split('\n').pop());
  return { ms, peakKB };
}

const converter = SIZES.map((count) => {
  const corpus = join(TMP, `corpus-${count}`);
  execFileSync('npx', ['tsx', 'scripts/corpus/cli.ts', '--count', String(count), '--out', corpus], {
    stdio: 'ignore',
  });
  const out = join(TMP, `data-${count}`);
  const runs = Array.from({ length: RUNS }, () => convert(corpus, out));
  const ms = median(runs.map((r) => r.ms));
  const mb = folderBytes(corpus) / 1e6;
  const row = {
    disclosures: count,
    inputMB: +mb.toFixed(1),
    wholeProcessMedianMs: Math.round(ms),
    perDisclosureMs: +(ms / count).toFixed(2),
    throughputMBps: +(mb / (ms / 1000)).toFixed(2),
    peakResidentMB: Math.round(Math.max(...runs.map((r) => r.peakKB)) / 1024),
  };
  console.log(
    `${String(count).padStart(5)} disclosures, ${row.inputMB} MB: ${row.wholeProcessMedianMs} ms whole process (${row.perDisclosureMs} ms each, ${row.throughputMBps} MB/s), peak ${row.peakResidentMB} MB`,
  );
  if (count !== 2000) rmSync(out, { recursive: true, force: true });
  return row;
});

// The 2,000 conversion, with its sources, is what the app is measured on at scale.
cpSync(join(TMP, 'corpus-2000'), join(TMP, 'data-2000', 'sources'), { recursive: true });
const shards = readdirSync(join(TMP, 'data-2000', 'projects')).map((f) =>
  gzipKB(join(TMP, 'data-2000', 'projects', f)),
);
const disclosureFiles = readdirSync(join(TMP, 'data-2000', 'disclosures')).slice(0, 200);
const data = {
  catalog: {
    at5: { rawKB: kb(statSync('public/data/index.json').size), gzipKB: gzipKB('public/data/index.json') },
    at2000: {
      rawKB: kb(statSync(join(TMP, 'data-2000', 'index.json')).size),
      gzipKB: gzipKB(join(TMP, 'data-2000', 'index.json')),
    },
  },
  disclosureGzipKBMedian: median(
    disclosureFiles.map((f) => gzipKB(join(TMP, 'data-2000', 'disclosures', f))),
  ),
  projectShards: {
    count: shards.length,
    largestGzipKB: Math.max(...shards),
    totalGzipKB: +shards.reduce((a, b) => a + b, 0).toFixed(1),
  },
};
console.log(
  `catalog: ${data.catalog.at5.gzipKB} KB gzip at 5, ${data.catalog.at2000.gzipKB} KB gzip at 2000; a disclosure ${data.disclosureGzipKBMedian} KB; projects ${shards.length} shards, ${data.projectShards.totalGzipKB} KB in all`,
);

const path = 'bench/results.json';
const all = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
all.scale = {
  machine: `${process.platform} ${process.arch}, ${availableParallelism()} cores, node ${process.version}`,
  runs: RUNS,
  converter,
  data,
};
writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
writeReport();
