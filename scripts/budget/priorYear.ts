// Last year's figures where a table prints them beside this year's (`2025年预算数`, `上年预算数`):
// the functional table's prior-year column, row by row, and the “三公” table's prior-year columns.
// They are figures of the earlier year as this year's document prints them.

import type { Figure, PriorYear, SanGong } from '../../src/domain/budget';
import { SAN_GONG_ITEMS } from '../../src/domain/sanGong';
import type { ParsedDocument, RowTable } from '../tables/parse';
import { rowRoles } from '../tables/roles';
import { emptySanGong } from '../tables/sanGong';
import { scopeOf } from './observe';

/** Tables whose rows are the functional classification, in the order their prior column is used. */
const FUNCTIONAL_KINDS: readonly RowTable['kind'][] = [
  'expenditure',
  'functional',
  'fiscal-functional',
  'gpb-functional',
];

export function priorYearOf(parsed: ParsedDocument, year: number | null): PriorYear | null {
  const functional = functionalPrior(parsed);
  const sanGong = sanGongPrior(parsed);
  if (!functional && !sanGong) return null;
  const printed = /(20\d{2})\s*年/.exec(functional?.header ?? sanGong?.header ?? '');
  return {
    year: printed ? Number(printed[1]) : year !== null ? year - 1 : null,
    functional,
    sanGong,
  };
}

function functionalPrior(parsed: ParsedDocument): PriorYear['functional'] {
  for (const kind of FUNCTIONAL_KINDS) {
    const table = parsed.rowTables.find(
      (t) => t.kind === kind && t.schema.columns.some((c) => c.key === 'prior.total'),
    );
    if (!table) continue;
    const roles = rowRoles(table.rows);
    const rows = table.rows.flatMap((row, index) => {
      const total = row.values['prior.total'];
      return roles[index] === 'class' && row.code && total
        ? [{ code: row.code, name: row.name, total, current: row.values.total ?? null }]
        : [];
    });
    const totalRow = table.rows.find((_, index) => roles[index] === 'total');
    return {
      header: table.schema.columns.find((c) => c.key === 'prior.total')?.label ?? '',
      table: table.table.label,
      scope: scopeOf(table),
      total: totalRow?.values['prior.total'] ?? null,
      current: totalRow?.values.total ?? null,
      rows,
    };
  }
  return null;
}

function sanGongPrior(parsed: ParsedDocument): PriorYear['sanGong'] {
  for (const entry of parsed.sanGong) {
    const prior = entry.value.prior;
    if (prior && Object.values(prior.values).some(Boolean))
      return {
        header: prior.header,
        table: entry.table.label,
        values: prior.values,
        current: entry.value.values,
      };
    const schema = entry.value.schema;
    const row = entry.value.rows[0];
    if (!schema || !row) continue;
    const values: SanGong = emptySanGong();
    let header = '';
    for (const item of SAN_GONG_ITEMS) {
      const key = `prior.${item.column}`;
      const figure: Figure | null = row.values[key] ?? null;
      if (!figure) continue;
      values[item.key] = figure;
      header ||= schema.columns.find((c) => c.key === key)?.label ?? '';
    }
    if (Object.values(values).some(Boolean))
      return { header, table: entry.table.label, values, current: entry.value.values };
  }
  return null;
}
