// npm run bench:data — converter speed (not a test: numbers, not verdicts). On the five seeds
// (text): whole-process time of `npm run data` equivalents (median of runs), time per disclosure
// in process (median of repeats), throughput in MB/s. On the vendored PDFs: whole-process time
// with an empty page cache and with a full one, against `pdftotext -layout` over the same files
// in the same run (the reference), pages per second. Results go to bench/results.json.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertDisclosure } from '../scripts/convert';
import { readSources } from '../scripts/sources';
import { writeReport } from './report';
import { median } from '../scripts/tools/stats';

const SOURCES = 'public/data/sources';
const PROCESS_RUNS = 7;
const REPEATS = 25;

const sources = readSources(SOURCES);
const files = sources.map((f) => f.name);
const bytes = sources.map((f) => f.bytes);
const totalBytes = bytes.reduce((sum, b) => sum + b.length, 0);

/** A folder holding copies of some of the sources, so that a run converts only those. */
function folderOf(names: readonly string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'bench-sources-'));
  for (const name of names) copyFileSync(join(SOURCES, name), join(folder, name));
  return folder;
}

/**
 * One `npm run data` equivalent: node + tsx start-up, read, convert, write every output. With
 * an empty cache unless given one (`BUDGET_CACHE`: PDF pages and conversions remembered).
 */
function wholeProcess(
  folder: string,
  cache = mkdtempSync(join(tmpdir(), 'bench-cache-')),
): { ms: number; peakKB: number } {
  const out = mkdtempSync(join(tmpdir(), 'bench-data-'));
  const started = performance.now();
  // GNU time prints the peak resident memory (KB) of the largest process on stderr.
  const { stderr } = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', 'npx', 'tsx', 'scripts/cli.ts', '--sources', folder, '--out', out, '--quiet'],
    { encoding: 'utf8', env: { ...process.env, BUDGET_CACHE: cache } },
  );
  return { ms: performance.now() - started, peakKB: Number(stderr.trim().split('\n').pop()) };
}

const seedFolder = folderOf(files);
const processTimes: number[] = [];
const peaksKB: number[] = [];
for (let run = 0; run < PROCESS_RUNS; run++) {
  const { ms, peakKB } = wholeProcess(seedFolder);
  processTimes.push(ms);
  peaksKB.push(peakKB);
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

// PDFs: cold (an empty cache each run: every page read by pdfjs, every disclosure converted),
// cached (the same files again: outputs as remembered), and pdftotext -layout over the same
// files, one after another, as the reference.
const PDF_RUNS = 3;
const pdfs = readdirSync(SOURCES).filter((name) => /\.pdf$/i.test(name));
const pdfFolder = folderOf([...pdfs, ...(existsSync(join(SOURCES, 'sources.csv')) ? ['sources.csv'] : [])]);
const manifest = readFileSync('public/data/corpus-manifest.tsv', 'utf8').trim().split('\n').slice(1);
const pages = manifest
  .map((line) => line.split('\t'))
  .filter(([file]) => pdfs.includes(file))
  .reduce((sum, cells) => sum + Number(cells[4]), 0);
const cold: { ms: number; peakKB: number }[] = [];
const cached: number[] = [];
const reference: number[] = [];
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
for (let run = 0; run < PDF_RUNS; run++) {
  const cache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
  cold.push(wholeProcess(pdfFolder, cache));
  cached.push(wholeProcess(pdfFolder, cache).ms);
  if (hasPdftotext) {
    const started = performance.now();
    for (const pdf of pdfs) spawnSync('pdftotext', ['-layout', join(pdfFolder, pdf), '/dev/null']);
    reference.push(performance.now() - started);
  }
}
const coldMs = median(cold.map((c) => c.ms));
const pdfResult = {
  pdfs: pdfs.length,
  pages,
  inputMB: +(
    pdfs.reduce((sum, pdf) => sum + readFileSync(join(SOURCES, pdf)).length, 0) /
    1024 /
    1024
  ).toFixed(1),
  runs: PDF_RUNS,
  coldMedianMs: Math.round(coldMs),
  coldRunsMs: cold.map((c) => Math.round(c.ms)),
  coldPeakResidentMB: Math.round(Math.max(...cold.map((c) => c.peakKB)) / 1024),
  pagesPerSecondCold: Math.round(pages / (coldMs / 1000)),
  cachedMedianMs: Math.round(median(cached)),
  pdftotextMedianMs: hasPdftotext ? Math.round(median(reference)) : null,
  coldOverPdftotext: hasPdftotext ? +(coldMs / median(reference)).toFixed(1) : null,
};

const resultsPath = 'bench/results.json';
const all = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
all.data = { ...result, pdf: pdfResult };
writeFileSync(resultsPath, JSON.stringify(all, null, 2) + '\n');
writeReport();

console.log(`converter, ${files.length} seeds, ${result.inputKB} KB`);
console.log(
  `  whole process (median of ${PROCESS_RUNS}): ${result.wholeProcessMedianMs} ms, peak ${result.peakResidentMB} MB`,
);
console.log(`  conversion in process: ${result.convertAllInProcessMs} ms → ${result.throughputMBps} MB/s`);
for (const d of perDisclosure)
  console.log(`  ${d.medianMs.toFixed(2).padStart(7)} ms  ${d.kb} KB  ${d.file}`);
console.log(`PDFs: ${pdfResult.pdfs} files, ${pdfResult.pages} pages, ${pdfResult.inputMB} MB`);
console.log(
  `  cold (median of ${PDF_RUNS}): ${pdfResult.coldMedianMs} ms, ${pdfResult.pagesPerSecondCold} pages/s, peak ${pdfResult.coldPeakResidentMB} MB`,
);
console.log(`  cached: ${pdfResult.cachedMedianMs} ms`);
if (hasPdftotext)
  console.log(
    `  pdftotext -layout, one file after another: ${pdfResult.pdftotextMedianMs} ms (cold is ${pdfResult.coldOverPdftotext}×)`,
  );
