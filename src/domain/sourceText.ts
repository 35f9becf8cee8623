// The text reconstructed from a PDF: one line per visual row, a marker line at each file and page.
// Shared by the converter (which writes it) and the app (which shows it and links to the PDF).

import type { SourceDocument } from './budget';

export const PAGE_MARKER = /^=== 第 (\d+) 页 ===$/;
export const FILE_MARKER = /^=== (.+\.pdf) ===$/i;

export const pageMarker = (page: number): string => `=== 第 ${page} 页 ===`;
export const fileMarker = (file: string): string => `=== ${file} ===`;

/** The PDF and page a line of the reconstructed text is printed on; null for text sources. */
export function pageOfLine(
  documents: readonly SourceDocument[],
  line: number,
): { file: string; page: number } | null {
  const document = [...documents].reverse().find((d) => d.line <= line);
  if (!document) return null;
  const page = document.pages.filter((start) => start <= line).length;
  return page > 0 ? { file: document.file, page } : null;
}
