// npm run data [-- --sources <dir> --out <dir> --quiet]
// Converts every disclosure text in a folder and writes the catalog, one JSON per disclosure,
// the validation report and the CSV extracts. With the other modules that read or write files
// (sources.ts, convertOne.ts), the converter's shell; everything else is pure.
// Large folders are converted in child processes, one per core, each file under a time bound.
// Exits 1 when any disclosure failed, after writing everything that could be converted.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { formatIssue, type Issue } from '../src/domain/issues';
import { convertOne, type OneResult } from './convertOne';
import { runPool } from './pool';
import { listSources } from './sources';
import { assembleOutputs, type DisclosureOutput, type FailedSource } from './write/outputs';

interface Options {
  sources: string;
  out: string;
  quiet: boolean;
}

/** Below this many files, starting child processes costs more than it saves. */
const PARALLEL_FROM = 64;
/** A file that takes longer than this is reported as a converter hang, and the rest go on. */
const TIME_BOUND_MS = 60_000;

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { sources: 'public/data/sources', out: 'public/data', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sources' || arg === '--out') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a folder`);
      options[arg === '--sources' ? 'sources' : 'out'] = value;
    } else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--help') {
      console.log('usage: npm run data -- [--sources <dir>] [--out <dir>] [--quiet]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  return options;
}

/** A live count and rate on a terminal; a plain line every tenth of the way otherwise (CI logs). */
function progress(total: number, quiet: boolean): { tick: () => void; done: () => void } {
  const started = performance.now();
  const live = process.stderr.isTTY && !quiet;
  let count = 0;
  let shown = 0;
  const line = (): string => {
    const seconds = (performance.now() - started) / 1000;
    return `${count}/${total} converted · ${Math.round(count / Math.max(seconds, 0.001))} per second`;
  };
  return {
    tick() {
      count++;
      if (total < 20) return;
      if (live && performance.now() - shown > 100) {
        shown = performance.now();
        process.stderr.write(`\r${line()}`);
      } else if (!live && !quiet && count % Math.ceil(total / 10) === 0) console.log(line());
    },
    done() {
      if (live && total >= 20) process.stderr.write(`\r${line()}\n`);
    },
  };
}

async function convertFolder(names: readonly string[], options: Options, out: string): Promise<OneResult[]> {
  const results: OneResult[] = new Array(names.length);
  const meter = progress(names.length, options.quiet);
  if (names.length < PARALLEL_FROM || availableParallelism() < 2) {
    names.forEach((name, index) => {
      results[index] = convertOne(options.sources, name, out);
      meter.tick();
    });
  } else {
    await runPool<{ id: number; name: string }, OneResult>({
      script: new URL('./convertWorker.ts', import.meta.url),
      args: [options.sources, out],
      size: availableParallelism(),
      timeoutMs: TIME_BOUND_MS,
      jobs: names.map((name, id) => ({ id, name })),
      onAnswer(job, answer) {
        meter.tick();
        results[job.id] = answer.ok ? answer.result : converterFailure(job.name, answer.problem);
      },
    });
  }
  meter.done();
  return results;
}

function converterFailure(name: string, problem: string): OneResult {
  const issue: Issue = {
    severity: 'error',
    code: 'internal-error',
    file: name,
    line: 0,
    table: null,
    message: `the converter failed on this file: ${problem}`,
  };
  return {
    part: null,
    failed: { sourceFile: name, issues: [issue] },
    issues: [issue],
    summary: `✗ ${name}`,
    bytes: 0,
  };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const out = resolve(options.out);
  const names = listSources(options.sources);
  for (const generated of ['disclosures', 'checks', 'csv', 'projects'])
    rmSync(join(out, generated), { recursive: true, force: true });

  const results = await convertFolder(names, options, out);
  const parts: DisclosureOutput[] = results.flatMap((r) => (r.part ? [r.part] : []));
  const failed: FailedSource[] = results.flatMap((r) => (r.failed ? [r.failed] : []));
  const issues = results.flatMap((r) => r.issues);
  for (const issue of issues) {
    if (issue.severity === 'error' || (issue.severity === 'warning' && !options.quiet))
      console.error(formatIssue(issue));
  }
  if (!options.quiet && names.length <= 20) for (const r of results) console.log(r.summary);

  const shared = assembleOutputs(parts, failed);
  for (const [path, content] of shared) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }

  const errors = parts.filter((p) => p.report.status === 'failed').length + failed.length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const infos = issues.filter((i) => i.severity === 'info').length;
  const seconds = (performance.now() - started) / 1000;
  const megabytes = results.reduce((sum, r) => sum + r.bytes, 0) / 1e6;
  const written = parts.reduce((sum, p) => sum + p.files.length, 0) + shared.size;
  console.log(
    `${names.length} disclosures: ${names.length - errors} converted, ${errors} failed, ${warnings} warnings; ${written} files written to ${options.out} in ${seconds.toFixed(2)} s (${(names.length / seconds).toFixed(0)} per second, ${(megabytes / seconds).toFixed(1)} MB/s)` +
      (infos ? `; ${infos} notes in validation.json` : ''),
  );
  return errors > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
