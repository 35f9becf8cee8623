// “三公”经费 (overseas trips, official vehicles, official reception). Printed two ways:
// one column per item (the budget tables), or one row per item with a column per year (the
// table inside the narrative, 单位：万元):
//
//     “三公”经费合计⇥因公出国（境）费⇥公务用车购置及运行费⇥⇥⇥公务接待费
//     5.09⇥0.00⇥2.39⇥0.00⇥2.39⇥2.70
//
//     项目⇥金额⇥ / ⇥2024 年⇥2025 年 / 合计⇥3.3⇥3.3 / 1. 因公出国（境）费⇥0⇥0 …

import type { Figure, SanGong } from '../../src/domain/budget';
import { parseAmount } from '../../src/domain/money';
import { SAN_GONG_ITEMS } from '../../src/domain/sanGong';
import { toGrid, type GridRow } from './grid';
import type { Hint, Schema } from './placement';
import { parseRows, type LabeledRow, type ParseContext } from './rows';
import { sanGongSchema } from './schemas';
import { markBlocks, uniqueKeys, withoutYear } from './columns';
import type { PositionedColumn, PositionedGrid } from './positioned';
import type { RawTable } from './segment';

export interface SanGongTable {
  values: SanGong;
  /** 'narrative' for the year-comparison table printed inside the 情况说明. */
  role: 'table' | 'narrative';
  /** True when the table prints no figures at all (空表列示). */
  empty: boolean;
  /** A table with a column per item: all its rows (合计, then departments and units). */
  rows: LabeledRow[];
  schema: Schema | null;
  /** A year-comparison table's column of the year before (`2024 年` beside `2025 年`). */
  prior?: { header: string; values: SanGong };
}

const ITEM_RULES: readonly [RegExp, keyof SanGong][] = [
  [/合计|^[“"]?三公[”"]?经费(支出)?(合计)?$/, 'total'],
  [/因公出国/, 'abroad'],
  [/公务接待/, 'reception'],
  [/购置及运行|购置及运维/, 'vehicle'],
  [/公务用车购置费/, 'vehiclePurchase'],
  [/公务用车运[行维]/, 'vehicleOperation'],
];

const KEY_BY_COLUMN: Record<string, keyof SanGong> = Object.fromEntries(
  SAN_GONG_ITEMS.map((item) => [item.column, item.key]),
);

export function emptySanGong(): SanGong {
  return {
    total: null,
    abroad: null,
    vehicle: null,
    vehiclePurchase: null,
    vehicleOperation: null,
    reception: null,
  };
}

export function parseSanGong(
  table: RawTable,
  context: ParseContext,
  year: number | null,
  hint?: Hint,
): SanGongTable {
  const grid = toGrid(table);
  if ('columns' in grid) return positionedSanGong(grid as PositionedGrid, context, year);
  const itemPerRow = grid.rows.some((row) => /因公出国|公务接待|公务用车/.test(row.labels.join('')));
  if (itemPerRow) {
    const yearColumns = grid.header.flat().filter((cell) => /^\s*\d{4}\s*年\s*$/.test(cell));
    const role = yearColumns.length > 0 ? 'narrative' : 'table';
    const values = itemValues(grid.rows, pickColumn(grid.header, year), context, true);
    // The budget year: the document's, else the last year the header prints.
    const printedYears = grid.header.flat().map((cell) => Number(/(\d{4})\s*年/.exec(cell)?.[1] ?? 0));
    const budgetYear = year ?? (Math.max(0, ...printedYears) || null);
    const before = budgetYear !== null ? yearColumn(grid.header, budgetYear - 1) : null;
    const prior = before
      ? { header: before.header, values: itemValues(grid.rows, before.column, context, true) }
      : undefined;
    return {
      values,
      role,
      empty: Object.values(values).every((v) => v === null),
      rows: [],
      schema: null,
      ...(prior ? { prior } : {}),
    };
  }
  const schema = sanGongSchema();
  return columnTable(
    parseRows(grid, schema, context, () => hint),
    schema,
  );
}

/** One row per item: each item's amount in the given value column (by position, or else index). */
function itemValues(
  rows: readonly GridRow[],
  column: number,
  context: ParseContext,
  byIndex: boolean,
): SanGong {
  const values = emptySanGong();
  for (const row of rows) {
    const label = row.labels.join('');
    const rule = ITEM_RULES.find(([pattern]) => pattern.test(label));
    const cell =
      row.values.find((value) => value.pos === column) ?? (byIndex ? row.values[column] : undefined);
    if (!rule || !cell || values[rule[1]]) continue;
    const parsed = parseAmount(cell.text, context.unit);
    if (parsed.ok) values[rule[1]] = figure(parsed.value, context, cell.line);
  }
  return values;
}

/** A column per item: the items of the first row (合计, or the only row when there is no label column). */
function columnTable(rows: LabeledRow[], schema: Schema): SanGongTable {
  const values = emptySanGong();
  const row = rows[0];
  if (row) {
    for (const [key, field] of Object.entries(KEY_BY_COLUMN)) values[field] = row.values[key] ?? null;
  }
  return {
    values,
    role: 'table',
    empty: !row || Object.values(values).every((v) => v === null),
    rows,
    schema,
  };
}

/** In a year-comparison table, the column of the budget year; else the first value column. */
function pickColumn(header: readonly string[][], year: number | null): number {
  for (const cells of header) {
    const years = cells.map((cell) => /(\d{4})\s*年/.exec(cell)?.[1] ?? null);
    const index = years.findIndex((y) => y !== null && Number(y) === year);
    if (index >= 0) return index - firstValueColumn(cells);
    const last = years.map((y, i) => (y ? i : -1)).filter((i) => i >= 0);
    if (last.length) return last[last.length - 1] - firstValueColumn(cells);
  }
  return 0;
}

/** The value column of one year in a year-comparison table's header, when it prints that year. */
function yearColumn(header: readonly string[][], year: number): { column: number; header: string } | null {
  for (const cells of header) {
    const index = cells.findIndex((cell) => Number(/(\d{4})\s*年/.exec(cell)?.[1]) === year);
    if (index >= 0) return { column: index - firstValueColumn(cells), header: cells[index].trim() };
  }
  return null;
}

function firstValueColumn(cells: readonly string[]): number {
  // Year header rows start with one empty cell under the item column: `⇥2024 年⇥2025 年`.
  return cells[0] === '' ? 1 : 0;
}

function figure(value: { fen: number; step: number }, context: ParseContext, line: number): Figure {
  return { fen: value.fen, step: value.step, table: context.table, line };
}

/**
 * A “三公” table read with positions: its columns named by their headers. Tables differ in what
 * they add (会议费, 培训费, a 合计 over all of them, last year's figures beside this year's):
 *
 *     合计 | “三公”经费 [小计 | 因公出国（境）费 | 公务用车购置及运行费 [小计 | 购置费 | 运行费] | 公务接待费] | 会议费 | 培训费
 */
export function sanGongColumns(columns: readonly PositionedColumn[], year: number | null): Schema {
  const extras = columns.some((c) => /会议|培训/.test(c.header));
  const specs = columns.map((column, index) => {
    const header = column.header;
    const printed = /(20\d{2})\s*年/.exec(header);
    if (/比上年|增减|增长/.test(header)) return { key: `change.${index}`, label: header };
    if (
      (/上年/.test(header) && !/当年|本年/.test(header) && !/小计|合计/.test(header)) ||
      (printed && year !== null && Number(printed[1]) < year)
    ) {
      // Last year's column of an item: keyed by the item its header names once the year is set aside.
      const own = columnKey(withoutYear(header), index, columns, extras);
      return {
        key: /^(unknown|change)\./.test(own.key) ? `prior.${index}` : `prior.${own.key}`,
        label: header,
      };
    }
    return columnKey(header, index, columns, extras);
  });
  const unique = uniqueKeys(markBlocks(specs, columns));
  const keys = new Set(unique.map((s) => s.key));
  const sums = [
    { total: 'total', parts: ['abroad', 'vehicle', 'reception'] },
    { total: 'vehicle', parts: ['vehicle-purchase', 'vehicle-operation'] },
    { total: 'grand-total', parts: ['total', 'meeting', 'training'] },
  ]
    .map((rule) => ({ ...rule, parts: rule.parts.filter((p) => keys.has(p)) }))
    .filter((rule) => keys.has(rule.total) && rule.parts.length >= 2);
  // Without a 三公 subtotal, a 合计 over 会议费 and 培训费 still gives the 三公 total by difference: not read.
  return { columns: unique, sums };
}

/** The key of a “三公” table's column of this year, from its header. */
function columnKey(
  header: string,
  index: number,
  columns: readonly PositionedColumn[],
  /** The table prints 会议费 and 培训费 too: its 合计 is over them. */
  extras: boolean,
): { key: string; label: string } {
  if (/因公出国/.test(header)) return { key: 'abroad', label: '因公出国（境）费' };
  if (/接待/.test(header)) return { key: 'reception', label: '公务接待费' };
  if (/会议/.test(header)) return { key: 'meeting', label: '会议费' };
  if (/培训/.test(header)) return { key: 'training', label: '培训费' };
  // Group headings printed over this column: “三公”经费, 公务用车购置及运行（维护）费.
  // Block headings (`2026年预算数`) too.
  const rest = header
    .replace(/20\d{2}\s*年(预算数?|执行数|决算数)?/, '')
    .replace(/[“"]?三公[”"]?经费/, '')
    .replace(/公务用车购置[及和]运[行维护]*费?/, '①');
  const own = rest.includes('①') ? rest.slice(rest.indexOf('①')) : rest;
  const next = columns[index + 1]?.header ?? '';
  if (
    own === '①' ||
    (/^①?小计$/.test(own) && (/①/.test(own) || (/购置/.test(next) && !/因公出国/.test(next))))
  )
    return { key: 'vehicle', label: '公务用车购置及运行费' };
  // Two leaf headers run together (`公务用车购置公务用车运行`) head both columns: in print order.
  if (/购置/.test(own) && /运[行维]/.test(own)) {
    const before = columns
      .slice(0, index)
      .filter(
        (c) =>
          /购置/.test(c.header) && /运[行维]/.test(c.header.replace(/公务用车购置[及和]运[行维护]*费?/, '')),
      ).length;
    return before % 2 === 0
      ? { key: 'vehicle-purchase', label: '公务用车购置费' }
      : { key: 'vehicle-operation', label: '公务用车运行费' };
  }
  if (/购置/.test(own)) return { key: 'vehicle-purchase', label: '公务用车购置费' };
  if (/运[行维]/.test(own)) return { key: 'vehicle-operation', label: '公务用车运行费' };
  if (/小计/.test(own) || /三公/.test(header)) return { key: 'total', label: '“三公”经费合计' };
  if (/合计|总计/.test(header))
    return extras ? { key: 'grand-total', label: '合计' } : { key: 'total', label: '合计' };
  return { key: `unknown.${index}`, label: header || `第${index + 1}列` };
}

function positionedSanGong(grid: PositionedGrid, context: ParseContext, year: number | null): SanGongTable {
  const itemPerRow = grid.rows.some((row) => /因公出国|公务接待|公务用车/.test(row.labels.join('')));
  if (itemPerRow) {
    // One row per item: this year's column where there is one per year (the narrative's
    // comparison table), else the total column (合计 · 一般公共预算 · …), else the first.
    const years = grid.columns.filter((c) => /20\d{2}\s*年/.test(c.header)).length;
    const byYear = grid.columns.findIndex((c) => year !== null && c.header.includes(String(year)));
    const byTotal = grid.columns.findIndex((c) => /合计|总计|预算数|金额|小计/.test(c.header));
    const column = byYear >= 0 ? byYear : byTotal >= 0 ? byTotal : 0;
    const values = itemValues(grid.rows, column, context, false);
    const before = grid.columns.findIndex((c) => year !== null && c.header.includes(String(year - 1)));
    return {
      values,
      role: years >= 2 ? 'narrative' : 'table',
      empty: Object.values(values).every((v) => v === null),
      rows: [],
      schema: null,
      ...(byYear >= 0 && before >= 0
        ? {
            prior: {
              header: grid.columns[before].header,
              values: itemValues(grid.rows, before, context, false),
            },
          }
        : {}),
    };
  }
  const schema = sanGongColumns(grid.columns, year);
  return columnTable(parseRows(grid, schema, context), schema);
}
