// Positioned text runs of a PDF → visual lines (one per printed row), each a list of chunks
// with their x-extent, and the text reconstructed from them (one line per visual row, cells
// spaced by their positions, a marker line at each page). Pure.
//
// A PDF draws text in runs: a cell, a word, sometimes several cells in one run
// (`50,665.496773 一、一般公共服务支出`), sometimes one character at a time. Runs on one
// baseline make a line; runs that touch make a chunk; a run holding wide spaces is split.

import { fileMarker, pageMarker } from '../../src/domain/sourceText';

/** One run of text as pdfjs reports it, in page space with y growing downwards (baseline). */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text), in points. */
  size: number;
  /** Set on the parts of a run split where an amount touched a label: they stay apart. */
  glued?: boolean;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: PdfRun[];
}

/** Contiguous text on a line: usually one table cell or a line of prose. */
export interface Chunk {
  text: string;
  x0: number;
  x1: number;
}

export interface VisualLine {
  page: number;
  /** Baseline, points from the top of the page. */
  y: number;
  /** Font size of the line's text (the most common). */
  size: number;
  /** Height of the page, so that rules can tell a page's foot from its body. */
  pageHeight: number;
  chunks: Chunk[];
}

/** The reconstructed text of one or more PDFs. `visual[i]` is the line behind `lines[i]`. */
export interface PositionedText {
  lines: string[];
  visual: (VisualLine | null)[];
  /** Per file: the line of its marker, and the first line of each of its pages. */
  documents: { file: string; line: number; pages: number[] }[];
}

export { FILE_MARKER, PAGE_MARKER } from '../../src/domain/sourceText';

/** Visual lines of one page, top to bottom. */
export function pageLines(page: PdfPage): VisualLine[] {
  const pieces = fitWidths(page.runs)
    .flatMap(splitRun)
    .filter((piece) => piece.text.trim() !== '');
  pieces.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; size: number; pieces: PdfRun[] }[] = [];
  for (const piece of pieces) {
    // Lines are made top to bottom: only the last few can be near enough to take the piece.
    let from = lines.length;
    while (from > 0 && lines[from - 1].y >= piece.y - 0.45 * piece.size) from--;
    let line: (typeof lines)[number] | undefined;
    for (let i = from; i < lines.length && !line; i++) {
      const candidate = lines[i];
      if (
        Math.abs(candidate.y - piece.y) <= 0.45 * Math.min(candidate.size, piece.size) &&
        // A line of prose never holds text that overlaps its own text.
        !candidate.pieces.some((p) => overlaps(p, piece))
      )
        line = candidate;
    }
    if (line) line.pieces.push(piece);
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  return lines
    .map((line) => {
      const sorted = [...line.pieces].sort((a, b) => a.x - b.x);
      return {
        page: page.number,
        y: round(median(sorted.map((p) => p.y))),
        size: round(mode(sorted.map((p) => p.size))),
        pageHeight: round(page.height),
        chunks: splitRunTogether(mergeSpaced(toChunks(sorted)), mode(sorted.map((p) => p.size))),
      };
    })
    .sort((a, b) => a.y - b.y || a.chunks[0].x0 - b.chunks[0].x0);
}

/**
 * Some PDFs give every character a width of one em whatever it is (`1` `,` `9` each 10.29 wide
 * while drawn 5.24 apart): a run drawn one character at a time is at most as wide as the step to
 * the next character on its baseline.
 */
function fitWidths(runs: readonly PdfRun[]): PdfRun[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const fitted = sorted.map((run, i) => {
    const chars = [...run.text];
    // No wider than its characters can be, nor (one character) than the step to the next one.
    let width = Math.min(run.width, chars.reduce((sum, ch) => sum + charWidth(ch), 0) * run.size * 1.1);
    const next = sorted[i + 1];
    if (chars.length === 1 && next && Math.abs(next.y - run.y) <= 0.1 * run.size && next.x > run.x)
      width = Math.min(width, next.x - run.x);
    return width < run.width ? { ...run, width } : run;
  });
  // A character drawn twice a little apart (a bold effect) is one character. Sorted by y, the
  // earlier runs near enough are the ones just before.
  const drawnBefore = (run: PdfRun, i: number): boolean => {
    for (let j = i - 1; j >= 0 && fitted[j].y >= run.y - 0.2 * run.size; j--) {
      const other = fitted[j];
      if (
        other.text === run.text &&
        Math.abs(other.y - run.y) <= 0.2 * run.size &&
        Math.abs(other.x - run.x) < 0.3 * Math.max(run.width, 1)
      )
        return true;
    }
    return false;
  };
  return fitted.filter((run, i) => [...run.text].length !== 1 || !drawnBefore(run, i));
}

function overlaps(a: PdfRun, b: PdfRun): boolean {
  const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  return overlap > 0.5 * Math.min(a.width, b.width) && overlap > 1;
}

/**
 * A run with wide spaces inside holds several cells (`50,665.496773 一、一般公共服务支出`): split
 * it, estimating each part's position from character widths (a CJK character is one em wide,
 * other characters half an em), scaled to the run's real width.
 */
export function splitRun(run: PdfRun): PdfRun[] {
  return splitSpaces(run).flatMap(splitGlued);
}

/** An amount glued to a label (`17,981.68一、基本支出`, `合计9,146.79`): two cells. */
const GLUED = /(?<=\d\.\d{1,6})(?=[\u4e00-\u9fff（(【[])|(?<=[\u4e00-\u9fff）)：:])(?=-?\d[\d,]*\.\d)/g;

function splitGlued(run: PdfRun): PdfRun[] {
  const cuts = [...run.text.matchAll(GLUED)].map((m) => m.index ?? 0).filter((i) => i > 0);
  if (cuts.length === 0) return [run];
  const chars = [...run.text];
  const widths = chars.map(charWidth);
  const total = widths.reduce((sum, w) => sum + w, 0) || 1;
  const scale = run.width / total;
  // Offsets in code units → offsets in characters (the text may hold astral characters).
  const bounds = [0, ...cuts.map((cut) => [...run.text.slice(0, cut)].length), chars.length];
  const parts: PdfRun[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    const x = run.x + widths.slice(0, from).reduce((sum, w) => sum + w, 0) * scale;
    const width = widths.slice(from, to).reduce((sum, w) => sum + w, 0) * scale;
    parts.push({ ...run, text: chars.slice(from, to).join(''), x, width, glued: true });
  }
  return parts;
}

function splitSpaces(run: PdfRun): PdfRun[] {
  if (!/\S\s+\S/.test(run.text.trim())) return [{ ...run, text: run.text.trim(), ...trimmed(run) }];
  const chars = [...run.text];
  const widths = chars.map(charWidth);
  const total = widths.reduce((sum, w) => sum + w, 0) || 1;
  const scale = run.width / total;
  const parts: PdfRun[] = [];
  let offset = 0;
  let start = -1;
  let startX = 0;
  let text = '';
  chars.forEach((ch, i) => {
    const x = run.x + offset * scale;
    if (/\s/.test(ch)) {
      if (start >= 0) parts.push({ ...run, text, x: startX, width: x - startX });
      start = -1;
      text = '';
    } else {
      if (start < 0) {
        start = i;
        startX = x;
      }
      text += ch;
    }
    offset += widths[i];
  });
  if (start >= 0) parts.push({ ...run, text, x: startX, width: run.x + run.width - startX });
  // A single space between two words of prose is part of the text, not a cell boundary.
  return joinNarrowGaps(parts, run.size);
}

function trimmed(run: PdfRun): { x: number; width: number } {
  const lead = run.text.length - run.text.trimStart().length;
  const trail = run.text.length - run.text.trimEnd().length;
  if (lead === 0 && trail === 0) return { x: run.x, width: run.width };
  const chars = [...run.text];
  const widths = chars.map(charWidth);
  const total = widths.reduce((sum, w) => sum + w, 0) || 1;
  const scale = run.width / total;
  const leadWidth = widths.slice(0, lead).reduce((s, w) => s + w, 0) * scale;
  const trailWidth = widths.slice(chars.length - trail).reduce((s, w) => s + w, 0) * scale;
  return { x: run.x + leadWidth, width: Math.max(run.width - leadWidth - trailWidth, 0) };
}

function joinNarrowGaps(parts: PdfRun[], size: number): PdfRun[] {
  const joined: PdfRun[] = [];
  for (const part of parts) {
    const last = joined[joined.length - 1];
    const gap = last ? part.x - (last.x + last.width) : Infinity;
    // …but an amount beside a word is two cells (`150.000000 五、教育支出`).
    // So is an amount beside a numbered label (`99,320.55 (一)一般公共服务支出`).
    if (
      last &&
      gap < 0.6 * size &&
      !/\d\.\d+$/.test(last.text) &&
      !/^-?[\d,]+\.\d/.test(part.text) &&
      !(/\d$/.test(last.text) && /^[（(]/.test(part.text))
    ) {
      last.text += ` ${part.text}`;
      last.width = part.x + part.width - last.x;
    } else joined.push({ ...part });
  }
  return joined;
}

/** Width of a character in ems: CJK and full-width forms are square, the rest about half. */
export function charWidth(ch: string): number {
  return isWide(ch) ? 1 : 0.5;
}

function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

const NUMERIC = /^[-+]?[\d,.]+%?$/;
function isNumeric(text: string): boolean {
  return NUMERIC.test(text.trim());
}

/**
 * Pieces that touch make one chunk. Two numbers are kept apart unless they touch closely:
 * adjacent amount columns can be narrow.
 */
function toChunks(pieces: readonly PdfRun[]): Chunk[] {
  const chunks: (Chunk & { size: number; lastNumeric: boolean; glued?: boolean })[] = [];
  for (const piece of pieces) {
    const last = chunks[chunks.length - 1];
    const gap = last ? piece.x - last.x1 : Infinity;
    const size = Math.max(last?.size ?? 0, piece.size);
    const numeric = isNumeric(piece.text);
    // A bracketed word set a little apart (`因公出国 (境) 费`) stays in its phrase.
    const bracketed =
      gap < 0.6 * size &&
      !!last &&
      ((/[\u4e00-\u9fff]$/.test(last.text) && /^[（(][\u4e00-\u9fff]*$/.test(piece.text)) ||
        (/(^|[\u4e00-\u9fff])[（(][\u4e00-\u9fff]*$/.test(last.text) &&
          /^[\u4e00-\u9fff]*[）)]?$/.test(piece.text)) ||
        (/[（(][\u4e00-\u9fff]+[）)]$/.test(last.text) && /^[\u4e00-\u9fff]/.test(piece.text)));
    const touching =
      (gap < 0.3 * size || bracketed) &&
      !(last?.lastNumeric && numeric && gap > 0.12 * size) &&
      !(piece.glued && last?.glued) &&
      // An amount and a label drawn as two runs that touch are still two cells.
      !(last && /\d\.\d{1,6}$/.test(last.text) && /^[\u4e00-\u9fff（(]/.test(piece.text)) &&
      !(last && /[\u4e00-\u9fff）)]$/.test(last.text) && /^-?[\d,]+\.\d/.test(piece.text));
    if (last && touching) {
      // Latin words separated by a visible gap keep a space between them.
      const space = gap > 0.2 * size && /[\x21-\x7e]$/.test(last.text) && /^[\x21-\x7e]/.test(piece.text);
      last.text += (space ? ' ' : '') + piece.text;
      last.x1 = Math.max(last.x1, piece.x + piece.width);
      last.lastNumeric = numeric;
      last.glued = piece.glued;
    } else {
      chunks.push({
        text: piece.text,
        x0: piece.x,
        x1: piece.x + piece.width,
        size: piece.size,
        lastNumeric: numeric,
        glued: piece.glued,
      });
    }
  }
  return chunks.map((c) => ({ text: c.text, x0: round(c.x0), x1: round(c.x1) }));
}

/**
 * Amounts of neighbouring columns drawn with no gap (`174,900.64101,833.8441,534.73` where the
 * columns are too narrow for them; a run may even hold the last digit of one and the first of
 * the next) are told apart by their decimals: every amount of such a run ends two (or six)
 * places after its point. Numeric chunks a fraction of an em apart are read as one run first.
 */
export function splitRunTogether(chunks: readonly Chunk[], size: number): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < chunks.length) {
    let j = i;
    while (
      j + 1 < chunks.length &&
      /^[\d,.\s-]+$/.test(chunks[j].text) &&
      /^[\d,.\s-]+$/.test(chunks[j + 1].text) &&
      chunks[j + 1].x0 - chunks[j].x1 < 0.6 * size
    )
      j++;
    const group = chunks.slice(i, j + 1);
    out.push(...splitByDecimals(group));
    i = j + 1;
  }
  return out;
}

function splitByDecimals(group: readonly Chunk[]): Chunk[] {
  const text = group
    .map((c) => c.text)
    .join('')
    .replace(/\s/g, '');
  if ((text.match(/\./g) ?? []).length < 2 || !/^[\d,.-]+$/.test(text)) return [...group];
  for (const places of [2, 6]) {
    const parts = text.match(new RegExp(`-?[\\d,]+?\\.\\d{${places}}`, 'g'));
    if (!parts || parts.join('') !== text) continue;
    if (!parts.every((part) => /^-?(\d{1,3}(,\d{3})*|\d+)\.\d+$/.test(part))) continue;
    const x0 = group[0].x0;
    const width = (group[group.length - 1].x1 - x0) / text.length;
    let offset = 0;
    return parts.map((part) => {
      const piece = {
        text: part,
        x0: round(x0 + offset * width),
        x1: round(x0 + (offset + part.length) * width),
      };
      offset += part.length;
      return piece;
    });
  }
  return [...group];
}

/**
 * Letter-spaced labels (`收   入   总   计`, `项   目`), printed one character at a time to fill
 * a cell, are one chunk: single CJK characters at even gaps of at most three ems.
 */
function mergeSpaced(chunks: Chunk[]): Chunk[] {
  const single = (chunk: Chunk): boolean => [...chunk.text].length === 1 && isWide(chunk.text);
  const out: Chunk[] = [];
  let i = 0;
  while (i < chunks.length) {
    let j = i;
    if (single(chunks[i])) {
      const em = chunks[i].x1 - chunks[i].x0 || 1;
      const gap0 = chunks[i + 1] ? chunks[i + 1].x0 - chunks[i].x1 : Infinity;
      while (
        j + 1 < chunks.length &&
        single(chunks[j + 1]) &&
        chunks[j + 1].x0 - chunks[j].x1 <= 3 * em &&
        Math.abs(chunks[j + 1].x0 - chunks[j].x1 - gap0) <= 0.6 * em
      )
        j++;
    }
    if (j > i) {
      out.push({
        text: chunks
          .slice(i, j + 1)
          .map((c) => c.text)
          .join(''),
        x0: chunks[i].x0,
        x1: chunks[j].x1,
      });
    } else out.push(chunks[i]);
    i = j + 1;
  }
  return out;
}

/**
 * The text of several PDFs (one disclosure may be two files): a marker line per file and per
 * page, then one line per visual row, each chunk at the column its x-position gives.
 */
export function positionedText(
  files: readonly { file: string; pages: readonly PdfPage[] }[],
): PositionedText {
  const lines: string[] = [];
  const visual: (VisualLine | null)[] = [];
  const documents: PositionedText['documents'] = [];
  for (const { file, pages } of files) {
    if (files.length > 1) {
      lines.push(fileMarker(file));
      visual.push(null);
    }
    const document = { file, line: lines.length + (files.length > 1 ? 0 : 1), pages: [] as number[] };
    for (const page of pages) {
      lines.push(pageMarker(page.number));
      visual.push(null);
      document.pages.push(lines.length);
      const rows = pageLines(page);
      const size = median(page.runs.map((r) => r.size)) || 10;
      const left = Math.min(...rows.map((row) => row.chunks[0].x0), Infinity);
      for (const row of rows) {
        lines.push(layoutLine(row, left, size / 2));
        visual.push(row);
      }
    }
    documents.push(document);
  }
  return { lines, visual, documents };
}

/** Chunks placed at their columns (`cellWidth` points a column), always a space apart. */
export function layoutLine(line: VisualLine, left: number, cellWidth: number): string {
  let text = '';
  let width = 0;
  for (const chunk of line.chunks) {
    const column = Math.round((chunk.x0 - left) / cellWidth);
    const pad = Math.max(column - width, text === '' ? 0 : 1);
    text += ' '.repeat(Math.max(pad, 0)) + chunk.text;
    width += Math.max(pad, 0) + displayWidth(chunk.text);
  }
  return text;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(round(v), (counts.get(round(v)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
