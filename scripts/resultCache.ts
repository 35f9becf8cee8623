// Conversions remembered by content: `npm run data` over files it has converted before, with
// the same converter, writes the same outputs again without converting them. The key is the
// files' bytes (and names), their sources.csv rows and a hash of the converter's own code
// (scripts/ and src/domain/, which is all it imports, and package.json), so that any change to
// either converts afresh. `BUDGET_CACHE` moves the cache (the benchmarks measure cold runs with
// an empty one); deleting it only costs time.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnownIdentity } from './budget/known';
import type { SourceFile } from './read/source';
import type { SourceGroup } from './sources';

export const CACHE_ROOT =
  process.env.BUDGET_CACHE || join(process.cwd(), 'node_modules', '.cache', 'budget-explorer');
const RESULTS = join(CACHE_ROOT, 'results');
const ROOT = fileURLToPath(new URL('..', import.meta.url));

let codeHash: string | null = null;

/** A hash of every file the converter is made of. */
function converterVersion(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const walk = (folder: string): void => {
    for (const name of readdirSync(join(ROOT, folder)).sort()) {
      const path = join(folder, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.(ts|mjs|json)$/.test(name)) hash.update(path).update(readFileSync(join(ROOT, path)));
    }
  };
  walk('scripts');
  walk(join('src', 'domain'));
  hash.update(readFileSync(join(ROOT, 'package.json')));
  codeHash = hash.digest('hex');
  return codeHash;
}

export function resultKey(
  group: SourceGroup,
  files: readonly SourceFile[],
  known: ReadonlyMap<string, KnownIdentity>,
): string {
  const hash = createHash('sha256').update(converterVersion()).update(group.id);
  for (const file of files) {
    hash.update(file.name).update(file.bytes);
    const row = known.get(file.name);
    if (row) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** A remembered conversion: its result (what convertOne returns) and the files it wrote. */
interface Cached<R> {
  /** The disclosure's own output files, relative to the output folder. */
  files: [string, string][];
  result: R;
}

export function readCached<R>(key: string): Cached<R> | null {
  try {
    const cached = JSON.parse(readFileSync(join(RESULTS, `${key}.json`), 'utf8')) as Cached<R>;
    return Array.isArray(cached.files) && cached.result ? cached : null;
  } catch {
    return null;
  }
}

export function writeCached<R>(key: string, cached: Cached<R>): void {
  try {
    mkdirSync(RESULTS, { recursive: true });
    const path = join(RESULTS, `${key}.json`);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(cached));
    renameSync(temporary, path);
  } catch {
    // A cache that cannot be written only costs time.
  }
}
