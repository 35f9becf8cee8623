// npm run test:robustness [-- --variants <per seed> --corruptions <total> --urls <count>]
// Feeds the converter hundreds of broken variants of every seed and a thousand one-digit
// corruptions, then the explorer hundreds of malformed URLs (e2e/robustness.spec.ts), and
// writes the numbers to bench/results.json and bench/RESULTS.md. Exits 1 when a promise is
// broken: a crash, a hang, a diagnostic without file and line, an untouched disclosure changed,
// a CSV cell that starts a formula, or fewer than 99 % of covered corruptions detected.

import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeReport } from '../../bench/report';
import { median } from '../tools/stats';
import { readSources } from '../sources';
import type { CorruptionResult } from './corrupt';
import type { Outcome, VariantResult } from './fuzz';
import { MUTATION_KINDS } from './mutations';
import { runPool, type Answer } from '../pool';
import type { Job } from './worker';

const SOURCES = 'public/data/sources';
const TIME_BOUND_MS = 10_000;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const percent = (part: number, whole: number): number => (whole ? +((100 * part) / whole).toFixed(2) : 0);

async function main(): Promise<number> {
  const variantsPerSeed = option('variants', 200);
  const corruptions = option('corruptions', 1200);
  const urls = option('urls', 400);
  const seeds = readSources(SOURCES);
  const jobs: Job[] = [];
  seeds.forEach((_, seed) => {
    for (let variant = 0; variant < variantsPerSeed; variant++)
      jobs.push({ type: 'fuzz', id: jobs.length, seed, variant });
  });
  for (let n = 0; n < corruptions; n++)
    jobs.push({ type: 'corrupt', id: jobs.length, seed: n % seeds.length, n });

  const variants: VariantResult[] = [];
  const corrupted: CorruptionResult[] = [];
  const problems: string[] = [];
  const started = performance.now();
  let done = 0;
  await runPool<Job, VariantResult | CorruptionResult>({
    script: new URL('./worker.ts', import.meta.url),
    args: [SOURCES],
    size: Math.max(1, availableParallelism()),
    timeoutMs: TIME_BOUND_MS,
    jobs,
    onAnswer(job, answer: Answer<VariantResult | CorruptionResult>) {
      if (++done % 200 === 0) console.log(`  ${done}/${jobs.length} runs`);
      const what =
        job.type === 'fuzz'
          ? `${seeds[job.seed].name} variant ${job.variant}`
          : `${seeds[job.seed].name} corruption ${job.n}`;
      if (!answer.ok) problems.push(`${what}: ${answer.problem}`);
      else if (job.type === 'fuzz') variants.push(answer.result as VariantResult);
      else corrupted.push(answer.result as CorruptionResult);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  for (const v of variants)
    for (const violation of v.violations) problems.push(`${v.seed} ${v.kind} (${v.detail}): ${violation}`);

  const fuzz = summarizeFuzz(variants, seeds.length, problems);
  const corruption = summarizeCorruption(corrupted);
  console.log(
    `converter: ${variants.length} broken variants of ${seeds.length} seeds and ${corrupted.length} corruptions in ${seconds.toFixed(1)} s`,
  );
  console.log(
    `  outcomes: ${JSON.stringify(fuzz.outcomes)}; slowest ${fuzz.maxMs} ms (bound ${TIME_BOUND_MS} ms)`,
  );
  console.log(
    `  corruption detected: covered ${corruption.covered.detected}/${corruption.covered.runs} (${corruption.covered.rate} %), rest ${corruption.rest.detected}/${corruption.rest.runs}`,
  );

  const e2e = runUrlFuzz(urls);
  if (!e2e.ok) problems.push(`explorer: ${e2e.problem}`);

  const results = {
    ...readResults(),
    robustness: { machine: machine(), seconds: +seconds.toFixed(1), fuzz, corruption, explorer: e2e.summary },
  };
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  writeReport();

  if (corruption.covered.rate < 99)
    problems.push(`covered corruptions detected: ${corruption.covered.rate} % < 99 %`);
  for (const problem of problems.slice(0, 50)) console.error(`✗ ${problem}`);
  console.log(problems.length ? `${problems.length} problems` : 'no problems; bench/RESULTS.md updated');
  return problems.length ? 1 : 0;
}

function summarizeFuzz(variants: readonly VariantResult[], seeds: number, problems: readonly string[]) {
  const empty = (): Record<Outcome | 'rejected', number> => ({
    unchanged: 0,
    flagged: 0,
    noted: 0,
    silent: 0,
    rejected: 0,
  });
  const outcomes = empty();
  const byKind: Record<string, ReturnType<typeof empty>> = {};
  for (const v of variants) {
    const key = v.converted ? v.outcome : 'rejected';
    outcomes[key]++;
    (byKind[v.kind] ??= empty())[key]++;
  }
  return {
    seeds,
    variants: variants.length,
    kinds: MUTATION_KINDS.length,
    outcomes,
    byKind,
    problems: problems.length,
    timeBoundMs: TIME_BOUND_MS,
    medianMs: Math.round(median(variants.map((v) => v.ms))),
    maxMs: Math.round(Math.max(0, ...variants.map((v) => v.ms))),
    unflaggedChanges: variants
      .filter((v) => v.outcome === 'silent' || v.outcome === 'noted')
      .map((v) => `${v.outcome}: ${v.seed} ${v.kind} — ${v.detail}`),
  };
}

function summarizeCorruption(results: readonly CorruptionResult[]) {
  const rate = (list: readonly CorruptionResult[]) => {
    const detected = list.filter((r) => r.detected).length;
    return { runs: list.length, detected, rate: percent(detected, list.length) };
  };
  const covered = results.filter((r) => r.covered);
  const rest = results.filter((r) => !r.covered);
  const groups = new Map<string, CorruptionResult[]>();
  for (const r of rest) {
    const key = r.percentage ? `${r.where} (percentage)` : r.where;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return {
    runs: results.length,
    covered: rate(covered),
    rest: rate(rest),
    missedCovered: covered.filter((r) => !r.detected).map((r) => `${r.seed}:${r.line} ${r.from} → ${r.to}`),
    uncovered: [...groups.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([where, list]) => ({
        where,
        runs: list.length,
        detected: list.filter((r) => r.detected).length,
        examples: [...new Set(list.map((r) => `${r.seed.slice(0, 24)}…:${r.line} ${r.from}`))].slice(0, 3),
      })),
  };
}

/** The explorer's part: e2e/robustness.spec.ts with many URLs, against a fresh build. */
function runUrlFuzz(count: number): { ok: boolean; problem?: string; summary: unknown } {
  if (count === 0) return { ok: true, summary: null };
  const reports = 'test-reports/robustness-e2e';
  rmSync(reports, { recursive: true, force: true });
  const env = { ...process.env, ROBUSTNESS_URLS: String(count), ROBUSTNESS_REPORT: reports };
  let problem: string | undefined;
  for (const [command, args] of [
    ['bash', ['e2e/ensure-chromium.sh']],
    ['npx', ['vite', 'build', '--logLevel', 'warn']],
    ['npx', ['playwright', 'test', 'e2e/robustness.spec.ts', '--reporter=line']],
  ] as const) {
    const run = spawnSync(command, args, { stdio: 'inherit', env });
    if (run.status !== 0) {
      problem = `${command} ${args.join(' ')} failed`;
      break;
    }
  }
  const chunks = existsSync(reports)
    ? readdirSync(reports).map(
        (file) => readJson(join(reports, file)) as { urls: number; noticed: number; problems: string[] },
      )
    : [];
  const summary = {
    urls: chunks.reduce((sum, c) => sum + c.urls, 0),
    /** Rendered the view and showed a notice (console errors and script runs are problems). */
    noticed: chunks.reduce((sum, c) => sum + c.noticed, 0),
    problems: chunks.flatMap((c) => c.problems),
    security: problem ? 'failed' : 'passed',
  };
  return { ok: !problem, problem, summary };
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function readResults(): Record<string, unknown> {
  return (readJson('bench/results.json') as Record<string, unknown> | null) ?? {};
}

function machine(): string {
  return `${process.platform} ${process.arch}, ${availableParallelism()} cores, node ${process.version}`;
}

process.exitCode = await main();
