// 政府采购预算表 and 政府购买服务预算表: the 合计 is the sum of the items, each unit row the sum
// of the items under it, and a procurement amount the sum of its 货物/工程/服务 breakdown.
// An item is a row with nothing printed under it: a row without a code, or a unit whose next
// row is not one of its own (`146` → `146001` → items).

import type { Figure } from '../../src/domain/budget';
import type { ListRow } from '../tables/totals';
import type { CheckedDocument } from './document';
import { term, type Report } from './report';

/**
 * `notes` receives what could not be checked: a list whose rows nest in a way its sums do not
 * explain (categories, units and items without codes) is named, not reported as failing.
 */
export function listChecks(report: Report, { parsed, note: notes }: CheckedDocument): void {
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
    // A list without codes (`货物` → `苏州市审计局` → its items) nests by its sums: a row is a
    // group when the rows after it add up to it. Only the top level is checked against the 合计.
    if (!rows.some((row) => row.code && /^\d{3}(\d{3})?$/.test(row.code))) {
      const total = rows.findIndex((row) => row.isTotal);
      if (total < 0 || !rows[total].amount) continue;
      const top = topLevel(rows.slice(total + 1).filter((row) => !row.isTotal));
      if (top.length === 0) continue;
      const sum = top.reduce((acc, row) => acc + (row.amount?.fen ?? 0), 0);
      const totalRow = rows[total].amount as Figure;
      if (top.length > 1 && Math.abs(sum - totalRow.fen) > totalRow.step / 2) {
        notes?.(
          rows[total].line,
          label,
          `the list's rows nest (categories, units, items) in a way its amounts do not explain, so its 合计 is not checked against them`,
        );
        continue;
      }
      report.add(
        'total-sum',
        `${label}:${rows[total].line}:items`,
        `${label}：合计等于其下各项之和`,
        term('合计', rows[total].amount as Figure),
        top.map((item) => term(name(item), item.amount as Figure)),
      );
      continue;
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

/** The top-level rows of a list that nests by its sums (see above). */
function topLevel(rows: readonly ListRow[]): ListRow[] {
  const memo = new Map<number, number>();
  // The index after the node starting at `i`: a group swallows the nodes that add up to it.
  const end = (i: number): number => {
    const known = memo.get(i);
    if (known !== undefined) return known;
    const amount = rows[i].amount?.fen ?? 0;
    const tolerance = (rows[i].amount?.step ?? 1) / 2;
    let sum = 0;
    let j = i + 1;
    let result = i + 1;
    while (j < rows.length && amount > 0) {
      sum += rows[j].amount?.fen ?? 0;
      j = end(j);
      if (Math.abs(sum - amount) <= tolerance) {
        result = j;
        break;
      }
      if (sum > amount + tolerance) break;
    }
    memo.set(i, result);
    return result;
  };
  const top: ListRow[] = [];
  for (let i = 0; i < rows.length; i = end(i)) if (rows[i].amount) top.push(rows[i]);
  return top;
}

function zeroAt(table: string, line: number): Figure {
  return { fen: 0, step: 1, table, line };
}
