// One disclosure from a folder (one file, or the parts of one) → its output files written, and
// what the shared files need. Used in process for small folders and by convertWorker.ts for
// large ones. With cli.ts and sources.ts, the converter's shell.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Disclosure } from '../src/domain/budget';
import type { Issue } from '../src/domain/issues';
import { applyKnownIdentity, type KnownIdentity } from './budget/known';
import { convertLines, convertPositioned, type ConvertResult } from './convert';
import { cachedPageReader } from './pdfCache';
import { readSourceText, type SourceFile } from './read/source';
import { readCached, resultKey, writeCached } from './resultCache';
import type { SourceGroup } from './sources';
import { disclosureOutput, hasErrors, type DisclosureOutput, type FailedSource } from './write/outputs';

export interface OneResult {
  /** Null when the disclosure could not be converted at all. */
  part: DisclosureOutput | null;
  failed: FailedSource | null;
  issues: Issue[];
  /** For the per-file line of a short run. */
  summary: string;
  bytes: number;
}

export interface OneOptions {
  /** Rows of sources.csv, by file name. */
  known: ReadonlyMap<string, KnownIdentity>;
  /** Folder of the PDF page cache; null to read every PDF afresh and remember nothing. */
  cache?: string | null;
}

export async function convertOne(
  folder: string,
  group: SourceGroup,
  out: string,
  options: OneOptions,
): Promise<OneResult> {
  const files = readGroup(folder, group);
  const key = options.cache === null ? null : resultKey(group, files, options.known);
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  const label = group.files.join(' + ');
  const result = await convertGroup(group, files, options);
  if (!result.ok) {
    const failed: OneResult = {
      part: null,
      failed: { sourceFile: label, issues: result.issues },
      issues: result.issues,
      summary: `✗ ${label}: not converted`,
      bytes,
    };
    if (key) writeCached(key, { files: [], result: failed });
    return failed;
  }
  const disclosure = result.disclosure;
  const part = disclosureOutput(disclosure);
  const written: [string, string][] = [...part.files];
  if (result.text) written.push([disclosure.text, result.text]);
  writeOutputs(out, written);
  const failedChecks = disclosure.checks.filter((c) => !c.passed).length;
  const one: OneResult = {
    // Written already: do not carry the contents around.
    part: { ...part, files: part.files.map(([path]) => [path, '']) },
    failed: null,
    issues: disclosure.issues,
    summary: `${hasErrors(disclosure) ? '✗' : '✓'} ${label}: ${disclosure.department.name} ${disclosure.year ?? ''} — ${disclosure.tables.length} tables, ${disclosure.functional.length} functional rows, ${disclosure.checks.length} checks (${failedChecks} failed)`,
    bytes,
  };
  if (key) writeCached(key, { files: written, result: one });
  return one;
}

export function readGroup(folder: string, group: SourceGroup): SourceFile[] {
  return group.files.map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
}

/** A disclosure converted before, by the same converter, from the same bytes: its outputs again. */
export function fromCache(
  folder: string,
  group: SourceGroup,
  out: string,
  known: ReadonlyMap<string, KnownIdentity>,
): OneResult | null {
  const cached = readCached<OneResult>(resultKey(group, readGroup(folder, group), known));
  if (!cached) return null;
  writeOutputs(out, cached.files);
  return cached.result;
}

function writeOutputs(out: string, files: readonly [string, string][]): void {
  for (const [path, content] of files) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

type GroupResult =
  (ConvertResult & { ok: false }) | { ok: true; disclosure: Disclosure; text: string | null };

async function convertGroup(
  group: SourceGroup,
  files: SourceFile[],
  options: OneOptions,
): Promise<GroupResult> {
  let result: ConvertResult;
  let text: string | null = null;
  try {
    const source = await readSourceText(files, cachedPageReader(options.cache));
    if (!source.ok) return { ok: false, issues: source.issues };
    if (source.value.kind === 'pdf') {
      result = convertPositioned(group.id, source.value.text, source.value.notes);
      text = source.value.text.lines.join('\n') + '\n';
    } else result = convertLines(group.id, group.files, source.value.lines, source.value.notes);
  } catch (error) {
    // A bug, not bad input: still reported against the files, and the others still converted.
    const issue: Issue = {
      severity: 'error',
      code: 'internal-error',
      file: group.files.join(' + '),
      line: 0,
      table: null,
      message: `the converter failed on this disclosure: ${error instanceof Error ? error.message : String(error)}`,
    };
    return { ok: false, issues: [issue] };
  }
  if (!result.ok) return result;
  const known = group.files.map((file) => options.known.get(file)).find(Boolean) ?? null;
  return { ok: true, disclosure: applyKnownIdentity(result.disclosure, known), text };
}
