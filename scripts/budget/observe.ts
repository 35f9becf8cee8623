// Parsed tables → observations of each quantity. Keys:
//   exp:<column>:<scope>          department expenditure (total, basic, project, personnel, public-use)
//   fn:<code>:<column>:<scope>    a functional classification row
//   unit:<code>:<column>:<scope>  a unit (department or sub-unit); column `income` for income
//   income.<source> / income.total / income.current   (no `:` suffix: scopes do not apply)
// Scope is `all` (all funds) or `gpb` (一般公共预算 only).

import type { Figure } from '../../src/domain/budget';
import type { LabeledRow } from '../tables/rows';
import type { ParsedDocument, RowTable } from './parse';
import { agree, Observations } from './observations';
import { rowRoles } from './roles';

const GPB_TABLE_COLUMNS = {
  total: 'total',
  basic: 'basic',
  project: 'project',
  personnel: 'personnel',
  'public-use': 'public-use',
};

/** Columns each table kind contributes, and the scope of its figures. */
const CONTRIBUTIONS: Record<RowTable['kind'], { scope: 'all' | 'gpb'; columns: Record<string, string> }> = {
  expenditure: { scope: 'all', columns: { total: 'total', basic: 'basic', project: 'project' } },
  functional: { scope: 'all', columns: { total: 'total' } },
  economic: { scope: 'all', columns: { total: 'total' } },
  income: { scope: 'all', columns: { total: 'total' } },
  'gpb-functional': { scope: 'gpb', columns: GPB_TABLE_COLUMNS },
  'gpb-units': { scope: 'gpb', columns: GPB_TABLE_COLUMNS },
  'basic-economic': {
    scope: 'gpb',
    columns: { total: 'basic', personnel: 'personnel', 'public-use': 'public-use' },
  },
};

/** Columns printed per fund source that are 一般公共预算 figures in an all-funds table. */
const GPB_COLUMNS: Record<string, string> = { gpb: 'total', 'basic.gpb': 'basic', 'project.gpb': 'project' };

/** Tables in order of precedence: the first printing of a quantity is the one used. */
const PRECEDENCE: readonly RowTable['kind'][] = [
  'expenditure',
  'functional',
  'income',
  'gpb-functional',
  'gpb-units',
  'basic-economic',
  'economic',
];

export function observe(parsed: ParsedDocument): Observations {
  const obs = new Observations();
  const summary = parsed.summary?.value;
  if (summary && parsed.summary) {
    const label = (what: string): string => `${parsed.summary?.table.label} · ${what}`;
    obs.add('exp:total:all', label('本年支出合计'), summary.currentExpenditure);
    obs.add('exp:basic:all', label('基本支出'), summary.basic);
    obs.add('exp:personnel:all', label('人员经费'), summary.personnel);
    obs.add('exp:public-use:all', label('公用经费'), summary.publicUse);
    obs.add('exp:project:all', label('项目支出'), summary.project);
    obs.add('income.total', label('收入总计'), summary.totalIncome);
    obs.add('income.current', label('本年收入合计'), summary.currentIncome);
    for (const line of summary.income) obs.add(`income.${line.source}`, label(line.label), line.amount);
  }
  // 财政拨款收支总表: this year's 财政拨款 by source are the same figures as in the other tables.
  for (const line of parsed.fiscalSummary?.value.income ?? []) {
    if (line.source === 'carryover') continue;
    obs.add(`income.${line.source}`, `${parsed.fiscalSummary?.table.label} · ${line.label}`, line.amount);
  }
  const tables = [...parsed.rowTables].sort(
    (a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind),
  );
  for (const table of tables) observeTable(obs, table);
  return obs;
}

function observeTable(obs: Observations, table: RowTable): void {
  const { scope, columns } = CONTRIBUTIONS[table.kind];
  const roles = rowRoles(table.rows);
  const columnLabel = (key: string): string => table.schema.columns.find((c) => c.key === key)?.label ?? key;
  const economic = table.kind === 'economic' || table.kind === 'basic-economic';
  table.rows.forEach((row, index) => {
    const role = roles[index];
    const prefix =
      role === 'total'
        ? 'exp'
        : role === 'unit'
          ? `unit:${row.code}`
          : role === 'class' && !economic
            ? `fn:${row.code}`
            : null;
    if (!prefix) return;
    const what = role === 'total' ? row.name || '合计' : `${row.code} ${row.name}`;
    const add = (key: string, column: string, scopeOf: string, figure: Figure | null): void =>
      obs.add(
        `${prefix}:${key}:${scopeOf}`,
        `${table.table.label} · ${what} · ${columnLabel(column)}`,
        figure,
      );
    if (table.kind === 'income') {
      if (role === 'unit')
        obs.add(`${prefix}:income`, `${table.table.label} · ${what} · 合计`, row.values.total);
      if (role === 'total') observeIncomeSources(obs, table, row);
      if (role !== 'class') return;
    }
    // An economic table's total is the department's total; its rows are economic, not functional.
    if (economic && role === 'class') return;
    for (const [column, key] of Object.entries(columns)) add(key, column, scope, row.values[column] ?? null);
    for (const [column, key] of Object.entries(GPB_COLUMNS)) {
      if (column in row.values && scope === 'all') add(key, column, 'gpb', row.values[column] ?? null);
    }
  });
}

function observeIncomeSources(obs: Observations, table: RowTable, row: LabeledRow): void {
  obs.add('income.total', `${table.table.label} · 合计`, row.values.total);
  obs.add('income.current', `${table.table.label} · 本年收入小计`, row.values.current);
  for (const column of table.schema.columns) {
    const match = /^current\.(.+)$/.exec(column.key);
    if (match)
      obs.add(`income.${match[1]}`, `${table.table.label} · ${column.label}`, row.values[column.key]);
  }
  obs.add('income.carryover', `${table.table.label} · 上年结转结余`, row.values.carried);
}

/**
 * When every yuan is 一般公共预算, the 一般公共预算 tables print the same quantities as the
 * all-funds tables and are checked against them. Otherwise only the personnel/public split of
 * basic expenditure carries over, where basic expenditure itself is all 一般公共预算.
 */
export function alignScopes(obs: Observations, allGpb: boolean): void {
  const gpbKeys = obs.keys().filter((key) => key.endsWith(':gpb'));
  if (allGpb) {
    for (const key of gpbKeys) obs.alias(key, key.replace(/:gpb$/, ':all'));
    return;
  }
  for (const key of gpbKeys) {
    const match = /^(.*):(personnel|public-use):gpb$/.exec(key);
    if (!match) continue;
    const base = match[1];
    if (agree(obs.first(`${base}:basic:all`), obs.first(`${base}:basic:gpb`)))
      obs.alias(key, `${base}:${match[2]}:all`);
  }
}
