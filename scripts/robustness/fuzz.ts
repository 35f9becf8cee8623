// One broken variant among the untouched seeds: convert them all, write all outputs in memory,
// and check what must hold whatever the input: no crash, every diagnostic names its file and
// line, the other disclosures come out byte for byte as before, no CSV cell can start a
// formula, and a change to the figures is flagged rather than passed on silently.

import Papa from 'papaparse';
import type { Disclosure } from '../../src/domain/budget';
import { FILE_LEVEL_CODES, formatIssue, type Issue } from '../../src/domain/issues';
import { convertAll, type SourceFile } from '../convertAll';
import { disclosureId } from '../convert';
import { decodeSource } from '../read/decode';
import { buildOutputs } from '../write/outputs';
import { HARMLESS, mutate, MUTATION_KINDS, type MutationKind } from './mutations';
import { random } from '../tools/random';

export interface Baseline {
  files: SourceFile[];
  texts: string[];
  disclosures: Disclosure[];
  outputs: Map<string, string>;
}

export function makeBaseline(files: SourceFile[]): Baseline {
  const { converted, failed } = convertAll(files);
  if (failed.length > 0) throw new Error(`seeds must convert: ${failed.map((f) => f.sourceFile).join(', ')}`);
  const byName = new Map(converted.map((d) => [d.sourceFile, d]));
  return {
    files,
    texts: files.map((f) => new TextDecoder().decode(f.bytes)),
    disclosures: files.map((f) => byName.get(f.name) as Disclosure),
    outputs: buildOutputs(converted, []),
  };
}

/**
 * - unchanged: the figures came out exactly as from the untouched text;
 * - flagged: a new error or warning, a new or changed failed check, or the file rejected;
 * - noted: the figures changed and only an info note (validation.json) says something happened;
 * - silent: the figures changed and nothing says so.
 */
export type Outcome = 'unchanged' | 'flagged' | 'noted' | 'silent';

export interface VariantResult {
  seed: string;
  kind: MutationKind;
  variant: number;
  detail: string;
  outcome: Outcome;
  converted: boolean;
  /** Broken promises: each one fails the run. */
  violations: string[];
  /** The first error or warning, as the CLI prints it. */
  firstDiagnostic: string | null;
  ms: number;
}

/** Variant number n of a seed: its kind cycles through all kinds, its details are random. */
export function variantKind(n: number): MutationKind {
  return MUTATION_KINDS[n % MUTATION_KINDS.length];
}

export function runVariant(base: Baseline, seedIndex: number, variant: number): VariantResult {
  const started = performance.now();
  const seed = base.files[seedIndex];
  const kind = variantKind(variant);
  const mutated = mutate(kind, {
    text: base.texts[seedIndex],
    tables: base.disclosures[seedIndex].tables,
    random: random(variant * 7919 + seedIndex * 104729 + 1),
  });
  const files = base.files.map((f, i) => (i === seedIndex ? { name: f.name, bytes: mutated.bytes } : f));
  const violations: string[] = [];
  const set = convertAll(files);
  const broken = set.converted.find((d) => d.sourceFile === seed.name) ?? null;
  const issues = set.issues.filter((i) => i.file === seed.name);

  for (const issue of set.issues) {
    if (issue.code === 'internal-error') violations.push(`crash: ${issue.message}`);
  }
  violations.push(...diagnosticsNameTheirLine(seed.name, mutated.bytes, issues, broken));

  let outputs: Map<string, string> | null = null;
  try {
    outputs = buildOutputs(set.converted, set.failed);
  } catch (error) {
    violations.push(`crash while writing outputs: ${String(error)}`);
  }
  if (outputs) {
    const others = base.files.filter((_, i) => i !== seedIndex).map((f) => disclosureId(f.name));
    violations.push(...othersChanged(base.outputs, outputs, others), ...formulaCells(outputs));
  }

  const before = base.disclosures[seedIndex];
  const outcome = judge(before, broken, issues);
  if (HARMLESS.has(kind) && outcome !== 'unchanged') {
    violations.push(`${kind} must not change any figure, but the outcome was ${outcome}`);
  }
  const loud = issues.find((i) => i.severity !== 'info');
  return {
    seed: seed.name,
    kind,
    variant,
    detail: mutated.detail,
    outcome,
    converted: broken !== null,
    violations,
    firstDiagnostic: loud ? formatIssue(loud) : null,
    ms: performance.now() - started,
  };
}

function judge(before: Disclosure, after: Disclosure | null, issues: readonly Issue[]): Outcome {
  if (!after) return 'flagged';
  const loudKey = (i: Issue): string => `${i.severity} ${i.code} ${i.table ?? ''}`;
  const loudBefore = new Set(before.issues.filter((i) => i.severity !== 'info').map(loudKey));
  const newLoud = issues.some((i) => i.severity !== 'info' && !loudBefore.has(loudKey(i)));
  const failedKey = (c: Disclosure['checks'][number]): string => `${c.id} ${c.left.fen} ${c.rightFen}`;
  const failedBefore = new Set(before.checks.filter((c) => !c.passed).map(failedKey));
  const newFailed = after.checks.some((c) => !c.passed && !failedBefore.has(failedKey(c)));
  if (figures(before) === figures(after)) return 'unchanged';
  if (newLoud || newFailed) return 'flagged';
  const infoBefore = before.issues.filter((i) => i.severity === 'info').length;
  return issues.filter((i) => i.severity === 'info').length !== infoBefore ? 'noted' : 'silent';
}

/**
 * Every figure of a disclosure with its code, as a canonical string: without where it was
 * printed and at what precision (lines shift, a figure may come from another table that prints
 * it), with a printed zero the same as an empty cell, without names (text put into a name cell is kept as text, not lost), and in code order
 * (rows printed in another order are the same rows).
 */
export function figures(d: Disclosure): string {
  const { income, expenditure, units, functional, economicBasic, economicAll, sanGong, projects } = d;
  return canonical({ income, expenditure, units, functional, economicBasic, economicAll, sanGong, projects });
}

const DROPPED = new Set(['line', 'table', 'step', 'name', 'label', 'unitName']);

function canonical(value: unknown): string {
  if (Array.isArray(value))
    return `[${value
      .map(canonical)
      .filter((v) => v !== 'null')
      .sort()
      .join(',')}]`;
  if (value && typeof value === 'object') {
    // A printed 0 and an empty cell say the same; so does a line that states neither.
    if ('fen' in value && value.fen === 0) return 'null';
    if ('source' in value && 'amount' in value && canonical(value.amount) === 'null') return 'null';
    const entries = Object.entries(value).filter(([key]) => !DROPPED.has(key));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function diagnosticsNameTheirLine(
  file: string,
  bytes: Uint8Array,
  issues: readonly Issue[],
  disclosure: Disclosure | null,
): string[] {
  const decoded = decodeSource(file, bytes);
  const lineCount = decoded.ok ? decoded.value.lines.length : 0;
  const problems: string[] = [];
  for (const issue of issues) {
    if (issue.file !== file) problems.push(`diagnostic names ${issue.file}, not ${file}`);
    if (!Number.isInteger(issue.line) || issue.line < 0 || issue.line > lineCount) {
      problems.push(`diagnostic line ${issue.line} outside 1–${lineCount}: ${formatIssue(issue)}`);
    } else if (issue.line === 0 && !FILE_LEVEL_CODES.has(issue.code)) {
      problems.push(`diagnostic without a line: ${formatIssue(issue)}`);
    }
  }
  for (const check of disclosure?.checks ?? []) {
    for (const term of [check.left, ...check.right]) {
      if (!Number.isInteger(term.line) || term.line < 1 || term.line > lineCount) {
        problems.push(`check ${check.id} cites line ${term.line} outside 1–${lineCount}`);
      }
    }
  }
  return problems;
}

function othersChanged(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  others: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const id of others) {
    for (const path of [`disclosures/${id}.json`, `checks/${id}.json`]) {
      if (before.get(path) !== after.get(path)) problems.push(`untouched ${path} changed`);
    }
  }
  const own = (csv: string | undefined): string =>
    (csv ?? '')
      .split('\r\n')
      .filter((row) => others.some((id) => row.startsWith(`${id},`)))
      .join('\n');
  for (const path of before.keys()) {
    if (path.endsWith('.csv') && own(before.get(path)) !== own(after.get(path))) {
      problems.push(`rows of untouched disclosures changed in ${path}`);
    }
  }
  return problems;
}

/** A CSV cell that Excel would run: text starting with = + - @ tab or CR. Numbers are fine. */
export function formulaCells(outputs: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, content] of outputs) {
    if (!path.endsWith('.csv')) continue;
    const rows = Papa.parse<string[]>(content.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    for (const [r, row] of rows.entries()) {
      for (const cell of row) {
        if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)) {
          problems.push(`${path} row ${r + 1} has a cell that starts a formula: ${cell.slice(0, 40)}`);
        }
      }
    }
  }
  return problems;
}
