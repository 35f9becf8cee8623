// Reading PDFs, and what a reader is told when a file is not one it can read. The PDFs are built
// here, by hand, as small as the format allows.

import { describe, expect, it } from 'vitest';
import { readPdf } from './pdf';

/** A one-page PDF: its content stream, and optionally an /Encrypt dictionary in the trailer. */
function buildPdf(content: string, options: { encrypt?: string } = {}): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  if (options.encrypt) objects.push(options.encrypt);
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const encrypt = options.encrypt
    ? ` /Encrypt ${objects.length} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`
    : '';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

const TEXT = 'BT /F1 12 Tf 72 770 Td (Total 1,234.56) Tj ET';

describe('readPdf', () => {
  it('reads the text runs of each page, with positions from the top of the page', async () => {
    const result = await readPdf('a.pdf', buildPdf(TEXT));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pages).toHaveLength(1);
    const [first] = result.pages[0].runs;
    expect(first.text).toBe('Total 1,234.56');
    expect(first.x).toBeCloseTo(72);
    expect(first.y).toBeCloseTo(842 - 770);
    expect(first.size).toBeCloseTo(12);
  });

  it.each([
    ['empty.pdf', new Uint8Array(), 'empty-file', /empty/],
    [
      'page.pdf',
      new TextEncoder().encode('<!DOCTYPE html><html><head><title>404</title></head></html>'),
      'pdf-not-pdf',
      /web page \(HTML\)/,
    ],
    [
      'report.pdf',
      new TextEncoder().encode('PK\x03\x04\x14\x00\x06\x00word/document.xml'),
      'pdf-not-pdf',
      /ZIP or Office/,
    ],
    ['notes.pdf', new TextEncoder().encode('部门预算 2026'), 'pdf-not-pdf', /no %PDF- header/],
  ])('%s: %s', async (name, bytes, code, message) => {
    const result = await readPdf(name, bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ severity: 'error', code, file: name });
    expect(result.issues[0].message).toMatch(message);
  });

  it('a scan (pages without a text layer) is named as one', async () => {
    const result = await readPdf('scan.pdf', buildPdf('0 0 m 100 100 l S'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'pdf-no-text', file: 'scan.pdf' });
  });

  it('a password-protected PDF is named as one', async () => {
    const encrypt = `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`;
    const result = await readPdf('locked.pdf', buildPdf(TEXT, { encrypt }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'pdf-encrypted', file: 'locked.pdf' });
  });

  it('a truncated download is an issue naming the file, never a crash', async () => {
    const bytes = buildPdf(TEXT);
    for (const length of [12, 200, bytes.length - 60]) {
      const result = await readPdf('cut.pdf', bytes.subarray(0, length));
      if (result.ok) expect(result.pages.length).toBeGreaterThan(0);
      else {
        expect(result.issues[0].file).toBe('cut.pdf');
        expect(result.issues[0].code).toMatch(/^pdf-(damaged|no-text)$/);
      }
    }
  });
});
