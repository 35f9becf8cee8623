// The built site's data as the renderer reads it (src/bake/render.tsx `ReadData`): the catalog,
// and each disclosure's, checks', years' or projects' file by its key, parsed, or a source text
// by its path below the data folder; undefined when there is none. Files are kept until
// `forget` (the cli lets them go after each disclosure).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadData } from '../../src/bake/render';
import type { Catalog } from '../../src/domain/catalog';

const FOLDERS = { disclosures: 'disclosures', checks: 'checks', years: 'years', projectShards: 'projects' };

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

export function siteData(dir: string): { catalog: Catalog | undefined; read: ReadData; forget: () => void } {
  const catalog = readJson(join(dir, 'index.json')) as Catalog | undefined;
  let cache = new Map<string, unknown>();
  const read: ReadData = (record, key) => {
    if (record === 'catalog') return catalog;
    if (record === 'sources') {
      const parts = key.split('/');
      const path = join(dir, ...parts);
      // Only a path below the data folder: the catalog names it, but a page never reads above it.
      if (parts.includes('..') || !existsSync(path)) return undefined;
      if (!cache.has(path)) cache.set(path, readFileSync(path, 'utf8'));
      return cache.get(path);
    }
    const path = join(dir, FOLDERS[record], `${encodeURIComponent(key)}.json`);
    if (!cache.has(path)) cache.set(path, readJson(path));
    return cache.get(path);
  };
  return { catalog, read, forget: () => (cache = new Map()) };
}
