// Column schemas of the standard budget tables (财政部 templates and their provincial variants),
// chosen by the words in a table's header. Each schema lists the value columns in printed order
// and the sums that hold between them.

import { SAN_GONG_ITEMS, SAN_GONG_PARTS, sanGongItem, VEHICLE_PARTS } from '../../src/domain/sanGong';
import type { ColumnSpec, Schema, SumRule } from './placement';

const col = (key: string, label: string): ColumnSpec => ({ key, label });
const sum = (total: string, ...parts: string[]): SumRule => ({ total, parts });

/** 财政拨款 (小计, 一般公共预算, 政府性基金预算[, 国有资本经营预算]), 财政专户, 单位资金 under one group. */
function fundColumns(prefix: string, groupLabel: string, withStateCapital: boolean): ColumnSpec[] {
  const p = prefix ? `${prefix}.` : '';
  const g = groupLabel ? `${groupLabel}·` : '';
  return [
    col(`${p}fiscal`, `${g}财政拨款小计`),
    col(`${p}gpb`, `${g}一般公共预算`),
    col(`${p}gov-fund`, `${g}政府性基金预算`),
    ...(withStateCapital ? [col(`${p}state-capital`, `${g}国有资本经营预算`)] : []),
    col(`${p}special-account`, `${g}财政专户管理资金`),
    col(`${p}unit-funds`, `${g}单位资金`),
  ];
}

function fundSums(prefix: string, total: string, withStateCapital: boolean): SumRule[] {
  const p = prefix ? `${prefix}.` : '';
  return [
    sum(total, `${p}fiscal`, `${p}special-account`, `${p}unit-funds`),
    sum(`${p}fiscal`, `${p}gpb`, `${p}gov-fund`, ...(withStateCapital ? [`${p}state-capital`] : [])),
  ];
}

/** 支出总表: by unit and/or function, all funds, with the basic/project split. */
export function expenditureSchema(header: string): Schema {
  if (/财政专户|小计/.test(header) && /基本支出/.test(header) && /项目支出/.test(header)) {
    const stateCapital = /国有资本/.test(header);
    return {
      columns: [
        col('total', '总计'),
        col('basic', '基本支出'),
        ...fundColumns('basic', '基本支出', stateCapital),
        col('project', '项目支出'),
        ...fundColumns('project', '项目支出', stateCapital),
      ].map((c) => (c.key === 'basic.fiscal' || c.key === 'project.fiscal' ? c : c)),
      sums: [
        sum('total', 'basic', 'project'),
        ...fundSums('basic', 'basic', stateCapital),
        ...fundSums('project', 'project', stateCapital),
      ],
    };
  }
  const extras: ColumnSpec[] = [];
  if (/经营支出/.test(header)) extras.push(col('operating', '事业单位经营支出'));
  if (/上[缴解]上级/.test(header)) extras.push(col('to-superior', '上缴上级支出'));
  if (/对附属单位补助/.test(header)) extras.push(col('to-subordinate', '对附属单位补助支出'));
  const columns = [col('total', '合计'), col('basic', '基本支出'), col('project', '项目支出'), ...extras];
  return { columns, sums: [sum('total', ...columns.slice(1).map((c) => c.key))] };
}

/** 支出功能分类预算表 / 支出经济分类预算表: all funds by fund source. */
export function fundSourceSchema(header: string): Schema {
  const stateCapital = /国有资本/.test(header);
  return {
    columns: [col('total', '合计'), ...fundColumns('', '', stateCapital)],
    sums: fundSums('', 'total', stateCapital),
  };
}

/** 一般公共预算支出表 (by function or by unit). */
export function gpbSchema(header: string): Schema {
  if (/人员经费/.test(header)) {
    return {
      columns: [
        col('total', '合计'),
        col('basic', '基本支出'),
        col('personnel', '人员经费'),
        col('public-use', '公用经费'),
        col('project', '项目支出'),
      ],
      sums: [sum('total', 'basic', 'project'), sum('basic', 'personnel', 'public-use')],
    };
  }
  return {
    columns: [col('total', '合计'), col('basic', '基本支出'), col('project', '项目支出')],
    sums: [sum('total', 'basic', 'project')],
  };
}

/** 一般公共预算基本支出表 (economic classification). */
export function basicEconomicSchema(): Schema {
  return {
    columns: [col('total', '合计'), col('personnel', '人员经费'), col('public-use', '公用经费')],
    sums: [sum('total', 'personnel', 'public-use')],
  };
}

/**
 * 收入总表: income by source, this year's (本年收入) and carried over (上年结转). The header's
 * leaf columns follow the group headings, each group opening with 小计:
 * `合计 本年收入 上年结转结余 小计 一般公共预算 … 小计 一般公共预算 …`.
 */
export function incomeSchema(header: string): Schema {
  const [, currentLeaves = '', carriedLeaves = ''] = header.split('小计');
  const hasCarried = /上年结转/.test(header);
  const current = sourceColumns('current', '本年收入·', currentLeaves);
  const carried = sourceColumns('carried', '上年结转·', carriedLeaves);
  const columns = [
    col('total', '合计'),
    col('current', '本年收入小计'),
    ...current,
    ...(hasCarried ? [col('carried', '上年结转结余小计'), ...carried] : []),
  ];
  const sums = [
    sum('total', 'current', ...(hasCarried ? ['carried'] : [])),
    ...(current.length ? [sum('current', ...current.map((c) => c.key))] : []),
    ...(carried.length ? [sum('carried', ...carried.map((c) => c.key))] : []),
  ];
  return { columns, sums };
}

const INCOME_SOURCE_WORDS: readonly [RegExp, string, string][] = [
  [/一般公共/, 'gpb', '一般公共预算'],
  [/财政拨款/, 'fiscal', '财政拨款'],
  [/政府性基金/, 'gov-fund', '政府性基金预算'],
  [/国有资本/, 'state-capital', '国有资本经营预算'],
  [/财政专户/, 'special-account', '财政专户管理资金'],
  [/单位资金/, 'unit-funds', '单位资金'],
  [/事业收入/, 'business', '事业收入'],
  [/经营收入/, 'operating', '事业单位经营收入'],
  [/上级补助/, 'superior', '上级补助收入'],
  [/附属单位/, 'subordinate', '附属单位上缴收入'],
  [/其他收入/, 'other', '其他收入'],
];

/** The income sources a header names, in printed order. */
function sourceColumns(prefix: string, groupLabel: string, text: string): ColumnSpec[] {
  const found = INCOME_SOURCE_WORDS.map(([pattern, key, label]) => ({ at: text.search(pattern), key, label }))
    .filter((entry) => entry.at >= 0)
    // 财政拨款 is only a source of its own where no 一般公共预算 column splits it.
    .filter((entry) => entry.key !== 'fiscal' || !/一般公共/.test(text))
    .sort((a, b) => a.at - b.at);
  return found.map((entry) => col(`${prefix}.${entry.key}`, `${groupLabel}${entry.label}`));
}

/** 三公 with one column per item. */
export function sanGongSchema(): Schema {
  return {
    // The total's column is headed 合计 in these tables.
    columns: SAN_GONG_ITEMS.map((item) => col(item.column, item.key === 'total' ? '合计' : item.zh)),
    sums: [
      sum('total', ...SAN_GONG_PARTS.map((key) => sanGongItem(key).column)),
      sum('vehicle', ...VEHICLE_PARTS.map((key) => sanGongItem(key).column)),
    ],
  };
}

/** 项目支出表: each project's amount by funding source. */
export function projectsSchema(header: string): Schema {
  const stateCapital = /国有资本/.test(header);
  if (/结转/.test(header)) {
    const group = (prefix: string, label: string): ColumnSpec[] => [
      col(`${prefix}.gpb`, `${label}·一般公共预算`),
      col(`${prefix}.gov-fund`, `${label}·政府性基金预算`),
      ...(stateCapital ? [col(`${prefix}.state-capital`, `${label}·国有资本经营预算`)] : []),
    ];
    const columns = [
      col('total', '合计'),
      ...group('current', '本年拨款'),
      ...group('carried', '财政拨款结转结余'),
      col('special-account', '财政专户管理资金'),
      col('unit-funds', '单位资金'),
    ];
    return { columns, sums: [sum('total', ...columns.slice(1).map((c) => c.key))] };
  }
  const columns = [
    col('total', '合计'),
    col('gpb', '一般公共预算'),
    col('gov-fund', '政府性基金预算'),
    ...(stateCapital ? [col('state-capital', '国有资本经营预算')] : []),
    col('special-account', '财政专户管理资金'),
    col('unit-funds', '单位资金'),
  ];
  return { columns, sums: [sum('total', ...columns.slice(1).map((c) => c.key))] };
}

/** Funding-source labels for the project list, from a placed row's non-empty columns. */
export function fundingLabel(schema: Schema, key: string): string {
  const label = schema.columns.find((c) => c.key === key)?.label ?? key;
  return label.replace(/^本年拨款·/, '');
}

/**
 * A text export's table that prints last year's total beside this year's (`科目 2024年预算数 合计
 * 基本支出 项目支出`): its column is read as `prior.total`, before or after the others as the
 * header prints it, and is in none of the sums.
 */
export function withPriorColumn(schema: Schema, header: string, year: number | null): Schema {
  const prior = /上年(预算|执行)数|上年数|(20\d{2})\s*年(预算|执行)数/.exec(header);
  if (!prior || (prior[2] && (year === null || Number(prior[2]) >= year))) return schema;
  const column = col('prior.total', prior[0]);
  const total = header.indexOf('合计');
  const before = total < 0 || prior.index < total;
  return { ...schema, columns: before ? [column, ...schema.columns] : [...schema.columns, column] };
}
