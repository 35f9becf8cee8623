// Converting a real disclosure (one or more PDFs) the way `npm run data` does, for the corpus
// goldens and the corpus test. PDF pages come from the cache `npm run data` fills (pretest).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Disclosure } from '../../src/domain/budget';
import { applyKnownIdentity, parseSourcesCsv } from '../../scripts/budget/known';
import { convertPositioned } from '../../scripts/convert';
import { cachedPageReader } from '../../scripts/pdfCache';
import { readSourceText } from '../../scripts/read/source';
import { orderParts } from '../../scripts/sources';
import { SOURCES } from './helpers';

const known = parseSourcesCsv(readFileSync(join(SOURCES, 'sources.csv'), 'utf8')).rows;

export async function convertPdfs(id: string, files: readonly string[]): Promise<Disclosure> {
  const source = await readSourceText(
    orderParts(files).map((name) => ({ name, bytes: readFileSync(join(SOURCES, name)) })),
    cachedPageReader(),
  );
  if (!source.ok) throw new Error(`${files.join(' + ')}: ${JSON.stringify(source.issues)}`);
  if (source.value.kind !== 'pdf') throw new Error(`${files.join(' + ')} is not a PDF`);
  const result = convertPositioned(id, source.value.text, source.value.notes);
  if (!result.ok)
    throw new Error(`${files.join(' + ')} did not convert: ${JSON.stringify(result.issues.slice(0, 5))}`);
  const row = files.map((file) => known.get(file)).find(Boolean) ?? null;
  return applyKnownIdentity(result.disclosure, row);
}
