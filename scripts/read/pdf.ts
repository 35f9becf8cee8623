// PDF bytes → positioned text runs, page by page, with pdfjs-dist (pure JavaScript, its
// bundled CMaps so that Chinese CID fonts decode). Async, because pdfjs is; everything after
// this step is synchronous. Bad input is a value: an issue naming the file (and page).

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Issue, IssueCode } from '../../src/domain/issues';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfPage, PdfRun } from './pdfLines';

export type PdfReadResult = { ok: true; pages: PdfPage[]; notes: Issue[] } | { ok: false; issue: Issue };

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

type Pdfjs = typeof PdfjsModule;
let pdfjs: Promise<Pdfjs> | null = null;
/** Loaded on first use: converting text files never pays for it. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** True when the bytes start like a PDF (`%PDF-` within the first kilobyte, as readers allow). */
export function isPdfBytes(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

export async function readPdf(file: string, bytes: Uint8Array): Promise<PdfReadResult> {
  const fail = (code: IssueCode, message: string, line = 0): PdfReadResult => ({
    ok: false,
    issue: { severity: 'error', code, file, line, table: null, message },
  });
  if (bytes.length === 0) return fail('empty-file', 'the file is empty: expected a PDF disclosure');
  if (!isPdfBytes(bytes)) return fail('pdf-not-pdf', notPdfMessage(bytes));

  const { getDocument, Util } = await loadPdfjs();
  let doc;
  try {
    doc = await getDocument({
      // pdfjs takes ownership of the buffer it is given.
      data: new Uint8Array(bytes),
      cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const detail = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException')
      return fail(
        'pdf-encrypted',
        'the PDF is encrypted with a password: expected a document anyone can open',
      );
    return fail(
      'pdf-damaged',
      `the PDF cannot be read (${detail}): the file may be truncated or damaged; download it again`,
    );
  }

  const pages: PdfPage[] = [];
  const notes: Issue[] = [];
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      try {
        const page = await doc.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const runs: PdfRun[] = [];
        for (const item of content.items) {
          if (!('str' in item) || item.str.trim() === '') continue;
          const m = Util.transform(viewport.transform, item.transform);
          const size = Math.hypot(m[2], m[3]);
          const upright = Math.abs(m[1]) <= 0.01 * Math.max(size, 1) && m[0] > 0;
          runs.push({
            text: item.str,
            x: m[4],
            y: m[5],
            width: upright ? item.width * viewport.scale : size,
            size: upright ? size : Math.hypot(m[0], m[1]),
          });
        }
        pages.push({ number, width: viewport.width, height: viewport.height, runs });
        page.cleanup();
      } catch (error) {
        notes.push({
          severity: 'warning',
          code: 'pdf-page-unreadable',
          file,
          line: 0,
          table: null,
          message: `page ${number} cannot be read (${error instanceof Error ? error.message : String(error)}); the other pages are converted`,
        });
        pages.push({ number, width: 0, height: 0, runs: [] });
      }
    }
  } finally {
    await doc.destroy();
  }
  if (pages.every((page) => page.runs.length === 0)) {
    return fail(
      'pdf-no-text',
      `none of the ${pages.length} pages has a text layer: this looks like a scan; expected a PDF with selectable text (run it through OCR first)`,
    );
  }
  return { ok: true, pages, notes };
}

function notPdfMessage(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).trim().toLowerCase();
  if (/^(<!doctype html|<html|<\?xml|<head|<meta|<script)/.test(head))
    return 'this is a web page (HTML) saved with a .pdf name, not a PDF: download the document itself from the portal';
  if (/^pk\x03\x04/.test(head))
    return 'this is a ZIP or Office (docx/xlsx) file with a .pdf name: save it as PDF or export its text';
  return 'this file does not start like a PDF (no %PDF- header): expected a PDF disclosure';
}
