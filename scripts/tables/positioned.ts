// A table of positioned PDF text → header and data rows, each value in the column its
// x-position says. Where flat PDF text must guess which cells vanished (placement.ts), the
// positions tell: a figure is in the column whose amounts it lines up with.
//
//     科目编码  科目名称            总计       一般公共预算拨款收入  政府性基金…
//     201       一般公共服务支出     59.56      59.56
//               政府办公厅（室）及相关机                          ← a name wrapped above…
//      20103                        59.56      59.56                 …the line with the code
//               构事务                                            ← …and below it
//
// Columns are the clusters of amounts that line up (their x-extents overlap); each column's
// header is the header text above it. Rows are the lines that print amounts or a code; lines
// with only label text belong to the nearest such row on the page.

import type { TextItem } from '../layout/items';
import type { Chunk, VisualLine } from '../read/pdfLines';
import type { Grid, GridRow, ValueCell } from './gridShape';
import { cleanName } from './names';

export interface PositionedColumn {
  x0: number;
  x1: number;
  /** Header text above the column, top to bottom, spaces removed. */
  header: string;
  /** The header's pieces, top to bottom, for reading groups (`基本支出` over `人员经费`). */
  parts: string[];
}

export interface PositionedGrid extends Grid {
  columns: PositionedColumn[];
  /** The label columns' headers, left to right (with `labelColumns`). */
  labelHeaders?: string[];
}

interface LabelHeader {
  x0: number;
  x1: number;
  text: string;
}

/** Header cells left of the amounts, one per label column (stacked words joined). */
function labelHeaders(headerLines: readonly Line[], boundary: number): LabelHeader[] {
  const heads: LabelHeader[] = [];
  for (const line of headerLines) {
    for (const chunk of line.visual.chunks) {
      if ((chunk.x0 + chunk.x1) / 2 >= boundary) continue;
      const text = chunk.text.replace(/\s/g, '');
      const hit = heads.find((h) => overlap(h, chunk) > 0);
      if (hit) {
        hit.text += text;
        hit.x0 = Math.min(hit.x0, chunk.x0);
        hit.x1 = Math.max(hit.x1, chunk.x1);
      } else heads.push({ x0: chunk.x0, x1: chunk.x1, text });
    }
  }
  return heads.sort((a, b) => a.x0 - b.x0);
}

interface Line {
  item: TextItem;
  visual: VisualLine;
}

/** `1,234.56`, `-12.5`, `0.00`, `1234`; also a decimal tail wrapped onto its own line (`.64`). */
const AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;
const DECIMAL = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$|^-?\d{1,3}(?:,\d{3})+$/;
const BLANK = /^[-—－–]{1,2}$|^\/$/;
/** A classification or unit code at the start of a label: `201`, `20103`, `2010301`, `116001`, `[201]`. */
const CODE_START = /^[[［【]?\d{3,9}[\]］】]?(?=$|[-－—\s.、]|[^\d.,])/;
/** Column-number rows: `** ** 1 2 3`, `栏次 1 2 3`, `甲 乙 1 2`. */
const COLUMN_NUMBERS = /^(\*\*|栏次|甲|乙|丙|丁|[A-Z]|\d{1,2})$/;

export function isAmountText(text: string): boolean {
  const t = text.replace(/\s/g, '');
  return AMOUNT.test(t) || BLANK.test(t);
}

function isDecimal(text: string): boolean {
  return DECIMAL.test(text.replace(/\s/g, ''));
}

export interface PositionedOptions {
  /**
   * Split each row's labels into the label columns the header names (项目单位 · 项目名称 · 项目类别)
   * instead of a code and a name; `labelHeaders` then names them.
   */
  labelColumns?: boolean;
}

export function positionedGrid(items: readonly TextItem[], options: PositionedOptions = {}): PositionedGrid {
  const lines: Line[] = items.flatMap((item) => (item.visual ? [{ item, visual: item.visual }] : []));
  const body = lines.filter((line) => !isColumnNumberRow(line.visual) && !isNote(line.item.text));
  const segments = byPage(body);
  const header: string[][] = [];
  const rows: GridRow[] = [];
  let columns: PositionedColumn[] = [];
  const crossClassified = isCrossClassified(body);
  const firstColumnEnd = crossClassified ? secondCodeColumn(body) : Infinity;
  // Each page has its own columns (a page may lack a column that prints nothing there); they are
  // matched to the table's columns by header, else by position.
  const global: PositionedColumn[] = [];
  let labelHeads: LabelHeader[] = [];
  for (const segment of segments) {
    const found = segmentColumns(segment, columns);
    if (!found) continue;
    if (global.length === 0) header.push(...found.headerLines.map((l) => l.visual.chunks.map((c) => c.text)));
    columns = found.columns;
    const used = new Set<number>();
    const map = columns.map((column) => {
      const index = globalIndex(column, global, used);
      used.add(index);
      return index;
    });
    if (options.labelColumns && found.headerLines.length)
      labelHeads = labelHeaders(found.headerLines, found.boundary);
    for (const row of segmentRows(
      found.dataLines,
      columns,
      found.boundary,
      crossClassified,
      firstColumnEnd,
      options.labelColumns ? labelHeads : null,
    )) {
      rows.push({
        ...row,
        values: row.values.map((value) => ({ ...value, pos: value.pos === null ? null : map[value.pos] })),
      });
    }
  }
  // Values keep their column's place in the printed order.
  const order = global.map((_, i) => i).sort((a, b) => global[a].x0 - global[b].x0);
  const rank = new Map(order.map((index, position) => [index, position]));
  columns = order.map((index) => global[index]);
  for (const row of rows) {
    row.values = row.values
      .map((value) => ({ ...value, pos: value.pos === null ? null : (rank.get(value.pos) ?? null) }))
      .sort((a, b) => (a.pos ?? 0) - (b.pos ?? 0));
  }
  return {
    header,
    headerText: columns.map((c) => c.header).join('|'),
    labelCount: options.labelColumns && labelHeads.length ? labelHeads.length : 2,
    labelHeaders: options.labelColumns ? labelHeads.map((h) => h.text) : undefined,
    compact: false,
    positioned: true,
    crossClassified,
    rows,
    columns,
  };
}

/** The table-wide column a page's column is: the same header, else the one it overlaps; else a new one. */
function globalIndex(
  column: PositionedColumn,
  global: PositionedColumn[],
  used: ReadonlySet<number>,
): number {
  const sameHeader = global
    .map((g, i) => ({ g, i }))
    .filter(({ g, i }) => !used.has(i) && column.header !== '' && g.header === column.header)
    .sort((a, b) => Math.abs(a.g.x0 - column.x0) - Math.abs(b.g.x0 - column.x0))[0];
  if (sameHeader) return sameHeader.i;
  // Headers differ across pages (a group heading lands on another column): the same place is
  // the same column.
  const free = global.filter((_, i) => !used.has(i));
  const best = bestOverlap(column, free);
  if (best && overlap(column, best) >= 0.3 * Math.min(column.x1 - column.x0, best.x1 - best.x0))
    return global.indexOf(best);
  global.push({ ...column });
  return global.length - 1;
}

/** A code joined to its name, at the start of a cell: `2010501-行政运行`, `30101 基本工资`. */
const CODED_CELL = /^\d{3,9}\s*[-－—]\s*\S|^\d{3,9}$/;

/** Where the second classification begins in a cross-classified table: the leftmost second code. */
function secondCodeColumn(lines: readonly Line[]): number {
  let x = Infinity;
  for (const line of lines) {
    const chunks = line.visual.chunks;
    const firstAmount = chunks.findIndex((chunk) => isDecimal(chunk.text));
    const codes = chunks
      .slice(0, firstAmount < 0 ? chunks.length : firstAmount)
      .filter((c) => CODED_CELL.test(c.text.trim()));
    if (codes.length >= 2) x = Math.min(x, codes[1].x0);
  }
  return x - 1;
}

/** Rows that print two or more codes before their amounts (several classifications side by side). */
function isCrossClassified(lines: readonly Line[]): boolean {
  let rows = 0;
  let crossed = 0;
  for (const line of lines) {
    const chunks = line.visual.chunks;
    if (!chunks.some((chunk) => isDecimal(chunk.text))) continue;
    rows++;
    const firstAmount = chunks.findIndex((chunk) => isDecimal(chunk.text));
    const codes = chunks.slice(0, firstAmount).filter((chunk) => CODED_CELL.test(chunk.text.trim()));
    if (codes.length >= 2) crossed++;
  }
  return rows >= 3 && crossed >= rows / 2;
}

function isNote(text: string): boolean {
  return /^(注|备注|说明)\s*[:：]|^注[一二三四五六七八九十\d][.、:：]|^数据来源/.test(text.trim());
}

/** A row of column numbers under the header (`** ** 1 2 3 4`, `栏次 1 2 3`). */
function isColumnNumberRow(visual: VisualLine): boolean {
  const texts = visual.chunks.flatMap((chunk) => chunk.text.split(/\s+/)).filter(Boolean);
  if (texts.length < 3 || !texts.every((t) => COLUMN_NUMBERS.test(t))) return false;
  const numbers = texts.filter((t) => /^\d+$/.test(t)).map(Number);
  return numbers.length >= 2 && numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}

function byPage(lines: readonly Line[]): Line[][] {
  const segments: Line[][] = [];
  for (const line of lines) {
    const last = segments[segments.length - 1];
    if (last && last[0].visual.page === line.visual.page) last.push(line);
    else segments.push([line]);
  }
  return segments;
}

interface SegmentColumns {
  columns: PositionedColumn[];
  headerLines: Line[];
  dataLines: Line[];
  /** x where label cells end and value cells begin. */
  boundary: number;
}

/**
 * The columns of one page of a table: clusters of decimal amounts that line up. A page with no
 * header of its own (a table run on to the next page) keeps the columns of the page before.
 */
function segmentColumns(
  segment: readonly Line[],
  previous: readonly PositionedColumn[],
): SegmentColumns | null {
  const decimals = segment.flatMap((line) => line.visual.chunks.filter((chunk) => isDecimal(chunk.text)));
  const firstData = segment.findIndex((line) => line.visual.chunks.some((chunk) => isDecimal(chunk.text)));
  if (firstData < 0) {
    // A page of an empty table, or header only: nothing to read.
    return previous.length
      ? { columns: [...previous], headerLines: [], dataLines: [...segment], boundary: previous[0].x0 }
      : null;
  }
  const clusters = clusterExtents(decimals);
  const headerEnd = headerLength(segment, firstData);
  const headerLines = segment.slice(0, headerEnd);
  const dataLines = segment.slice(headerEnd);
  let columns = clusters.map((extent) => ({ ...extent, header: '', parts: [] as string[] }));
  if (headerLines.length === 0 && previous.length) {
    columns = columns.map((column) => {
      const match = bestOverlap(column, previous);
      return match ? { ...column, header: match.header, parts: match.parts } : column;
    });
    // Columns of the page before that print nothing on this page still exist.
    for (const old of previous) if (!columns.some((c) => overlap(c, old) > 0)) columns.push({ ...old });
    columns.sort((a, b) => a.x0 - b.x0);
  } else columns = nameColumns(columns, headerLines);
  const boundary = labelBoundary(columns, dataLines);
  return { columns: columns.filter((c) => c.x1 > boundary), headerLines, dataLines, boundary };
}

/** Lines above the first data line are header, except a name wrapped just above that line. */
function headerLength(segment: readonly Line[], firstData: number): number {
  let end = firstData;
  // Codes printed on a line of their own above the amounts still start the data.
  while (
    end > 0 &&
    startsWithCode(segment[end - 1].visual) &&
    isCloseAbove(segment[end - 1], segment[firstData])
  )
    end--;
  while (
    end > 0 &&
    isCloseAbove(segment[end - 1], segment[end]) &&
    !looksLikeHeaderLine(segment[end - 1].visual)
  )
    end--;
  return end;
}

function isCloseAbove(upper: Line, lower: Line): boolean {
  return lower.visual.y - upper.visual.y < 0.95 * Math.max(upper.visual.size, lower.visual.size);
}

/** Header lines name columns: 合计, 科目, 预算数 … */
function looksLikeHeaderLine(visual: VisualLine): boolean {
  return (
    visual.chunks.some((chunk) =>
      /合计|总计|小计|科目|编码|名称|项目|预算|支出|收入|资金|经费|单位/.test(chunk.text.replace(/\s/g, '')),
    ) && visual.chunks.length >= 2
  );
}

function startsWithCode(visual: VisualLine): boolean {
  return CODE_START.test(visual.chunks[0]?.text ?? '');
}

/** Union of x-extents that overlap, left to right. */
function clusterExtents(chunks: readonly Chunk[]): { x0: number; x1: number }[] {
  const sorted = [...chunks].sort((a, b) => a.x0 - b.x0);
  const clusters: { x0: number; x1: number; right: number[] }[] = [];
  for (const chunk of sorted) {
    // Amounts of one column overlap by much more than a point or two; neighbouring columns that
    // touch (estimated positions of amounts printed without a gap) do not.
    const hit = clusters.find(
      (c) => overlap(chunk, c) > Math.max(1.5, 0.2 * Math.min(chunk.x1 - chunk.x0, c.x1 - c.x0)),
    );
    if (hit) {
      hit.x0 = Math.min(hit.x0, chunk.x0);
      hit.x1 = Math.max(hit.x1, chunk.x1);
      hit.right.push(chunk.x1);
    } else clusters.push({ x0: chunk.x0, x1: chunk.x1, right: [chunk.x1] });
  }
  // Merging may make clusters overlap that did not at first.
  clusters.sort((a, b) => a.x0 - b.x0);
  const merged: { x0: number; x1: number }[] = [];
  for (const c of clusters) {
    const last = merged[merged.length - 1];
    if (last && overlap(c, last) > Math.max(1.5, 0.2 * Math.min(c.x1 - c.x0, last.x1 - last.x0)))
      last.x1 = Math.max(last.x1, c.x1);
    else merged.push({ x0: c.x0, x1: c.x1 });
  }
  return merged;
}

function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

function bestOverlap<T extends { x0: number; x1: number }>(
  target: { x0: number; x1: number },
  list: readonly T[],
  atLeast = 0,
): T | null {
  let best: T | null = null;
  let bestScore = atLeast;
  for (const item of list) {
    const score = overlap(target, item);
    if (score > bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Each column's header: the header cells above it. The lowest cell of a stack (nothing printed
 * under it) is a leaf: it names the column whose amounts it overlaps, or, over no amounts, an
 * empty column of its own (an empty 国有资本经营预算 column), so that nothing is read into the
 * wrong one. Cells above a leaf (a wrapped header `一般公共` / `预算拨款` / `收入`, or a group
 * heading `基本支出` over 小计 · 人员经费 · 公用经费) join the column they overlap most; the
 * schema reads groups from them (columns.ts).
 */
function nameColumns(amountColumns: PositionedColumn[], headerLines: readonly Line[]): PositionedColumn[] {
  const columns = amountColumns.map((c) => ({ ...c, header: '', parts: [] as string[] }));
  if (columns.length === 0) return columns;
  const cells = headerLines.flatMap((line) =>
    line.visual.chunks
      .filter((chunk) => chunk.text.replace(/\s/g, '') !== '' && slotOf(chunk, columns) >= 0)
      .map((chunk) => ({ chunk, y: line.visual.y })),
  );
  // A heading centred over two cells below it (`基本支出` over 人员支出 and 公用经费, touching
  // neither) is a group, not a leaf.
  const isGroup = (cell: (typeof cells)[number]): boolean => {
    const width = cell.chunk.x1 - cell.chunk.x0;
    // Cells below that end a stack of their own (`资金` under `财政专户管理`, beside a one-line
    // `事业收入` printed at the middle of the header) do not count.
    const under = cells.filter(
      (other) =>
        other.y > cell.y + 0.5 &&
        other.chunk.x1 > cell.chunk.x0 - width &&
        other.chunk.x0 < cell.chunk.x1 + width &&
        !cells.some(
          (above) => above !== cell && above.y < other.y - 0.5 && overlap(above.chunk, other.chunk) > 0,
        ),
    );
    const left = under.some((o) => (o.chunk.x0 + o.chunk.x1) / 2 < (cell.chunk.x0 + cell.chunk.x1) / 2);
    const right = under.some((o) => (o.chunk.x0 + o.chunk.x1) / 2 > (cell.chunk.x0 + cell.chunk.x1) / 2);
    return left && right;
  };
  const isLeaf = (cell: (typeof cells)[number]): boolean =>
    !cells.some((other) => other.y > cell.y + 0.5 && overlap(other.chunk, cell.chunk) > 0) && !isGroup(cell);
  const leaves = cells.filter(isLeaf);
  const claimed = new Set<PositionedColumn>();
  const unassigned: Chunk[] = [];
  // Two leaves side by side over one column of amounts (`小计` over them, `（境）费用` just beside):
  // the one that overlaps them more names it; the other heads an empty column of its own.
  const claims = new Map<PositionedColumn, Chunk[]>();
  for (const { chunk } of leaves) {
    const best = bestOverlap(chunk, columns, -2);
    if (best) claims.set(best, [...(claims.get(best) ?? []), chunk]);
    else unassigned.push(chunk);
  }
  for (const [column, chunks] of claims) {
    claimed.add(column);
    const keep = chunks.reduce((a, b) => (overlap(b, column) > overlap(a, column) ? b : a));
    for (const chunk of chunks)
      if (chunk !== keep && overlap(chunk, keep) <= 0 && overlap(chunk, column) < 0.5 * (chunk.x1 - chunk.x0))
        unassigned.push(chunk);
  }
  const added: PositionedColumn[] = [];
  for (const chunk of unassigned) {
    // A header printed beside its right-aligned amounts (`合计` left of `4,312.17`, `金额` centred
    // in a wide column) still names them, if they have no header of their own and it sits in
    // their slot (between the midpoints to the neighbouring columns).
    const index = slotOf(chunk, columns);
    const column = columns[index];
    if (column && !claimed.has(column)) {
      claimed.add(column);
      continue;
    }
    if (bestOverlap(chunk, added)) continue;
    added.push({ x0: chunk.x0, x1: chunk.x1, header: '', parts: [] });
  }
  const all = [...columns, ...added].sort((a, b) => a.x0 - b.x0);
  const blocks = blockHeadings(cells, isLeaf, all);
  for (const cell of [...cells].sort((a, b) => a.y - b.y)) {
    const text = cell.chunk.text.replace(/\s/g, '');
    const block = blocks.get(cell);
    if (block) {
      for (const column of block) {
        column.parts.push(text);
        column.header += text;
      }
      continue;
    }
    // A heading as wide as several columns (`当年一般公共预算拨款安排的“三公”经费预算` over
    // nine) heads each of them.
    const spanned = isLeaf(cell)
      ? []
      : all.filter((c) => {
          const center = (c.x0 + c.x1) / 2;
          return center >= cell.chunk.x0 - 2 && center <= cell.chunk.x1 + 2;
        });
    const targets =
      spanned.length >= 2 ? spanned : [bestOverlap(cell.chunk, all, -2) ?? nearestColumn(cell.chunk, all)];
    for (const column of targets) {
      if (!column) continue;
      column.parts.push(text);
      column.header += text;
    }
  }
  return all;
}

/**
 * Block headings: a top header line of two or more headings that differ only in their year
 * (`2025年预算数` · `2026年预算数`), printed anywhere over blocks of the same columns, divides the
 * columns into that many equal blocks, if each heading sits over its own.
 */
function blockHeadings<C extends { chunk: Chunk; y: number }>(
  cells: readonly C[],
  isLeaf: (cell: C) => boolean,
  columns: readonly PositionedColumn[],
): Map<C, PositionedColumn[]> {
  const none = new Map<C, PositionedColumn[]>();
  if (cells.length === 0) return none;
  const top = Math.min(...cells.map((cell) => cell.y));
  const headings = cells.filter((cell) => Math.abs(cell.y - top) < 1).sort((a, b) => a.chunk.x0 - b.chunk.x0);
  const shape = (cell: C) => cell.chunk.text.replace(/\s/g, '').replace(/\d/g, '#');
  const k = headings.length;
  if (k < 2 || headings.some(isLeaf) || new Set(headings.map(shape)).size !== 1) return none;
  if (!headings.every((cell) => /\d{4}/.test(cell.chunk.text))) return none;
  if (columns.length % k !== 0 || columns.length / k < 2) return none;
  const size = columns.length / k;
  const blocks = new Map<C, PositionedColumn[]>();
  for (const [i, cell] of headings.entries()) {
    const block = columns.slice(i * size, (i + 1) * size);
    const center = (cell.chunk.x0 + cell.chunk.x1) / 2;
    if (center < block[0].x0 || center > block[block.length - 1].x1) return none;
    blocks.set(cell, block);
  }
  return blocks;
}

function nearestColumn<T extends { x0: number; x1: number }>(
  chunk: Chunk,
  columns: readonly T[],
): T | undefined {
  return [...columns].sort((a, b) => -overlap(chunk, a) - -overlap(chunk, b))[0];
}

/** The column whose slot holds the chunk's centre; -1 left of the first (a label header). */
function slotOf(chunk: Chunk, columns: readonly PositionedColumn[]): number {
  const center = (chunk.x0 + chunk.x1) / 2;
  const first = columns[0];
  if (center < first.x0 - 3 * Math.max(first.x1 - first.x0, 20) && chunk.x1 < first.x0) return -1;
  for (let i = 0; i < columns.length - 1; i++) {
    if (center < (columns[i].x1 + columns[i + 1].x0) / 2) return i;
  }
  return columns.length - 1;
}

/** Labels end where the first value column begins (codes are integers left of it). */
function labelBoundary(columns: readonly PositionedColumn[], dataLines: readonly Line[]): number {
  if (columns.length === 0) return Infinity;
  const firstValue = columns.find((column) =>
    dataLines.some((line) =>
      line.visual.chunks.some((chunk) => isDecimal(chunk.text) && overlap(chunk, column) > 0),
    ),
  );
  return (firstValue ?? columns[0]).x0 - 1;
}

interface Anchor {
  line: Line;
  /** Other lines of the same row (wrapped names, a code printed lower than the amounts). */
  extra: Line[];
}

/** The rows of one page. */
function segmentRows(
  dataLines: readonly Line[],
  columns: readonly PositionedColumn[],
  boundary: number,
  crossClassified: boolean,
  /** A row's own code is left of this (in a cross-classified table, in the first classification). */
  codeEnd = Infinity,
  heads: readonly LabelHeader[] | null = null,
): GridRow[] {
  const valueOf = (chunk: Chunk): boolean => chunk.x1 > boundary + 1 && isAmountText(chunk.text);
  const hasValues = (line: Line): boolean => line.visual.chunks.some(valueOf);
  const hasCode = (line: Line): boolean =>
    startsWithCode(line.visual) &&
    line.visual.chunks[0].x1 <= boundary + 1 &&
    line.visual.chunks[0].x0 < codeEnd;
  const anchors: Anchor[] = [];
  const loose: Line[] = [];
  for (const line of dataLines) {
    const last = anchors[anchors.length - 1];
    const onlyTail = line.visual.chunks.every((chunk) => !valueOf(chunk) || /^\.\d+$/.test(chunk.text));
    if (hasValues(line) && onlyTail && last && line.visual.chunks.some(valueOf)) {
      // `174,900` / `.64`: an amount wrapped onto the next line.
      last.extra.push(line);
      continue;
    }
    if (hasValues(line) || hasCode(line)) {
      // A code printed a little lower (or higher) than its row's amounts is the same row.
      if (
        last &&
        isClose(last.line, line) &&
        ((hasCode(line) && !hasValues(line) && !hasCode(last.line) && hasValues(last.line)) ||
          (hasValues(line) && !hasCode(line) && hasCode(last.line) && !hasValues(last.line)))
      ) {
        last.extra.push(line);
        continue;
      }
      anchors.push({ line, extra: [] });
      continue;
    }
    loose.push(line);
  }
  // Label-only lines belong to the nearest row on the page.
  for (const line of loose) {
    let best: Anchor | null = null;
    let distance = Infinity;
    for (const anchor of anchors) {
      for (const member of [anchor.line, ...anchor.extra]) {
        const d = Math.abs(member.visual.y - line.visual.y);
        if (d < distance - 0.01) {
          best = anchor;
          distance = d;
        }
      }
    }
    if (best && distance < 3 * line.visual.size) best.extra.push(line);
  }
  return anchors.map((anchor) => {
    const row = toRow(anchor, columns, boundary, crossClassified);
    return heads && heads.length ? { ...row, labels: byLabelColumn(anchor, heads, boundary) } : row;
  });
}

function isClose(a: Line, b: Line): boolean {
  return Math.abs(a.visual.y - b.visual.y) < 0.95 * Math.max(a.visual.size, b.visual.size);
}

function toRow(
  anchor: Anchor,
  columns: readonly PositionedColumn[],
  boundary: number,
  crossClassified: boolean,
): GridRow {
  const members = [anchor.line, ...anchor.extra].sort(
    (a, b) => a.visual.y - b.visual.y || a.item.line - b.item.line,
  );
  const labels: { text: string; x: number; y: number; line: number }[] = [];
  const cells = new Map<number, { parts: { text: string; y: number }[]; line: number }>();
  for (const member of members) {
    for (const chunk of member.visual.chunks) {
      const isValue = chunk.x1 > boundary + 1 && isAmountText(chunk.text);
      if (!isValue) {
        if (chunk.x0 < boundary + 1 || columns.length === 0)
          labels.push({ text: chunk.text, x: chunk.x0, y: member.visual.y, line: member.item.line });
        continue;
      }
      const column = columnOf(chunk, columns);
      if (column < 0) continue;
      const cell = cells.get(column) ?? { parts: [], line: member.item.line };
      cell.parts.push({ text: chunk.text, y: member.visual.y });
      if (!/^\.\d+$/.test(chunk.text)) cell.line = member.item.line;
      cells.set(column, cell);
    }
  }
  const values: ValueCell[] = [...cells.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([pos, cell]) => ({
      text: cell.parts
        .sort((a, b) => a.y - b.y)
        .map((p) => p.text)
        .join(''),
      pos,
      line: cell.line,
    }));
  // In a cross-classified row only the first classification labels the row.
  const codes = labels.filter((label) => CODED_CELL.test(label.text.trim())).sort((a, b) => a.x - b.x);
  const kept = crossClassified && codes.length >= 2 ? labels.filter((label) => label.x < codes[1].x) : labels;
  const codeLabel = kept.find((label) => CODE_START.test(label.text));
  const ordered = [...kept].sort((a, b) => a.y - b.y || a.x - b.x);
  const code = codeLabel ? codeLabel.text : '';
  const name = ordered
    .filter((label) => label !== codeLabel)
    .map((label) => label.text)
    .join(' ');
  return {
    line: codeLabel?.line ?? anchor.line.item.line,
    labels: [code, cleanName(name)],
    values,
  };
}

/** A row's label chunks, column by column of the header (each column's pieces in reading order). */
function byLabelColumn(anchor: Anchor, heads: readonly LabelHeader[], boundary: number): string[] {
  const cells = heads.map(() => [] as { text: string; y: number; x: number }[]);
  for (const member of [anchor.line, ...anchor.extra]) {
    for (const chunk of member.visual.chunks) {
      if (chunk.x0 >= boundary + 1 && isAmountText(chunk.text)) continue;
      if ((chunk.x0 + chunk.x1) / 2 >= boundary) continue;
      let best = 0;
      let score = -Infinity;
      heads.forEach((head, i) => {
        const s = overlap(chunk, head) - Math.abs((chunk.x0 + chunk.x1) / 2 - (head.x0 + head.x1) / 2) / 100;
        if (s > score) {
          score = s;
          best = i;
        }
      });
      cells[best].push({ text: chunk.text, y: member.visual.y, x: chunk.x0 });
    }
  }
  return cells.map((pieces) =>
    cleanName(
      pieces
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .map((p) => p.text)
        .join(' '),
    ),
  );
}

/** The column a value chunk lines up with: most overlap, else the nearest within half a column. */
function columnOf(chunk: Chunk, columns: readonly PositionedColumn[]): number {
  let best = -1;
  let bestScore = 0;
  columns.forEach((column, i) => {
    const score = overlap(chunk, column);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best >= 0) return best;
  const center = (chunk.x0 + chunk.x1) / 2;
  let distance = Infinity;
  columns.forEach((column, i) => {
    const d = Math.min(Math.abs(center - column.x0), Math.abs(center - column.x1));
    if (d < distance) {
      distance = d;
      best = i;
    }
  });
  return distance < 30 ? best : -1;
}
