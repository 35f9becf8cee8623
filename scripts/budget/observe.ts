// Parsed tables → observations of each quantity. Keys:
//   exp:<column>:<scope>          department expenditure (total, basic, project, personnel, public-use)
//   fn:<code>:<column>:<scope>    a functional classification row
//   unit:<code>:<column>:<scope>  a unit (department or sub-unit); column `income` for income
//   income.<source> / income.total / income.current   (no `:` suffix: scopes do not apply)
// Scope is `all` (all funds), `fiscal` (财政拨款: 一般公共预算, 政府性基金 and 国有资本经营预算)
// or `gpb` (一般公共预算 only).

import { INCOME_SOURCES, type Figure, type IncomeSource } from '../../src/domain/budget';
import type { LabeledRow } from '../tables/rows';
import type { ParsedDocument, RowTable } from '../tables/parse';
import {
  agree,
  isQuantity,
  Observations,
  partsOf,
  requantify,
  rescope,
  type Quantity,
  type Scope,
} from './observations';
import { rowRoles } from '../tables/roles';

const SPLIT_COLUMNS: Record<string, Quantity> = {
  total: 'total',
  basic: 'basic',
  project: 'project',
  personnel: 'personnel',
  'public-use': 'public-use',
  // Spending that is neither basic nor project (Jiangsu's 单位预留机动经费, 事业单位经营支出 …).
  reserve: 'reserve',
  'operating-expenditure': 'operating-expenditure',
  'to-superior': 'to-superior',
  'to-subordinate': 'to-subordinate',
};

/** Columns each table kind contributes, and the scope of its figures unless its title names one. */
const CONTRIBUTIONS: Record<RowTable['kind'], { scope: Scope; columns: Record<string, Quantity> }> = {
  expenditure: { scope: 'all', columns: SPLIT_COLUMNS },
  functional: { scope: 'all', columns: { total: 'total' } },
  economic: { scope: 'all', columns: { total: 'total' } },
  income: { scope: 'all', columns: { total: 'total' } },
  'gpb-functional': { scope: 'gpb', columns: SPLIT_COLUMNS },
  'gpb-units': { scope: 'gpb', columns: SPLIT_COLUMNS },
  'fiscal-functional': { scope: 'fiscal', columns: SPLIT_COLUMNS },
  // An economic table's rows are not functional; only its total row is read (exp:…).
  'gpb-economic': { scope: 'gpb', columns: SPLIT_COLUMNS },
  'basic-economic': {
    scope: 'gpb',
    columns: { total: 'basic', personnel: 'personnel', 'public-use': 'public-use' },
  },
  'basic-functional': {
    scope: 'gpb',
    columns: { total: 'basic', personnel: 'personnel', 'public-use': 'public-use' },
  },
};

/** Kinds whose scope the title decides (`财政拨款基本支出表` is 财政拨款, `一般公共预算基本支出表` 一般公共预算). */
const TITLED_SCOPE: ReadonlySet<RowTable['kind']> = new Set(['basic-economic', 'basic-functional']);

export function scopeOf(table: RowTable): Scope {
  const base = CONTRIBUTIONS[table.kind].scope;
  if (!TITLED_SCOPE.has(table.kind)) return base;
  if (/一般公共预算|公共财政/.test(table.table.title)) return 'gpb';
  if (/财政拨款/.test(table.table.title)) return 'fiscal';
  return base;
}

/** Columns printed per fund source that are 一般公共预算 figures in an all-funds table. */
const GPB_COLUMNS: Record<string, Quantity> = {
  gpb: 'total',
  'basic.gpb': 'basic',
  'project.gpb': 'project',
};

/** Tables in order of precedence: the first printing of a quantity is the one used. */
const PRECEDENCE: readonly RowTable['kind'][] = [
  'expenditure',
  'functional',
  'income',
  'gpb-functional',
  'gpb-units',
  'fiscal-functional',
  'basic-economic',
  'basic-functional',
  'economic',
  'gpb-economic',
];

const INCOME_SOURCE_KEYS: ReadonlySet<string> = new Set(INCOME_SOURCES);

/**
 * What the tables say, quantity by quantity, with the scopes aligned: whether all income is
 * 一般公共预算 (then its tables cover all funds) and the observations of each scope that stand
 * for another. What the later stages (assemble, checks) read.
 */
export function observeDocument(parsed: ParsedDocument): { obs: Observations; allGpb: boolean } {
  const obs = observe(parsed);
  const allGpb = isAllGpb(obs);
  alignScopes(obs, allGpb);
  return { obs, allGpb };
}

/** True when all income is 一般公共预算 (then 一般公共预算 tables cover all funds). */
function isAllGpb(obs: Observations): boolean {
  const total = obs.first('income.total') ?? obs.first('income.current');
  return agree(total, obs.first('income.gpb'));
}

function observe(parsed: ParsedDocument): Observations {
  const obs = new Observations();
  const summary = parsed.summary?.value;
  if (summary && parsed.summary) {
    const label = (what: string): string => `${parsed.summary?.table.label} · ${what}`;
    obs.add('exp:total:all', label('本年支出合计'), summary.currentExpenditure);
    obs.add('exp:basic:all', label('基本支出'), summary.basic);
    obs.add('exp:personnel:all', label('人员经费'), summary.personnel);
    obs.add('exp:public-use:all', label('公用经费'), summary.publicUse);
    obs.add('exp:project:all', label('项目支出'), summary.project);
    for (const other of summary.otherSpending)
      if (isQuantity(other.key)) obs.add(`exp:${other.key}:all`, label(other.label), other.figure);
    obs.add('income.total', label('收入总计'), summary.totalIncome);
    obs.add('income.current', label('本年收入合计'), summary.currentIncome);
    for (const line of summary.income) obs.add(`income.${line.source}`, label(line.label), line.amount);
  }
  // 财政拨款收支总表: this year's 财政拨款 by source are the same figures as in the other tables.
  // Where the 收支总表 lists no 上年结转 of its own but this table does, by source, the 收支总表's
  // sources hold it (重庆: 结转金额已纳入相应性质的资金收入中): this year's plus the carry-over.
  const fiscal = parsed.fiscalSummary?.value;
  const summaryCarries = (summary?.income ?? []).some((line) => line.source === 'carryover');
  for (const line of fiscal?.income ?? []) {
    if (line.source === 'carryover') continue;
    const carried = fiscal?.carriedSources.find((c) => c.source === line.source)?.figure;
    const label = `${parsed.fiscalSummary?.table.label} · ${line.label}`;
    if (summary && !summaryCarries && carried && line.amount)
      obs.add(`income.${line.source}`, `${label}（含上年结转）`, {
        ...line.amount,
        fen: line.amount.fen + carried.fen,
        step: Math.max(line.amount.step, carried.step),
        derived: true,
      });
    else obs.add(`income.${line.source}`, label, line.amount);
  }
  const tables = [...parsed.rowTables].sort(
    (a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind),
  );
  for (const table of tables) observeTable(obs, table);
  return obs;
}

function observeTable(obs: Observations, table: RowTable): void {
  const { columns } = CONTRIBUTIONS[table.kind];
  const scope = scopeOf(table);
  const roles = rowRoles(table.rows);
  const columnLabel = (key: string): string => table.schema.columns.find((c) => c.key === key)?.label ?? key;
  const economic =
    table.kind === 'economic' || table.kind === 'basic-economic' || table.kind === 'gpb-economic';
  // Two units printed with one code (西安's 153002 交通管理支队 and 153002 交通警察支队) are two
  // units: the later one is observed under its name too, so that neither is checked against the other.
  const unitNames = new Map<string, string>();
  table.rows.forEach((row, index) => {
    const role = roles[index];
    let unitKey = row.code;
    if (role === 'unit' && row.code) {
      const seen = unitNames.get(row.code);
      if (seen !== undefined && seen !== row.name) unitKey = `${row.code}~${row.name}`;
      else unitNames.set(row.code, row.name);
    }
    const prefix: 'exp' | `unit:${string}` | `fn:${string}` | null =
      role === 'total'
        ? 'exp'
        : role === 'unit'
          ? `unit:${unitKey}`
          : role === 'class' && !economic
            ? `fn:${row.code}`
            : null;
    if (!prefix) return;
    const what = role === 'total' ? row.name || '合计' : `${row.code} ${row.name}`;
    const add = (key: Quantity, column: string, scopeOf: Scope, figure: Figure | null): void =>
      obs.add(
        `${prefix}:${key}:${scopeOf}`,
        `${table.table.label} · ${what} · ${columnLabel(column)}`,
        figure,
      );
    if (table.kind === 'income') {
      if (role === 'unit' && prefix.startsWith('unit:'))
        obs.add(
          `${prefix as `unit:${string}`}:income`,
          `${table.table.label} · ${what} · 合计`,
          row.values.total,
        );
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
  // Without a 本年收入 group (`总计 · 一般公共预算拨款收入 · 政府性基金…`), the sources are this year's.
  const grouped = table.schema.columns.some((column) => column.key === 'current');
  for (const column of table.schema.columns) {
    const match = grouped ? /^current\.(.+)$/.exec(column.key) : /^([a-z-]+)$/.exec(column.key);
    if (match && INCOME_SOURCE_KEYS.has(match[1]))
      obs.add(
        `income.${match[1] as IncomeSource}`,
        `${table.table.label} · ${column.label}`,
        row.values[column.key],
      );
  }
  obs.add('income.carryover', `${table.table.label} · 上年结转结余`, row.values.carried);
}

/**
 * When every yuan is 一般公共预算, the 一般公共预算 tables print the same quantities as the
 * all-funds tables and are checked against them. Otherwise only the personnel/public split of
 * basic expenditure carries over, where basic expenditure itself is all 一般公共预算.
 */
function alignScopes(obs: Observations, allGpb: boolean): void {
  alignFiscal(obs, allGpb);
  const gpbKeys = obs.keys().filter((key) => key.endsWith(':gpb'));
  if (allGpb) {
    for (const key of gpbKeys) obs.alias(key, rescope(key, 'all'));
    return;
  }
  for (const key of gpbKeys) {
    const quantity = partsOf(key)?.quantity;
    if (quantity !== 'personnel' && quantity !== 'public-use') continue;
    const basic = requantify(key, 'basic');
    if (agree(obs.first(rescope(basic, 'all')), obs.first(basic))) obs.alias(key, rescope(key, 'all'));
  }
}

/**
 * 财政拨款 figures are 一般公共预算 figures when the department has no 政府性基金 or 国有资本经营
 * income, and all-funds figures when all its income is 财政拨款.
 */
function alignFiscal(obs: Observations, allGpb: boolean): void {
  const fiscalKeys = obs.keys().filter((key) => key.endsWith(':fiscal'));
  if (fiscalKeys.length === 0) return;
  const income = (source: IncomeSource): number | null => obs.first(`income.${source}`)?.fen ?? null;
  const gpb = income('gpb');
  const others = [income('gov-fund'), income('state-capital')];
  if (gpb === null) return;
  const total = obs.first('income.total') ?? obs.first('income.current');
  const fiscal = { fen: gpb + others.reduce<number>((sum, fen) => sum + (fen ?? 0), 0), step: 0 };
  const target = others.every((fen) => !fen)
    ? allGpb
      ? 'all'
      : 'gpb'
    : total && agree(total, { ...total, ...fiscal, step: total.step })
      ? 'all'
      : null;
  if (!target) return;
  for (const key of fiscalKeys) obs.alias(key, rescope(key, target));
}
