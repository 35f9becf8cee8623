// The PDF reader's thread: pdfjs-dist, run as plain JavaScript. pdf.ts starts it without the
// TypeScript loader the converter runs under (which would transform pdfjs's 3 MB of modules
// on every start: three times the memory, twice the time). One request at a time: a file's
// bytes in, its pages' text runs out (positions in page space, y from the top), or the error
// pdfjs raised (by name: PasswordException means a password is needed).

import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const { getDocument, Util } = await import('pdfjs-dist/legacy/build/pdf.mjs');

parentPort.on('message', async ({ id, bytes }) => {
  try {
    parentPort.postMessage({ id, ...(await read(bytes)) });
  } catch (error) {
    parentPort.postMessage({ id, error: describe(error) });
  }
});

async function read(bytes) {
  let doc;
  try {
    doc = await getDocument({
      data: bytes,
      cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    return { error: describe(error) };
  }
  const pages = [];
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      try {
        const page = await doc.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const runs = [];
        for (const item of content.items) {
          if (!('str' in item) || item.str.trim() === '') continue;
          const m = Util.transform(viewport.transform, item.transform);
          const size = Math.hypot(m[2], m[3]);
          // Text drawn rotated or mirrored: its extent is not along the line.
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
        pages.push({ number, width: 0, height: 0, runs: [], error: describe(error).message });
      }
    }
  } finally {
    await doc.destroy();
  }
  return { pages };
}

function describe(error) {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}
