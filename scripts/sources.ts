// Reading a folder of disclosure texts: every regular file that is not hidden and not a README.
// Shared by the CLI, the benchmarks and the robustness run.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './convertAll';

export function listSources(folder: string): string[] {
  return readdirSync(folder)
    .filter(
      (name) => !name.startsWith('.') && !/^readme/i.test(name) && statSync(join(folder, name)).isFile(),
    )
    .sort();
}

export function readSources(folder: string): SourceFile[] {
  return listSources(folder).map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
}
