// 政府采购预算表 and 政府购买服务预算表: the 合计 is the sum of the items, each unit row the sum
// of the items under it, and a procurement amount the sum of its 货物/工程/服务 breakdown.
// An item is a row with nothing printed under it: a row without a code, or a unit whose next
// row is not one of its own (`146` → `146001` → items).

import type { Figure } from '../../src/domain/budget';
import type { ParsedDocument } from '../budget/parse';
import type { ListRow } from '../tables/totals';
import { term, type Report } from './report';

export function listChecks(report: Report, parsed: ParsedDocument): void {
  for (const { table, value } of parsed.lists) {
    const label = table.label;
    const rows = value.rows.filter((row) => row.amount || row.parts.length > 0);
    const name = (row: ListRow): string => (row.code ? `${row.code} ${row.name}` : row.name);
    for (const row of rows) {
      if (row.parts.length === 0) continue;
      report.add(
        'row-sum',
        `${label}:${row.line}:parts`,
        `${label}：${name(row)} 的合计等于货物、工程、服务类之和`,
        term(`${name(row)} · 合计`, row.amount ?? zeroAt(label, row.line)),
        row.parts.map((part) => term(`${name(row)} · 分类`, part)),
      );
    }
    rows.forEach((row, index) => {
      if (!row.amount || (!row.isTotal && !row.code)) return;
      const items = itemsUnder(rows, index);
      if (items.length === 0) return;
      report.add(
        row.isTotal ? 'total-sum' : 'units-sum',
        `${label}:${row.line}:items`,
        `${label}：${name(row)} 等于其下各项之和`,
        term(name(row), row.amount),
        items.map((item) => term(name(item), item.amount as Figure)),
      );
    });
  }
}

/** The items (rows with nothing under them) below a 合计 or unit row. */
function itemsUnder(rows: readonly ListRow[], index: number): ListRow[] {
  const parent = rows[index];
  const below: ListRow[] = [];
  for (let i = index + 1; i < rows.length; i++) {
    const row = rows[i];
    if (row.isTotal) break;
    if (!parent.isTotal && row.code && !(row.code.startsWith(parent.code ?? '-') && row.code !== parent.code))
      break;
    below.push(row);
  }
  return below.filter((row, i) => {
    const next = below[i + 1];
    const hasChildren =
      row.code !== null && next !== undefined && (next.code === null || next.code.startsWith(row.code));
    return row.amount && !hasChildren;
  });
}

function zeroAt(table: string, line: number): Figure {
  return { fen: 0, step: 1, table, line };
}
