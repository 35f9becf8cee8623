// Tables read only for their grand total: 政府采购预算表 (first amount of the 合计 row: the
// total precedes its breakdown) and 政府购买服务预算表 (the amount is the last column).

import type { Figure } from '../../src/domain/budget';
import { parseAmount } from '../../src/domain/money';
import { toGrid } from './grid';
import type { ParseContext } from './rows';
import type { RawTable } from './segment';

export function readTotalRow(table: RawTable, context: ParseContext, which: 'first' | 'last'): Figure | null {
  const grid = toGrid(table);
  const row = grid.rows.find((r) => /^(合计|总计)$/.test(r.labels.join('').replace(/\s/g, '')));
  if (!row) return null;
  const amounts = row.values
    .map((cell) => ({ cell, parsed: parseAmount(cell.text, context.unit) }))
    .filter((entry) => entry.parsed.ok);
  const chosen = which === 'first' ? amounts[0] : amounts[amounts.length - 1];
  if (!chosen || !chosen.parsed.ok) return null;
  return {
    fen: chosen.parsed.value.fen,
    step: chosen.parsed.value.step,
    table: context.table,
    line: chosen.cell.line,
  };
}
