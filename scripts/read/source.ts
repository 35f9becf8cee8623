// The files of one disclosure → its text: decoded lines for text exports, positioned lines
// for PDFs (several PDFs of one disclosure become one text, a marker line per file and page).
// Async because reading a PDF is; pure otherwise (the caller reads the bytes and may cache
// the PDF pages, see pdfCache.ts).

import type { Issue } from '../../src/domain/issues';
import { decodeSource } from './decode';
import { isPdfBytes, readPdf, type PdfReadResult } from './pdf';
import { positionedText, type PdfPage, type PositionedText } from './pdfLines';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export type SourceText =
  { kind: 'text'; lines: string[]; notes: Issue[] } | { kind: 'pdf'; text: PositionedText; notes: Issue[] };

export type SourceResult = { ok: true; value: SourceText } | { ok: false; issues: Issue[] };

export type PageReader = (file: SourceFile) => Promise<PdfReadResult>;

export function isPdfFile(file: SourceFile): boolean {
  return /\.pdf$/i.test(file.name) || isPdfBytes(file.bytes);
}

export async function readSourceText(
  files: readonly SourceFile[],
  readPages: PageReader = (file) => readPdf(file.name, file.bytes),
): Promise<SourceResult> {
  const pdfs = files.filter(isPdfFile);
  if (pdfs.length > 0 && pdfs.length < files.length) {
    return {
      ok: false,
      issues: files.map((file) => ({
        severity: 'error',
        code: 'mixed-sources',
        file: file.name,
        line: 0,
        table: null,
        message:
          'one disclosure mixes PDF and text files: expected all its files to be PDFs or all text exports',
      })),
    };
  }
  if (pdfs.length === 0) return readTexts(files);

  const read: { file: string; pages: PdfPage[] }[] = [];
  const notes: Issue[] = [];
  const issues: Issue[] = [];
  for (const file of files) {
    const result = await readPages(file);
    if (!result.ok) issues.push(...result.issues);
    else {
      read.push({ file: file.name, pages: result.pages });
      notes.push(...result.notes);
    }
  }
  if (issues.length > 0) return { ok: false, issues: [...issues, ...notes] };
  return { ok: true, value: { kind: 'pdf', text: positionedText(read), notes } };
}

function readTexts(files: readonly SourceFile[]): SourceResult {
  const lines: string[] = [];
  const notes: Issue[] = [];
  for (const file of files) {
    const decoded = decodeSource(file.name, file.bytes);
    if (!decoded.ok) return { ok: false, issues: decoded.issues };
    if (files.length > 1) lines.push(`=== ${file.name} ===`);
    lines.push(...decoded.value.lines);
    notes.push(...decoded.value.notes);
  }
  return { ok: true, value: { kind: 'text', lines, notes } };
}
