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
import { toGrid } from './grid';
import type { Hint, Schema } from './placement';
import { parseRows, type LabeledRow, type ParseContext } from './rows';
import { sanGongSchema } from './schemas';
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
}

const ITEM_RULES: readonly [RegExp, keyof SanGong][] = [
  [/合计/, 'total'],
  [/因公出国/, 'abroad'],
  [/公务接待/, 'reception'],
  [/购置及运行|购置及运维/, 'vehicle'],
  [/公务用车购置费/, 'vehiclePurchase'],
  [/公务用车运[行维]/, 'vehicleOperation'],
];

const KEY_BY_COLUMN: Record<string, keyof SanGong> = {
  total: 'total',
  abroad: 'abroad',
  vehicle: 'vehicle',
  'vehicle-purchase': 'vehiclePurchase',
  'vehicle-operation': 'vehicleOperation',
  reception: 'reception',
};

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
  const values = emptySanGong();
  const itemPerRow = grid.rows.some((row) => /因公出国|公务接待|公务用车/.test(row.labels.join('')));
  if (itemPerRow) {
    const yearColumns = grid.header.flat().filter((cell) => /^\s*\d{4}\s*年\s*$/.test(cell));
    const role = yearColumns.length > 0 ? 'narrative' : 'table';
    const column = pickColumn(grid.header, year);
    for (const row of grid.rows) {
      const label = row.labels.join('');
      const rule = ITEM_RULES.find(([pattern]) => pattern.test(label));
      const cell = row.values.find((value) => value.pos === column) ?? row.values[column];
      if (!rule || !cell || values[rule[1]]) continue;
      const parsed = parseAmount(cell.text, context.unit);
      if (parsed.ok) values[rule[1]] = figure(parsed.value, context, cell.line);
    }
    return { values, role, empty: Object.values(values).every((v) => v === null), rows: [], schema: null };
  }
  const schema = sanGongSchema();
  const rows = parseRows(grid, schema, context, () => hint);
  // The first row is the total (合计, or the only row when there is no label column).
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

function firstValueColumn(cells: readonly string[]): number {
  // Year header rows start with one empty cell under the item column: `⇥2024 年⇥2025 年`.
  return cells[0] === '' ? 1 : 0;
}

function figure(value: { fen: number; step: number }, context: ParseContext, line: number): Figure {
  return { fen: value.fen, step: value.step, table: context.table, line };
}
