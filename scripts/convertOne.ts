// One source file from a folder → its output files written, and what the shared files need.
// Used in process for small folders and by convertWorker.ts for large ones.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Issue } from '../src/domain/issues';
import { convertAll } from './convertAll';
import { disclosureOutput, hasErrors, type DisclosureOutput, type FailedSource } from './write/outputs';

export interface OneResult {
  /** Null when the file could not be converted at all. */
  part: DisclosureOutput | null;
  failed: FailedSource | null;
  issues: Issue[];
  /** For the per-file line of a short run. */
  summary: string;
  bytes: number;
}

export function convertOne(folder: string, name: string, out: string): OneResult {
  const bytes = readFileSync(join(folder, name));
  const { converted, failed, issues } = convertAll([{ name, bytes }]);
  const disclosure = converted[0];
  if (!disclosure)
    return {
      part: null,
      failed: failed[0] ?? null,
      issues,
      summary: `✗ ${name}: not converted`,
      bytes: bytes.length,
    };
  const part = disclosureOutput(disclosure);
  for (const [path, content] of part.files) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const failedChecks = disclosure.checks.filter((c) => !c.passed).length;
  return {
    // Written already: do not carry the contents around.
    part: { ...part, files: part.files.map(([path]) => [path, '']) },
    failed: null,
    issues,
    summary: `${hasErrors(disclosure) ? '✗' : '✓'} ${name}: ${disclosure.department.name} ${disclosure.year ?? ''} — ${disclosure.tables.length} tables, ${disclosure.functional.length} functional rows, ${disclosure.checks.length} checks (${failedChecks} failed)`,
    bytes: bytes.length,
  };
}
