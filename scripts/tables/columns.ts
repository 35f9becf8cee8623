// Column headers → column keys and the sums between them, for tables read with positions. The
// same column is headed differently across provinces (项目支出 / 专项业务经费支出, 一般公共预算 /
// 一般公共预算拨款收入 / 一般公共预算资金), so the rules match the words that carry the meaning.
// Group headings (基本支出 over 小计 · 人员经费 · 公用经费; 本年收入 over 小计 · 一般公共预算 …)
// give the columns under them a prefix (`current.gpb`).

import { INCOME_SOURCES } from '../../src/domain/budget';
import type { ColumnSpec, Schema, SumRule } from './placement';

/** Leaf words, most specific first. */
const LEAVES: readonly [RegExp, string, string][] = [
  [/人员(经费|支出)|工资福利/, 'personnel', '人员经费'],
  [/公用(经费|支出)/, 'public-use', '公用经费'],
  [/对附属单位补助/, 'to-subordinate', '对附属单位补助支出'],
  [/上[缴解]上级/, 'to-superior', '上缴上级支出'],
  [/经营支出/, 'operating-expenditure', '事业单位经营支出'],
  [/预留机动|机动经费/, 'reserve', '单位预留机动经费'],
  [/项目支出|专项业务(经费)?(支出)?|专项支出|^项目$/, 'project', '项目支出'],
  [/基本支出/, 'basic', '基本支出'],
  [/一般公共预算|公共财政预算/, 'gpb', '一般公共预算'],
  [/政府性基金/, 'gov-fund', '政府性基金预算'],
  [/国有资本/, 'state-capital', '国有资本经营预算'],
  [/财政专户|专户管理/, 'special-account', '财政专户管理资金'],
  [/单位资金/, 'unit-funds', '单位资金'],
  [/经营收入/, 'operating', '事业单位经营收入'],
  [/事业收入/, 'business', '事业收入'],
  [/上级补助/, 'superior', '上级补助收入'],
  [/附属单位上缴/, 'subordinate', '附属单位上缴收入'],
  [/非财政拨款结余/, 'non-fiscal-balance', '使用非财政拨款结余'],
  [/实户资金余额/, 'account-balance', '上年实户资金余额'],
  [/其他(收入|资金)|^其他$/, 'other', '其他收入'],
  [/财政拨款/, 'fiscal', '财政拨款'],
  [/上年结转|结转结余|上年结余/, 'carried', '上年结转结余'],
  [/本年收入|本年拨款/, 'current', '本年收入'],
  [/小计/, 'subtotal', '小计'],
  [/合计|总计|预算数|金额|^\d{4}年(预算)?$/, 'total', '合计'],
];

/** Headings that group the columns after them. */
const GROUPS: readonly [RegExp, string, string][] = [
  [/基本支出/, 'basic', '基本支出'],
  [/项目支出/, 'project', '项目支出'],
  [/本年收入|本年拨款/, 'current', '本年收入'],
  [/上年结转|结转结余/, 'carried', '上年结转结余'],
  [/财政拨款/, 'fiscal', '财政拨款'],
];

/** Column keys of money by where it comes from: the income sources, 上年结转 aside. */
const FUND_SOURCES: ReadonlySet<string> = new Set(INCOME_SOURCES.filter((source) => source !== 'carryover'));
/** The sources that make up 财政拨款. */
const FISCAL_PARTS = ['gpb', 'gov-fund', 'state-capital'];

interface HeaderColumn {
  header: string;
  parts: readonly string[];
}

function leafOf(text: string): [string, string] | null {
  const rule = LEAVES.find(([pattern]) => pattern.test(text));
  return rule ? [rule[1], rule[2]] : null;
}

/** A header without the year it is of: `2025年预算数基本支出` → `基本支出`. */
export function withoutYear(header: string): string {
  return header.replace(/(20\d{2}\s*年|上年)(预算|执行|决算)?数?/, '');
}

/**
 * Keys for the columns of a table, from their headers. `previousYear` columns (上年预算数, 2025
 * 年预算数 beside 2026) are not this year's figures and get keys of their own.
 */
export function columnSpecs(columns: readonly HeaderColumn[], year: number | null): ColumnSpec[] {
  const specs: ColumnSpec[] = [];
  let group: { key: string; label: string } | null = null;
  columns.forEach((column, index) => {
    const header = column.header;
    if (isPriorYear(header, year)) {
      // `2025年预算数` alone is last year's total; `上年基本支出` last year's basic.
      const own = withoutYear(header);
      specs.push({ key: `prior.${leafOf(own)?.[0] ?? (own ? index : 'total')}`, label: header });
      return;
    }
    if (/增减|增长|比上年|变动/.test(header)) {
      specs.push({ key: `change.${index}`, label: header });
      return;
    }
    // `其中：…`, `扣除基建项目后预算数`: a part of the column before it, not a column of its own.
    if (/其中|扣除/.test(header)) {
      specs.push({ key: `memo.${index}`, label: header });
      return;
    }
    // Strip a group heading printed above this column's own words.
    const groupHere =
      column.parts.length > 1 ? GROUPS.find(([pattern]) => pattern.test(column.parts[0])) : undefined;
    const own = groupHere ? column.parts.slice(1).join('') : header;
    const leaf = leafOf(own) ?? leafOf(header);
    if (!leaf) {
      specs.push({ key: `unknown.${index}`, label: header || `第${index + 1}列` });
      return;
    }
    let [key, label] = leaf;
    if (
      key === 'subtotal' &&
      !groupHere &&
      specs.every((spec) => /^(prior|change|memo|unknown)\./.test(spec.key))
    ) {
      // `小计` heading the first amount column, under no group, is the table's total.
      key = 'total';
      label = '合计';
    } else if (key === 'subtotal') {
      const found = groupHere ?? groupAhead(columns, index);
      if (found) {
        group = { key: found[1], label: found[2] };
        key = found[1];
        label = `${found[2]}小计`;
      }
    } else if (groupHere && FUND_SOURCES.has(key)) {
      group = { key: groupHere[1], label: groupHere[2] };
    } else if (!FUND_SOURCES.has(key) && key !== 'personnel' && key !== 'public-use') {
      group = null;
    }
    if (group && FUND_SOURCES.has(key) && group.key !== key && group.key !== 'fiscal') {
      key = `${group.key}.${key}`;
      label = `${group.label}·${label}`;
    }
    specs.push({ key, label });
  });
  return uniqueKeys(markBlocks(specs, columns));
}

/**
 * Tables that print the same columns again for last year and for the change (`上年 … | 当年 … |
 * 增减变化情况 …`): the block whose headers say 上年 or 增减 is not this year's. Blocks start where
 * the first column's key comes round again.
 */
export function markBlocks(specs: readonly ColumnSpec[], columns: readonly HeaderColumn[]): ColumnSpec[] {
  const first = specs.findIndex((spec) => !/^(prior|change|unknown)\./.test(spec.key));
  if (first < 0) return [...specs];
  const starts = specs.flatMap((spec, index) =>
    index >= first && spec.key === specs[first].key ? [index] : [],
  );
  if (starts.length < 2) return [...specs];
  const blocks = starts.map((start, i) => [start, starts[i + 1] ?? specs.length] as const);
  return specs.map((spec, index) => {
    const block = blocks.find(([from, to]) => index >= from && index < to);
    if (!block) return spec;
    const headers = columns
      .slice(block[0], block[1])
      .map((c) => c.header)
      .join('');
    if (/增减|变化|变动|比上年/.test(headers)) return { key: `change.${index}`, label: `增减·${spec.label}` };
    if (/上年/.test(headers) && !/当年|本年/.test(headers))
      return { key: `prior.${spec.key}`, label: `上年·${spec.label}` };
    return spec;
  });
}

/** The same key twice (an unread group) keeps only the first; the others are kept apart. */
export function uniqueKeys(specs: readonly ColumnSpec[]): ColumnSpec[] {
  const seen = new Set<string>();
  return specs.map((spec, index) => {
    if (!seen.has(spec.key)) {
      seen.add(spec.key);
      return spec;
    }
    return { key: `${spec.key}#${index}`, label: spec.label };
  });
}

/**
 * The group a 小计 column opens: the group heading printed over one of the columns after it
 * (above that column's own words), before the next total or top-level column.
 */
function groupAhead(columns: readonly HeaderColumn[], index: number): (typeof GROUPS)[number] | undefined {
  for (let i = index + 1; i < Math.min(columns.length, index + 8); i++) {
    const parts = columns[i].parts;
    const own = leafOf(parts[parts.length - 1] ?? columns[i].header)?.[0];
    if (own === 'subtotal' || own === 'total') break;
    const heading = parts.slice(0, -1).flatMap((part) => GROUPS.filter(([pattern]) => pattern.test(part)))[0];
    if (heading) return heading;
    if (own && !FUND_SOURCES.has(own) && own !== 'personnel' && own !== 'public-use') break;
  }
  const next = leafOf(columns[index + 1]?.header ?? '')?.[0];
  if (next === 'personnel' || next === 'public-use') return GROUPS[0];
  return undefined;
}

function isPriorYear(header: string, year: number | null): boolean {
  if (/上年(预算|执行|决算)|上年数/.test(header)) return true;
  const printed = /(20\d{2})年/.exec(header);
  return printed !== null && year !== null && Number(printed[1]) < year;
}

/** The sums that hold between the columns a table prints. */
export function columnSums(specs: readonly ColumnSpec[]): SumRule[] {
  const keys = new Set(specs.map((spec) => spec.key));
  const has = (key: string): boolean => keys.has(key);
  const sums: SumRule[] = [];
  const add = (total: string, parts: string[]): void => {
    const present = parts.filter(has);
    if (has(total) && present.length >= 2) sums.push({ total, parts: present });
  };
  // By kind of spending.
  const basicParts = has('basic') ? ['basic'] : ['personnel', 'public-use'];
  add('total', [
    ...basicParts,
    'project',
    'operating-expenditure',
    'to-superior',
    'to-subordinate',
    'reserve',
  ]);
  add('basic', ['personnel', 'public-use']);
  // By period and by source.
  add('total', ['current', 'carried']);
  for (const group of ['current', 'carried', 'basic', 'project']) {
    const members = specs.map((s) => s.key).filter((key) => key.startsWith(`${group}.`));
    if (members.length >= 2) add(group, members);
  }
  // 财政拨款 as one column, or by fund; then every other source. Without a 本年收入 group,
  // 上年结转 is one more source of this year's spending.
  const sources = [
    ...(has('fiscal') ? ['fiscal'] : FISCAL_PARTS),
    ...[...FUND_SOURCES].filter((key) => key !== 'fiscal' && !FISCAL_PARTS.includes(key)),
    'carried',
  ];
  if (!has('current') && !has('basic') && !has('personnel')) add('total', sources);
  add('fiscal', FISCAL_PARTS);
  return sums.filter(
    (rule, index) =>
      sums.findIndex((other) => other.total === rule.total && other.parts.join() === rule.parts.join()) ===
      index,
  );
}

export function positionedSchema(columns: readonly HeaderColumn[], year: number | null): Schema {
  const specs = columnSpecs(columns, year);
  return { columns: specs, sums: columnSums(specs) };
}
