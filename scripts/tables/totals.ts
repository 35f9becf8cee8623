// List tables: 政府采购预算表 (the amount is the first column: the total precedes its
// breakdown by 货物/工程/服务) and 政府购买服务预算表 (the amount is the last column). Read for
// their grand total, and for their rows where the shape is the plain one, so that the 合计, the
// units and the items can be checked against each other:
//
//     合计⇥8,055,128.00⇥⇥⇥8,055,128.00
//     146-大连市西岗区大数据中心⇥8,055,128.00⇥⇥⇥8,055,128.00
//     146001-大连市西岗区大数据中心（本级）⇥8,055,128.00⇥⇥⇥8,055,128.00
//
// Item-level procurement lists (单价, 数量 per item) repeat a project's amount on every item,
// so their rows are not summed.

import type { Figure } from '../../src/domain/budget';
import { parseAmount } from '../../src/domain/money';
import { toGrid, type GridRow } from './grid';
import type { ParseContext } from './rows';
import { functionalCodeOf, splitLabel } from './rows';
import type { RawTable } from './segment';

export interface ListRow {
  code: string | null;
  name: string;
  line: number;
  isTotal: boolean;
  amount: Figure | null;
  /** The breakdown printed after the amount (货物类, 工程类, 服务类), where the header has one. */
  parts: Figure[];
  /** A functional code the row prints in a cell of its own (`206-科学技术支出`), where it does. */
  functionalCode: string | null;
}

export interface ListTable {
  total: Figure | null;
  /** Empty when the table is not a plain list (see above). */
  rows: ListRow[];
}

export function readListTable(table: RawTable, context: ParseContext, which: 'first' | 'last'): ListTable {
  const grid = toGrid(table);
  const figures = (row: GridRow): Figure[] =>
    row.values.flatMap((cell) => {
      const parsed = parseAmount(cell.text, context.unit);
      return parsed.ok
        ? [{ fen: parsed.value.fen, step: parsed.value.step, table: context.table, line: cell.line }]
        : [];
    });
  const isTotal = (row: GridRow): boolean => /^(合计|总计)$/.test(row.labels.join('').replace(/\s/g, ''));
  const totalRow = grid.rows.find(isTotal);
  const pick = (list: Figure[]): Figure | null =>
    (which === 'first' ? list[0] : list[list.length - 1]) ?? null;
  const total = totalRow ? pick(figures(totalRow)) : null;
  if (/单价|数量/.test(grid.headerText)) return { total, rows: [] };
  const split =
    which === 'first' && /货物/.test(grid.headerText) && /服务/.test(grid.headerText) && !grid.compact;
  return {
    total,
    rows: grid.rows.map((row) => {
      const list = figures(row);
      const label = splitLabel(row.labels.find((l) => l !== '') ?? '');
      return {
        code: label.code && label.code.length >= 3 ? label.code : null,
        name: isTotal(row) ? '合计' : label.name,
        line: row.line,
        isTotal: isTotal(row),
        amount: pick(list),
        parts: split ? list.slice(1) : [],
        functionalCode: row.values.map((cell) => functionalCodeOf(cell.text)).find(Boolean) ?? null,
      };
    }),
  };
}
