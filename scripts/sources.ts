// Reading a folder of disclosures: every regular file that is not hidden, not a README and not
// the optional sources.csv. One disclosure may be several files: the files of one subfolder, or
// files whose names differ only by a part suffix (`…_tables.pdf` and `…_text.pdf`).
// Shared by the CLI, the benchmarks and the robustness run.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './convertAll';

/** The identity file beside the sources: file, department, region, year. */
export const SOURCES_CSV = 'sources.csv';

/** Suffixes that name one part of a disclosure published as several files. */
const PART_SUFFIX = /[_-](tables|text|tabs|narrative|表格|报表|公开表|情况说明|说明|文本)$/i;
/** Parts that hold the narrative come first, as they do in a disclosure printed as one file. */
const NARRATIVE_PART = /[_-](text|narrative|情况说明|说明|文本)$/i;

export interface SourceGroup {
  /** The disclosure's id: the file name without extension, or the common stem of its parts. */
  id: string;
  /** Paths relative to the sources folder, narrative parts first. */
  files: string[];
}

function isSource(name: string): boolean {
  return !name.startsWith('.') && !/^readme/i.test(name) && name.toLowerCase() !== SOURCES_CSV;
}

/** Top-level files of a folder (used where one file is one disclosure: the seeds, the fuzzer). */
export function listSources(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => isSource(name) && statSync(join(folder, name)).isFile())
    .sort();
}

/** The text exports of a folder (one file, one disclosure): what the robustness run mutates. */
export function readSources(folder: string): SourceFile[] {
  return listSources(folder)
    .filter((name) => !/\.pdf$/i.test(name))
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
}

/** Every disclosure of a folder, grouped as above, in order of id. */
export function listGroups(folder: string): SourceGroup[] {
  const groups = new Map<string, string[]>();
  for (const name of readdirSync(folder).sort()) {
    if (!isSource(name)) continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path)
        .filter((inner) => isSource(inner) && statSync(join(path, inner)).isFile())
        .sort()
        .map((inner) => `${name}/${inner}`);
      if (files.length) groups.set(`dir:${name}`, files);
      continue;
    }
    const stem = name.replace(/\.[^.]+$/, '');
    const key = `file:${stem.replace(PART_SUFFIX, '')}${name.slice(stem.length).toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups.entries()]
    .map(([key, files]) => ({ id: groupId(key, files), files: orderParts(files) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function groupId(key: string, files: readonly string[]): string {
  if (key.startsWith('dir:')) return key.slice(4);
  if (files.length === 1) return files[0].replace(/\.[^.]+$/, '');
  return key.slice(5).replace(/\.[^.]+$/, '');
}

export function orderParts(files: readonly string[]): string[] {
  const rank = (file: string): number => (NARRATIVE_PART.test(file.replace(/\.[^.]+$/, '')) ? 0 : 1);
  return [...files].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
