// npm run bench:data — converter speed on the five seeds (not a test: numbers, not verdicts).
// Whole-process time of `npm run data` equivalents (median of runs), time per disclosure
// in-process (median of repeats), throughput in MB/s. Results go to bench/results.json.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertDisclosure } from '../scripts/convert';
import { readSources } from '../scripts/sources';
import { writeReport } from './report';
import { median } from './stats';

const SOURCES = 'public/data/sources';
const PROCESS_RUNS = 7;
const REPEATS = 25;

const sources = readSources(SOURCES);
const files = sources.map((f) => f.name);
const bytes = sources.map((f) => f.bytes);
const totalBytes = bytes.reduce((sum, b) => sum + b.length, 0);

// Whole process: node + tsx start-up, read, convert, write every output.
const out = mkdtempSync(join(tmpdir(), 'bench-data-'));
const processTimes: number[] = [];
const peaksKB: number[] = [];
for (let run = 0; run < PROCESS_RUNS; run++) {
  const started = performance.now();
  // GNU time prints the peak resident memory (KB) of the largest process on stderr.
  const { stderr } = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', 'npx', 'tsx', 'scripts/cli.ts', '--sources', SOURCES, '--out', out, '--quiet'],
    { encoding: 'utf8' },
  );
  processTimes.push(performance.now() - started);
  peaksKB.push(Number(stderr.trim().split('\n').pop()));
}

// In process, per disclosure (after one warm-up conversion each).
const perDisclosure = files.map((file, i) => {
  convertDisclosure(file, bytes[i]);
  const times: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const started = performance.now();
    convertDisclosure(file, bytes[i]);
    times.push(performance.now() - started);
  }
  return { file, kb: +(bytes[i].length / 1024).toFixed(1), medianMs: +median(times).toFixed(2) };
});
const convertMs = perDisclosure.reduce((sum, d) => sum + d.medianMs, 0);

const result = {
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  seeds: files.length,
  inputKB: +(totalBytes / 1024).toFixed(1),
  wholeProcessMedianMs: Math.round(median(processTimes)),
  wholeProcessRunsMs: processTimes.map(Math.round),
  peakResidentMB: Math.round(Math.max(...peaksKB) / 1024),
  convertAllInProcessMs: +convertMs.toFixed(1),
  throughputMBps: +(totalBytes / 1024 / 1024 / (convertMs / 1000)).toFixed(2),
  perDisclosure,
};

const resultsPath = 'bench/results.json';
const all = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
all.data = result;
writeFileSync(resultsPath, JSON.stringify(all, null, 2) + '\n');
writeReport();

console.log(`converter, ${files.length} seeds, ${result.inputKB} KB`);
console.log(
  `  whole process (median of ${PROCESS_RUNS}): ${result.wholeProcessMedianMs} ms, peak ${result.peakResidentMB} MB`,
);
console.log(`  conversion in process: ${result.convertAllInProcessMs} ms → ${result.throughputMBps} MB/s`);
for (const d of perDisclosure)
  console.log(`  ${d.medianMs.toFixed(2).padStart(7)} ms  ${d.kb} KB  ${d.file}`);
