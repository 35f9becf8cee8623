// PDF bytes → positioned text runs, page by page, with pdfjs-dist (pure JavaScript, its
// bundled CMaps so that Chinese CID fonts decode), in a thread of its own (pdfjsThread.mjs).
// Async, because pdfjs is; everything after this step is synchronous. Bad input is a value:
// an issue naming the file (and page).

import { Worker } from 'node:worker_threads';
import type { Issue, IssueCode } from '../../src/domain/issues';
import type { PdfPage } from './pdfLines';

export type PdfReadResult = { ok: true; pages: PdfPage[]; notes: Issue[] } | { ok: false; issues: Issue[] };

interface ThreadError {
  name: string;
  message: string;
}
type ThreadAnswer = {
  id: number;
  pages?: (PdfPage & { error?: string })[];
  error?: ThreadError;
};

/**
 * pdfjs runs in a thread of its own, started on first use, without the loader hooks of the
 * parent (`execArgv: []`): see pdfjsThread.mjs. It keeps the process alive only while a file
 * is being read.
 */
let thread: Worker | null = null;
const waiting = new Map<number, (answer: ThreadAnswer) => void>();
let nextId = 0;

function readInThread(bytes: Uint8Array): Promise<ThreadAnswer> {
  if (!thread) {
    const worker = new Worker(new URL('./pdfjsThread.mjs', import.meta.url), { execArgv: [] });
    worker.on('message', (answer: ThreadAnswer) => {
      waiting.get(answer.id)?.(answer);
      waiting.delete(answer.id);
      if (waiting.size === 0) worker.unref();
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => failAll(new Error(`the PDF reader stopped (exit code ${code})`)));
    thread = worker;
  }
  const id = nextId++;
  thread.ref();
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    // pdfjs takes ownership of the buffer it is given: the thread gets a copy.
    thread?.postMessage({ id, bytes: new Uint8Array(bytes) });
  });
}

/** The thread died (out of memory, a crash in pdfjs): every file it was reading fails, clearly. */
function failAll(error: Error): void {
  thread = null;
  for (const [id, resolve] of waiting)
    resolve({ id, error: { name: 'ReaderError', message: error.message } });
  waiting.clear();
}

/** True when the bytes start like a PDF (`%PDF-` within the first kilobyte, as readers allow). */
export function isPdfBytes(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

export async function readPdf(file: string, bytes: Uint8Array): Promise<PdfReadResult> {
  const fail = (code: IssueCode, message: string, line = 0): PdfReadResult => ({
    ok: false,
    issues: [{ severity: 'error', code, file, line, table: null, message }],
  });
  if (bytes.length === 0) return fail('empty-file', 'the file is empty: expected a PDF disclosure');
  if (!isPdfBytes(bytes)) return fail('pdf-not-pdf', notPdfMessage(bytes));

  const answer = await readInThread(bytes);
  if (answer.error || !answer.pages) {
    const { name, message } = answer.error ?? { name: 'Error', message: 'no pages' };
    if (name === 'PasswordException')
      return fail(
        'pdf-encrypted',
        'the PDF is encrypted with a password: expected a document anyone can open',
      );
    return fail(
      'pdf-damaged',
      `the PDF cannot be read (${message}): the file may be truncated or damaged; download it again`,
    );
  }
  const notes: Issue[] = [];
  const pages = answer.pages.map(({ error, ...page }) => {
    if (error)
      notes.push({
        severity: 'warning',
        code: 'pdf-page-unreadable',
        file,
        line: 0,
        table: null,
        message: `page ${page.number} cannot be read (${error}); the other pages are converted`,
      });
    return page;
  });
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
