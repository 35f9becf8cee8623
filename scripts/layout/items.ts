// Text → items. Each layout family turns its lines into the same stream of items: free text
// lines, and table rows whose cells are in printed order. The PDF families have no cell
// boundaries, so they yield only text items: flat PDF text is split into tokens by the tables
// stage (tables/grid.ts), positioned PDF text keeps each chunk's x-extent for it
// (tables/positioned.ts).

import type { LayoutFamily } from '../../src/domain/budget';
import { FILE_MARKER, PAGE_MARKER, type PositionedText, type VisualLine } from '../read/pdfLines';

export interface TextItem {
  kind: 'text';
  /** 1-based line number. */
  line: number;
  text: string;
  /** Where the line is printed on its page (positioned PDF text only). */
  visual?: VisualLine;
}

export interface RowItem {
  kind: 'row';
  line: number;
  /** Cells in printed order, trimmed; empty cells are kept as ''. */
  cells: string[];
  /** Line of each cell (differs from `line` when each cell has a line of its own). */
  cellLines: number[];
}

export type Item = TextItem | RowItem;

/** Picks the layout family by rule: how cells are separated, not which file this is. */
export function detectLayout(lines: readonly string[]): LayoutFamily | null {
  let inlineTabs = 0; // `a⇥b⇥c`: cells separated by tabs on one line
  let tabLed = 0; // `⇥cell`: one cell per line, each led by a tab
  let spacedAmounts = 0; // `合计 1,201.50 387.84`: cells separated by spaces
  for (const line of lines) {
    if (/^\t[^\t]*$/.test(line)) tabLed++;
    else if (/[^\t]\t|\t[^\t]*\t/.test(line)) inlineTabs++;
    else if (/\S\s+-?[\d,]+\.\d+(\s|$)/.test(line)) spacedAmounts++;
  }
  if (tabLed >= 20 && tabLed > inlineTabs) return 'cell-per-line';
  if (inlineTabs >= 10) return 'tabbed';
  if (spacedAmounts >= 10) return 'pdf-text';
  return null;
}

export function toItems(lines: readonly string[], layout: LayoutFamily): Item[] {
  switch (layout) {
    case 'tabbed':
      return tabbedItems(lines);
    case 'cell-per-line':
      return cellPerLineItems(lines);
    case 'pdf-text':
      return pdfItems(lines);
    case 'pdf':
      // Positioned text is read with its positions (positionedItems); its lines alone are flat text.
      return pdfItems(lines);
  }
}

/**
 * Positioned PDF text: one item per visual line, its chunks kept. Marker lines, page numbers
 * (`— 13 —`, `- 9 -`, a bare number at the page foot) and running headers are dropped.
 */
export function positionedItems(text: PositionedText): TextItem[] {
  const running = runningHeaders(text);
  const items: TextItem[] = [];
  text.visual.forEach((visual, index) => {
    const line = index + 1;
    const raw = text.lines[index];
    if (!visual || PAGE_MARKER.test(raw) || FILE_MARKER.test(raw)) return;
    const joined = visual.chunks.map((chunk) => chunk.text).join(' ');
    if (isPageFooter(joined) || isPageNumberAtFoot(visual, joined) || running.has(line)) return;
    items.push({ kind: 'text', line, text: joined, visual });
  });
  return items;
}

/** `13`, `- 9 -`, `第 3 页` alone in the bottom tenth of a page. */
function isPageNumberAtFoot(visual: VisualLine, text: string): boolean {
  return visual.y > 0.9 * visual.pageHeight && /^[—–-]?\s*\d{1,4}\s*[—–-]?$/.test(text.trim());
}

/**
 * A line printed at the same place on most pages above or below the body (`苏州市审计局 2026
 * 年度部门预算公开` at the top of every page) is a running header, not part of any table. A
 * title repeated on the pages of one table, or heading a run of forms, is printed on fewer.
 */
function runningHeaders(text: PositionedText): Set<number> {
  const seen = new Map<string, number[]>();
  const pages = new Set<string>();
  text.visual.forEach((visual, index) => {
    if (!visual) return;
    pages.add(`${visual.page}`);
    const inMargin = visual.y < 0.12 * visual.pageHeight || visual.y > 0.88 * visual.pageHeight;
    if (!inMargin) return;
    const key = `${Math.round(visual.y)}|${visual.chunks.map((c) => c.text).join(' ')}`;
    seen.set(key, [...(seen.get(key) ?? []), index + 1]);
  });
  const lines = new Set<number>();
  const pageCount = pages.size;
  for (const found of seen.values())
    if (found.length >= 3 && found.length >= 0.4 * pageCount) for (const line of found) lines.add(line);
  return lines;
}

/** `2010301-行政运行⇥4,792,654.93⇥…`: one row per line, tab-separated. */
function tabbedItems(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.includes('\t')) {
      const cells = raw.split('\t').map(cleanCell);
      items.push({ kind: 'row', line, cells, cellLines: cells.map(() => line) });
    } else if (cleanCell(raw) !== '') {
      items.push({ kind: 'text', line, text: cleanCell(raw) });
    }
  });
  return items;
}

/**
 * A Word export prints each cell on its own tab-led line and ends a row with a blank line:
 *
 *     ⇥2
 *     ⇥201
 *     ⇥一般公共服务支出
 *     ⇥2100.79
 *     (blank)
 */
function cellPerLineItems(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  let row: RowItem | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.startsWith('\t')) {
      row ??= { kind: 'row', line, cells: [], cellLines: [] };
      row.cells.push(cleanCell(raw.slice(1)));
      row.cellLines.push(line);
      return;
    }
    if (row) items.push(row);
    row = null;
    if (cleanCell(raw) !== '') items.push({ kind: 'text', line, text: cleanCell(raw) });
  });
  if (row) items.push(row);
  return items;
}

/** PDF text keeps its lines; page footers such as `— 17 —` are dropped. */
function pdfItems(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '' || isPageFooter(text)) return;
    items.push({ kind: 'text', line: index + 1, text });
  });
  return items;
}

export function isPageFooter(raw: string): boolean {
  // `— 1 6 —`: digits drawn apart.
  const text = raw.replace(/(\d)\s+(?=\d)/g, '$1');
  return (
    /^[—–-]\s*\d{1,4}\s*[—–-]$/.test(text) ||
    /^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$/.test(text) ||
    PAGE_MARKER.test(text) ||
    FILE_MARKER.test(text)
  );
}

/** Word's bookmarks (`[bookmark: _Toc…]`) and surrounding spaces are not part of a cell. */
export function cleanCell(cell: string): string {
  return cell.replace(/\[bookmark:[^\]]*\]/g, '').trim();
}
