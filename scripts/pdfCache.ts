// PDF pages read once per content: reading a PDF is most of the converter's time, so the pages
// pdfjs returns are kept under node_modules/.cache (or `BUDGET_CACHE`), keyed by the file's
// SHA-256 and the reader's version. A re-run over the same bytes reads them back; a changed
// file is read again.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from './read/pdf';
import type { PageReader } from './read/source';
import { CACHE_ROOT } from './resultCache';

/** Bump when read/pdf.ts changes what it returns. */
const READER_VERSION = 1;

export const PDF_CACHE = join(CACHE_ROOT, 'pdf');

export function cachedPageReader(folder: string | null = PDF_CACHE): PageReader {
  return async (file) => {
    if (!folder) return readPdf(file.name, file.bytes);
    const key = createHash('sha256').update(file.bytes).digest('hex');
    const path = join(folder, `${key}.v${READER_VERSION}.json`);
    try {
      const cached = JSON.parse(readFileSync(path, 'utf8')) as { pages: unknown };
      if (Array.isArray(cached.pages)) return { ok: true, pages: cached.pages as never, notes: [] };
    } catch {
      // Not cached yet (or unreadable): read the PDF.
    }
    const result = await readPdf(file.name, file.bytes);
    if (result.ok && result.notes.length === 0) {
      try {
        mkdirSync(folder, { recursive: true });
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ pages: result.pages }));
        renameSync(temporary, path);
      } catch {
        // A cache that cannot be written only costs time.
      }
    }
    return result;
  };
}
