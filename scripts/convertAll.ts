// Converting a set of files: each on its own, a failure never stopping the others. Pure: the
// caller reads the files and writes the outputs (cli.ts, the robustness harness).

import type { Disclosure } from '../src/domain/budget';
import type { Issue } from '../src/domain/issues';
import { convertDisclosure } from './convert';
import type { FailedSource } from './write/outputs';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export interface ConvertedSet {
  converted: Disclosure[];
  failed: FailedSource[];
  /** Every diagnostic, in file order. */
  issues: Issue[];
}

export function convertAll(
  files: readonly SourceFile[],
  onFile?: (index: number, file: SourceFile) => void,
): ConvertedSet {
  const result: ConvertedSet = { converted: [], failed: [], issues: [] };
  files.forEach((file, index) => {
    onFile?.(index, file);
    let outcome: ReturnType<typeof convertDisclosure>;
    try {
      outcome = convertDisclosure(file.name, file.bytes);
    } catch (error) {
      // A bug, not bad input: still reported against the file, and the others still converted.
      outcome = {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'internal-error',
            file: file.name,
            line: 0,
            table: null,
            message: `the converter failed on this file: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      };
    }
    if (outcome.ok) {
      result.converted.push(outcome.disclosure);
      result.issues.push(...outcome.disclosure.issues);
    } else {
      result.failed.push({ sourceFile: file.name, issues: outcome.issues });
      result.issues.push(...outcome.issues);
    }
  });
  return result;
}
