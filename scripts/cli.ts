// npm run data [-- --sources <dir> --out <dir> --quiet]
// Converts every disclosure text in a folder and writes the catalog, one JSON per disclosure,
// the validation report and the CSV extracts. With the other modules that read or write files
// (sources.ts, convertOne.ts), the converter's shell; everything else is pure.
// Large folders are converted in child processes, one per core, each file under a time bound.
// Exits 1 when any disclosure failed, after writing everything that could be converted.

import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { formatIssue, type Issue } from '../src/domain/issues';
import { parseSourcesCsv, type KnownIdentity } from './budget/known';
import { convertOne, fromCache, type OneResult } from './convertOne';
import { runPool } from './pool';
import { listGroups, SOURCES_CSV, type SourceGroup } from './sources';
import { assembleOutputs, type DisclosureOutput, type FailedSource } from './write/outputs';

interface Options {
  sources: string;
  out: string;
  quiet: boolean;
}

/** Below this much work, starting child processes costs more than it saves (a PDF counts as 16 text files). */
const PARALLEL_FROM = 64;
const PDF_WEIGHT = 16;
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

async function convertFolder(
  groups: readonly SourceGroup[],
  known: Map<string, KnownIdentity>,
  options: Options,
  out: string,
): Promise<OneResult[]> {
  const results: OneResult[] = new Array(groups.length);
  const meter = progress(groups.length, options.quiet);
  // Converted before from the same bytes by the same converter: written again as they were.
  const todo: { id: number; group: SourceGroup }[] = [];
  for (const [id, group] of groups.entries()) {
    const cached = fromCache(options.sources, group, out, known);
    if (cached) {
      results[id] = cached;
      meter.tick();
    } else todo.push({ id, group });
  }
  const work = todo.reduce((sum, { group }) => sum + weight(group), 0);
  if (work < PARALLEL_FROM || todo.length < 2 || availableParallelism() < 2) {
    for (const { id, group } of todo) {
      results[id] = await convertOne(options.sources, group, out, { known });
      meter.tick();
    }
  } else {
    // Largest first, so that one big PDF does not finish last on its own.
    const order = [...todo].sort((a, b) => weight(b.group) - weight(a.group));
    await runPool<{ id: number; group: SourceGroup }, OneResult>({
      script: new URL('./convertWorker.ts', import.meta.url),
      args: [options.sources, out, JSON.stringify([...known.entries()])],
      size: availableParallelism(),
      timeoutMs: TIME_BOUND_MS,
      jobs: order,
      onAnswer(job, answer) {
        meter.tick();
        results[job.id] = answer.ok
          ? answer.result
          : converterFailure(job.group.files.join(' + '), answer.problem);
      },
    });
  }
  meter.done();
  return results;
}

function weight(group: SourceGroup): number {
  return group.files.reduce((n, f) => n + (/\.pdf$/i.test(f) ? PDF_WEIGHT : 1), 0);
}

/** sources.csv beside the sources, if there is one. */
function readKnown(folder: string): { known: Map<string, KnownIdentity>; issues: Issue[] } {
  const path = join(folder, SOURCES_CSV);
  if (!existsSync(path)) return { known: new Map(), issues: [] };
  const { rows, issues } = parseSourcesCsv(readFileSync(path, 'utf8'), SOURCES_CSV);
  return { known: rows, issues };
}

/** The site links each figure to its source file: outputs elsewhere get a copy of the sources. */
function copySources(groups: readonly SourceGroup[], from: string, out: string): void {
  const target = join(out, 'sources');
  if (resolve(target) === resolve(from)) return;
  for (const file of groups.flatMap((g) => g.files)) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(join(from, file), join(target, file));
  }
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
  const groups = listGroups(options.sources);
  const names = groups;
  for (const generated of ['disclosures', 'checks', 'csv', 'projects', 'text', 'years'])
    rmSync(join(out, generated), { recursive: true, force: true });
  const { known, issues: knownIssues } = readKnown(options.sources);
  copySources(groups, options.sources, out);

  const results = await convertFolder(groups, known, options, out);
  const parts: DisclosureOutput[] = results.flatMap((r) => (r.part ? [r.part] : []));
  const failed: FailedSource[] = results.flatMap((r) => (r.failed ? [r.failed] : []));
  const issues = [...knownIssues, ...results.flatMap((r) => r.issues)];
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
