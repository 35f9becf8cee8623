// 收支总表: a two-sided table, income items on the left, expenditure on the right, each item
// followed by its amount. Read as (label, amount) pairs; the label says which side it is on.
//
//     一、一般公共预算拨款收入⇥4,122,430.72⇥一、基本支出⇥4,102,430.72⇥一、一般公共服务支出⇥⇥…
//     一、一般公共预算拨款收入 1,201.50 一、一般公共服务支出 1,088.92        (PDF)
//     二、政府性基金预算拨款收入 二、国防支出                                 (PDF, no amounts)

import { CARRIED_IN, type Figure, type IncomeLine, type IncomeSource } from '../../src/domain/budget';
import { looksLikeAmount, parseAmount, type MoneyUnit } from '../../src/domain/money';
import type { ParseContext } from './rows';
import type { RawTable } from './segment';
import { traitsOf } from '../layout/families';
import { cleanName } from './names';

export interface SummaryTable {
  /** Income by source, with the line each is printed on. */
  income: (IncomeLine & { line: number })[];
  /** 本年收入合计 */
  currentIncome: Figure | null;
  /** 收入总计 */
  totalIncome: Figure | null;
  /** 本年支出合计 */
  currentExpenditure: Figure | null;
  /** 支出总计 */
  totalExpenditure: Figure | null;
  /** 年终结转结余 (结转下年): the part of 支出总计 left for next year. */
  carriedForward: Figure | null;
  /** The 上年结转 by source, where listed under it (`二、上年结转` / `（一）一般公共预算拨款 9,375.01`). */
  carriedSources: { source: IncomeSource; figure: Figure }[];
  basic: Figure | null;
  personnel: Figure | null;
  publicUse: Figure | null;
  project: Figure | null;
  /** Spending beside 基本支出 and 项目支出 (单位预留机动经费, 事业单位经营支出 …). */
  otherSpending: { key: string; label: string; figure: Figure }[];
  /** 类-level expenditure as printed on the right-hand side, by name. */
  classes: { name: string; figure: Figure }[];
  /**
   * Items printed with a 合计 and its split by fund source (`一般公共服务支出⇥5,096,654.93⇥
   * 5,096,654.93⇥` under `合计⇥一般公共预算⇥政府性基金预算`): the split must add up.
   */
  splits: { label: string; total: Figure; parts: Figure[] }[];
}

interface Pair {
  label: string;
  amount: string | null;
  /** Further amounts printed after the pair's own, before the next label. */
  extras: string[];
  line: number;
  /** Where the label starts on the page (positioned PDF text only). */
  x?: number;
}

const ENUMERATOR = /^([一二三四五六七八九十廿]+、|[（(][一二三四五六七八九十廿\d]+[)）]|\d+[.、．])\s*/;
/** Where a new label starts inside a run of label tokens (PDF). */
const LABEL_START =
  /^([一二三四五六七八九十廿]+、|[（(][一二三四五六七八九十廿\d]+[)）]|\d+\s*[、.．]|本年|当年|上年|年终|结转|其中|未安排|使用|收$|支$)/;

const INCOME_RULES: readonly [RegExp, IncomeSource][] = [
  [/^一般公共预算(财政)?拨款(收入)?$|^一般公共预算(资金|收入)?$/, 'gpb'],
  [/^政府性基金预算(财政)?拨款(收入)?$|^政府性基金预算(资金|收入)?$/, 'gov-fund'],
  [/^国有资本经营预算(财政)?拨款(收入)?$|^国有资本经营预算(资金|收入)?$/, 'state-capital'],
  [/^财政专户(管理资金|核拨|拨款)(收入)?$/, 'special-account'],
  [/^(财政拨款|预算拨款)(收入|资金)?$/, 'fiscal'],
  [/^单位资金(收入)?$/, 'unit-funds'],
  [/^事业收入(资金)?$/, 'business'],
  [/^(事业单位)?经营收入(资金)?$/, 'operating'],
  [/^上级补助收入(资金)?$/, 'superior'],
  [/^附属单位上缴收入(资金)?$/, 'subordinate'],
  [/^其他(收入)?(资金)?$/, 'other'],
  [/^上年结转(结余)?(资金)?$/, 'carryover'],
  [/^上年实户资金余额$/, 'account-balance'],
  [/^(使用)?非财政拨款结余$/, 'non-fiscal-balance'],
];

/** What is carried to next year on the expenditure side: 年终结转结余, 结转下年. */
const CARRIED_FORWARD = /^(年终结转结余|年末结转(和|及)?结余|结转下年(资金|支出)?|未安排支出的实户资金)$/;

const OTHER_SPENDING_LABELS: readonly [RegExp, string][] = [
  [/^单位预留机动经费$/, 'reserve'],
  [/^事业单位经营支出$/, 'operating-expenditure'],
  [/^上缴上级支出$/, 'to-superior'],
  [/^对附属单位补助支出$/, 'to-subordinate'],
];

export function parseSummary(table: RawTable, context: ParseContext): SummaryTable {
  const traits = traitsOf(table.layout);
  const { pairs, header, economicFrom } = traits.positions
    ? positionedPairs(table)
    : { ...(traits.delimitedCells ? cellPairs(table) : pdfPairs(table)), economicFrom: Infinity };
  // Only a header that prints 合计 beside fund-source columns says the extra amounts are a split.
  // The words may wrap (`一般` over `公共预算`).
  const splitColumns = /合计/.test(header) && /公共预算|政府性基金|基金预算|财政专户|单位资金/.test(header);
  const result: SummaryTable = {
    income: [],
    currentIncome: null,
    totalIncome: null,
    currentExpenditure: null,
    totalExpenditure: null,
    carriedForward: null,
    carriedSources: [],
    basic: null,
    personnel: null,
    publicUse: null,
    project: null,
    otherSpending: [],
    classes: [],
    splits: [],
  };
  const figure = (pair: Pair): Figure | null => toFigure(pair, context.unit, context);
  const classX: number[] = [];
  for (const pair of pairs) {
    const label = pair.label.replace(ENUMERATOR, '').replace(/\s/g, '');
    const total = figure(pair);
    if (splitColumns && total && pair.extras.length > 0) {
      const parts = pair.extras.flatMap((text) => {
        const part = toFigure({ ...pair, amount: text }, context.unit, context);
        return part ? [part] : [];
      });
      result.splits.push({ label: cleanName(pair.label), total, parts });
    }
    const income = INCOME_RULES.find(([pattern]) => pattern.test(label));
    // Under 上年结转结余 some tables list the sources again (`一、一般公共预算拨款 508.64`): those
    // are the carry-over's sources, not this year's income.
    if (
      income &&
      !CARRIED_IN.has(income[1]) &&
      result.income.some((line) => line.source === 'carryover' && line.line < pair.line)
    ) {
      const carried = figure(pair);
      if (carried && !result.carriedSources.some((c) => c.source === income[1]))
        result.carriedSources.push({ source: income[1], figure: carried });
      continue;
    }
    if (income) {
      if (!result.income.some((line) => line.source === income[1])) {
        result.income.push({
          source: income[1],
          label: cleanName(pair.label),
          amount: figure(pair),
          line: pair.line,
        });
      }
      continue;
    }
    if (/^(本年|当年)收入(合计|小计)?$/.test(label)) result.currentIncome ??= figure(pair);
    else if (/^收入(总计|合计)$/.test(label)) result.totalIncome ??= figure(pair);
    else if (/^(本年|当年)支出(合计|小计)?$/.test(label)) result.currentExpenditure ??= figure(pair);
    else if (/^支出(总计|合计)$/.test(label)) result.totalExpenditure ??= figure(pair);
    else if (CARRIED_FORWARD.test(label) && pair.amount) {
      const forward = figure(pair);
      // Several lines carried to next year (结转下年, 未安排支出的实户资金) add up.
      if (forward)
        result.carriedForward = result.carriedForward
          ? { ...result.carriedForward, fen: result.carriedForward.fen + forward.fen, derived: true }
          : forward;
    } else if (label === '基本支出') result.basic ??= figure(pair);
    else if (label === '人员经费') result.personnel ??= figure(pair);
    else if (label === '公用经费') result.publicUse ??= figure(pair);
    else if (label === '项目支出') result.project ??= figure(pair);
    else if (OTHER_SPENDING_LABELS.some(([pattern]) => pattern.test(label)) && pair.amount) {
      const [, key] = OTHER_SPENDING_LABELS.find(([pattern]) => pattern.test(label)) ?? [];
      const other = figure(pair);
      if (key && other && !result.otherSpending.some((o) => o.key === key))
        result.otherSpending.push({
          key,
          label: cleanName(pair.label).replace(ENUMERATOR, ''),
          figure: other,
        });
    } else if (
      /支出$/.test(label) &&
      pair.amount &&
      (pair.x ?? 0) < economicFrom &&
      !/^[(（]?\d+[)）]/.test(label)
    ) {
      const classFigure = figure(pair);
      if (classFigure && !result.classes.some((c) => c.name === label)) {
        result.classes.push({ name: label, figure: classFigure });
        classX.push(pair.x ?? 0);
      }
    }
  }
  // A table that totals each side only as `合计` (重庆's 收支总体情况表): income on the left.
  if (
    !result.currentIncome &&
    !result.totalIncome &&
    !result.currentExpenditure &&
    !result.totalExpenditure
  ) {
    const totals = pairs.filter((pair) => /^合计$/.test(pair.label.replace(/\s/g, '')) && pair.amount);
    if (totals.length === 2) {
      result.totalIncome = figure(totals[0]);
      result.totalExpenditure = figure(totals[1]);
    }
  }
  // Where 款 and 项 are listed under their 类 by indentation alone (湖州's 收支预算总表), the 类
  // are the least indented.
  if (classX.some((x) => x > 0)) {
    const left = Math.min(...classX);
    result.classes = result.classes.filter((_, i) => classX[i] <= left + 3);
  }
  return result;
}

function toFigure(pair: Pair, unit: MoneyUnit, context: ParseContext): Figure | null {
  if (pair.amount === null) return null;
  const parsed = parseAmount(pair.amount, unit);
  if (parsed.ok)
    return { fen: parsed.value.fen, step: parsed.value.step, table: context.table, line: pair.line };
  if (parsed.reason !== 'empty') {
    context.issues.push({
      severity: 'error',
      code: 'not-a-number',
      file: context.file,
      line: pair.line,
      table: context.table,
      message: `expected an amount in ${unit} for ${pair.label}, found "${pair.amount}"`,
    });
  }
  return null;
}

/** Tab and Word layouts: a label cell is followed by its amount cell (possibly empty). */
function cellPairs(table: RawTable): { pairs: Pair[]; header: string } {
  const pairs: Pair[] = [];
  let header = '';
  let dataStarted = false;
  for (const item of table.items) {
    if (item.kind !== 'row') continue;
    const cells = item.cells;
    // Header rows name the columns (财政专户管理资金, 单位资金 …); data starts with the first amount.
    dataStarted ||= cells.some((cell, i) => i > 0 && /\d\.\d/.test(cell) && looksLikeAmount(cell));
    if (!dataStarted) {
      header += cells.join(' ');
      continue;
    }
    let last: Pair | null = null;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === '' || cell === '栏次') continue;
      if (looksLikeAmount(cell)) {
        last?.extras.push(cell);
        continue;
      }
      const next = cells[i + 1] ?? '';
      last = {
        label: cell,
        amount: looksLikeAmount(next) ? next : null,
        extras: [],
        line: item.cellLines[i + 1] ?? item.line,
      };
      pairs.push(last);
      if (looksLikeAmount(next)) i++;
    }
  }
  return { pairs, header };
}

/** PDF text: tokens; a run of label tokens may hold two labels whose amounts vanished. */
function pdfPairs(table: RawTable): { pairs: Pair[]; header: string } {
  const pairs: Pair[] = [];
  let header = '';
  for (const item of table.items) {
    if (item.kind !== 'text') continue;
    if (pairs.length === 0 && !/\d\.\d/.test(item.text)) header += item.text;
    const tokens = item.text.split(/\s+/).filter(Boolean);
    let label: string[] = [];
    let last: Pair | null = null;
    const flush = (amount: string | null): void => {
      if (label.length) {
        last = { label: label.join(' '), amount, extras: [], line: item.line };
        pairs.push(last);
      } else if (amount !== null) last?.extras.push(amount);
      label = [];
    };
    for (const token of tokens) {
      if (looksLikeAmount(token) && /[.,]/.test(token)) {
        flush(token);
        continue;
      }
      if (label.length && LABEL_START.test(token)) flush(null);
      label.push(token);
    }
    flush(null);
  }
  return { pairs, header };
}

/**
 * Positioned PDF text: the table is read as columns. Each view of the table (income, then each
 * expenditure view) is a column of labels and a column of amounts; an amount belongs to the
 * label of its view on its row, or, where that label wrapped over two lines, to the nearest
 * label of its view:
 *
 *     一、基本支出        18,570.82
 *     二、项目支出        11,343.27
 *     三、单位预留机动经
 *     三、国防支出                     3,258.06     ← the amount of 单位预留机动经费, not of 国防支出
 *     费
 *
 * Where the expenditure side prints several views side by side (部门综合预算收支总表: by
 * function, by 支出用途 or economic class), only the functional view names classes; the header
 * says where the others begin.
 */
export function positionedPairs(table: RawTable): { pairs: Pair[]; header: string; economicFrom: number } {
  const rows = table.items.flatMap((item) =>
    item.kind === 'text' && item.visual
      ? [
          {
            line: item.line,
            y: item.visual.y,
            page: item.visual.page,
            size: item.visual.size,
            chunks: item.visual.chunks,
          },
        ]
      : [],
  );
  let header = '';
  let economicFrom = Infinity;
  // Data starts at the first amount, or at a numbered item printed above it (`一、财政` /
  // `13,649.07` / `拨款`: a label wrapped around its amount's line).
  const firstData = rows.findIndex(
    (row) =>
      row.chunks.some((c) => /\d\.\d/.test(c.text) && looksLikeAmount(c.text)) ||
      row.chunks.some((c) => /^[一二三四五六七八九十]+、\S/.test(c.text.trim())),
  );
  for (const row of rows.slice(0, Math.max(firstData, 0))) {
    header += row.chunks.map((c) => c.text.trim()).join(' ');
    for (const chunk of row.chunks)
      if (/经济分类|支出用途|按经济/.test(chunk.text)) economicFrom = Math.min(economicFrom, chunk.x0 - 20);
  }
  const data = firstData < 0 ? [] : rows.slice(firstData);
  // Amount columns: the right edges of amounts that line up.
  const amounts = data.flatMap((row) =>
    row.chunks
      .filter((c) => looksLikeAmount(c.text))
      .map((c) => ({ ...c, line: row.line, y: row.y, page: row.page })),
  );
  const edges: number[] = [];
  for (const x of amounts.map((a) => a.x1).sort((a, b) => a - b)) {
    if (edges.length === 0 || x - edges[edges.length - 1] > 12) edges.push(x);
    else edges[edges.length - 1] = x;
  }
  /** The view of an amount: the column whose right edge it lines up with. */
  const amountView = (x1: number): number => edges.findIndex((edge) => Math.abs(edge - x1) <= 12);
  // A label's view is the first amount column to its right.
  const viewOf = (x: number): number => {
    const index = edges.findIndex((edge) => edge > x + 1);
    return index < 0 ? edges.length : index;
  };
  interface Label {
    text: string;
    x: number;
    view: number;
    line: number;
    page: number;
    top: number;
    bottom: number;
    size: number;
    amount: { text: string; line: number } | null;
    extras: string[];
  }
  const labels: Label[] = [];
  // Views whose items are numbered (`一、…`, `（三）…`, `1.…`): there, any fragment without a
  // number under a label is the rest of it (`七、文化体育与传` / `媒支出`).
  const numbered = new Set<number>();
  {
    const counts = new Map<number, { all: number; numbered: number }>();
    for (const row of data)
      for (const chunk of row.chunks) {
        const text = chunk.text.trim();
        if (text === '' || looksLikeAmount(text)) continue;
        const count = counts.get(viewOf(chunk.x1)) ?? { all: 0, numbered: 0 };
        count.all++;
        if (/^([一二三四五六七八九十廿]+、|[（(][一二三四五六七八九十廿\d]+[)）]|\d+\s*[.、．])/.test(text))
          count.numbered++;
        counts.set(viewOf(chunk.x1), count);
      }
    for (const [view, count] of counts)
      if (count.numbered >= 3 && count.numbered >= 0.25 * count.all) numbered.add(view);
  }
  for (const row of data) {
    for (const chunk of row.chunks) {
      const text = chunk.text.trim();
      if (text === '' || text === '栏次' || looksLikeAmount(text)) continue;
      const view = viewOf(chunk.x1);
      // A fragment under a label of its view that starts no item of its own (`费` under
      // `三、单位预留机动经`) is the rest of that label.
      const last = [...labels].reverse().find((l) => l.view === view);
      const above = last?.page === row.page ? last : undefined;
      // A label wrapped over a page break (`八、社会保障和就` | page | `业支出`).
      const firstOnPage = data.find((other) => other.page === row.page) === row;
      if (
        last &&
        last.page === row.page - 1 &&
        firstOnPage &&
        numbered.has(view) &&
        !LABEL_START.test(text) &&
        !/^(合计|总计)/.test(text)
      ) {
        last.text += text;
        continue;
      }
      // Directly below, or one row below with only this view's amount in between (`1.一般公共预`
      // / `17,981.68` / `算`).
      const amountBetween = (label: Label): boolean =>
        data.some(
          (other) =>
            other.page === row.page &&
            other.y > label.bottom + 0.5 &&
            other.y < row.y - 0.5 &&
            other.chunks.some((c) => looksLikeAmount(c.text) && amountView(c.x1) === view),
        );
      if (
        above &&
        (row.y - above.bottom < 1.3 * row.size ||
          (row.y - above.bottom < 2.5 * row.size && amountBetween(above)) ||
          (row.y - above.bottom < 4 * row.size && numbered.has(view))) &&
        !LABEL_START.test(text) &&
        !/^(合计|总计|收入(总计|合计)|支出(总计|合计))/.test(text) &&
        Math.abs(chunk.x0 - above.x) < 3 * row.size
      ) {
        above.text += text;
        above.bottom = row.y;
        continue;
      }
      labels.push({
        text,
        x: chunk.x0,
        view,
        line: row.line,
        page: row.page,
        top: row.y,
        bottom: row.y,
        size: row.size,
        amount: null,
        extras: [],
      });
    }
  }
  const unassigned: typeof amounts = [];
  for (const amount of amounts) {
    const view = amountView(amount.x1);
    const candidates = labels.filter((l) => l.view === view && l.page === amount.page);
    let best: Label | null = null;
    let distance = Infinity;
    for (const label of candidates) {
      const d =
        amount.y < label.top ? label.top - amount.y : amount.y > label.bottom ? amount.y - label.bottom : 0;
      if (d < distance - 0.01) {
        best = label;
        distance = d;
      }
    }
    if (!best || distance > 1.3 * best.size) {
      unassigned.push(amount);
      continue;
    }
    if (best.amount) best.extras.push(amount.text);
    else best.amount = { text: amount.text, line: amount.line };
  }
  // A total spanning the views (`当年支出小计` under the functional view, its amount in the last
  // column): the nearest label to its left on its row that has no amount.
  for (const amount of unassigned) {
    const left = labels
      .filter((l) => l.page === amount.page && l.x < amount.x0 && Math.abs(l.top - amount.y) < 0.6 * l.size)
      .sort((a, b) => b.x - a.x)[0];
    if (!left) continue;
    // Further columns of the same item (`合计 · 一般公共预算 · 政府性基金预算`) are its split.
    if (left.amount) left.extras.push(amount.text);
    else left.amount = { text: amount.text, line: amount.line };
  }
  const pairs: Pair[] = labels
    .sort((a, b) => a.page - b.page || a.top - b.top || a.view - b.view)
    .map((label) => ({
      label: label.text,
      amount: label.amount?.text ?? null,
      extras: label.extras,
      line: label.amount?.line ?? label.line,
      x: label.x,
    }));
  return { pairs, header, economicFrom };
}
