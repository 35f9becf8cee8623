// Identities across tables: the same figure printed twice agrees; income balances
// expenditure; projects add up to project expenditure; the “三公” items add up and cover the
// reception and vehicle spending of the basic-expenditure table.

import type { Figure, Project, SanGong } from '../../src/domain/budget';
import {
  SAN_GONG_ECONOMIC,
  SAN_GONG_ITEMS,
  SAN_GONG_PARTS,
  sanGongItem,
  VEHICLE_PARTS,
} from '../../src/domain/sanGong';
import type { Assembled } from '../budget/assemble';
import { matchPerformance } from '../budget/assemble';
import type { Observations } from '../budget/observations';
import type { ParsedDocument } from '../tables/parse';
import type { ProjectsTable } from '../tables/projects';
import { term, type Report } from './report';
import { tableChecks } from './tableChecks';

export function crossTableChecks(report: Report, obs: Observations): void {
  for (const key of obs.keys()) {
    const [primary, ...others] = obs.all(key);
    for (const other of others) {
      report.add(
        'cross-table',
        key,
        `${other.label} 与 ${primary.label} 是同一数字，应当一致`,
        term(other.label, other.figure),
        [term(primary.label, primary.figure)],
      );
    }
  }
}

/** Spending that is neither basic nor project, where a table prints it beside them. */
export const OTHER_SPENDING: readonly [string, string][] = [
  ['reserve', '单位预留机动经费'],
  ['operating-expenditure', '事业单位经营支出'],
  ['to-superior', '上缴上级支出'],
  ['to-subordinate', '对附属单位补助支出'],
];

export function balanceChecks(
  report: Report,
  parsed: ParsedDocument,
  budget: Assembled,
  obs: Observations,
): void {
  const summary = parsed.summary;
  const e = budget.expenditure;
  if (e.total && (e.basic || e.project)) {
    const others = OTHER_SPENDING.flatMap(([key, label]) => {
      const figure = obs.first(`exp:${key}:all`);
      return figure && figure.fen !== 0 ? [term(label, figure)] : [];
    });
    report.add(
      'basic-project',
      'department',
      others.length
        ? `支出合计等于基本支出、项目支出与${others.map((t) => t.label).join('、')}之和`
        : '支出合计等于基本支出加项目支出',
      term('支出合计', e.total),
      [e.basic && term('基本支出', e.basic), e.project && term('项目支出', e.project), ...others].filter(
        isTerm,
      ),
    );
  }
  if (e.basic && (e.personnel || e.publicUse)) {
    report.add(
      'personnel-public',
      'department',
      '基本支出等于人员经费加公用经费',
      term('基本支出', e.basic),
      [e.personnel && term('人员经费', e.personnel), e.publicUse && term('公用经费', e.publicUse)].filter(
        isTerm,
      ),
    );
  }
  if (budget.income.total && e.total && !summary) {
    report.add(
      'income-expenditure',
      'department',
      '收入合计等于支出合计',
      term('收入合计', budget.income.total),
      [term('支出合计', e.total)],
    );
  }
}

export function projectChecks(report: Report, parsed: ParsedDocument, budget: Assembled): void {
  const projects = budget.projects;
  if (projects.length === 0) return;
  const terms = projects.map((p) => term(projectLabel(p), p.amount));
  if (budget.expenditure.project) {
    report.add(
      'projects-sum',
      'department',
      '项目支出等于各项目金额之和',
      term('项目支出', budget.expenditure.project),
      terms,
    );
  }
  const table = parsed.projects;
  if (table?.value.total) {
    report.add(
      'projects-sum',
      `${table.table.label}:total`,
      `${table.table.label}：合计等于各项目金额之和`,
      term(`${table.table.label} · 合计`, table.value.total),
      table.value.projects.map((p) => term(p.name, p.amount)),
    );
  }
  if (table) fundingSourceChecks(report, table.table.label, table.value);
  for (const unit of table?.value.unitTotals ?? []) {
    const own = projects.filter((p) => p.unitCode === unit.code);
    if (own.length === 0) continue;
    report.add(
      'projects-sum',
      `${table?.table.label}:${unit.code}`,
      `${table?.table.label}：${unit.code} ${unit.name} 的项目合计等于其各项目之和`,
      term(`${unit.code} ${unit.name} · 合计`, unit.figure),
      own.map((p) => term(p.name, p.amount)),
    );
    const unitRow = budget.units.find((u) => u.code === unit.code);
    if (unitRow?.project) {
      report.add(
        'cross-table',
        `projects:${unit.code}`,
        `${unit.code} ${unit.name} 的项目合计与其项目支出一致`,
        term(`${table?.table.label} · ${unit.code} 合计`, unit.figure),
        [term(`${unit.code} ${unit.name} · 项目支出`, unitRow.project)],
      );
    }
  }
  // Each project's amount on its performance form.
  const forms = parsed.performance.flatMap((entry) => entry.projects);
  if (table) {
    for (const project of projects) {
      const form =
        (project.code ? forms.find((f) => f.code === project.code) : undefined) ??
        matchPerformance(project.name, project.amount, forms);
      if (!form?.amount) continue;
      report.add(
        'cross-table',
        `performance:${project.code ?? project.name}`,
        `${project.name} 在项目支出表与绩效目标表中的金额一致`,
        term(`${form.amount.table} · ${form.name}`, form.amount),
        [term(`${project.amount.table} · ${project.name}`, project.amount)],
      );
    }
  }
}

/**
 * The 项目支出表's funding-source columns: each row's 合计 is the sum of its sources, and the
 * 合计 row's source columns are the sums of the projects'.
 */
function fundingSourceChecks(report: Report, label: string, table: ProjectsTable): void {
  const [total, ...rest] = table.schema.columns;
  // The sources are the parts of the sum the columns' headers imply (a 财政拨款 合计 between
  // 总计 and its 一般公共预算 … is a subtotal, a 绩效目标 column is text); without one, every
  // column after the first.
  const rule = table.schema.sums.find((sum) => sum.total === total.key);
  const sources = rule ? rest.filter((c) => rule.parts.includes(c.key)) : rest;
  for (const row of table.rows) {
    const parts = sources.filter((c) => row.values[c.key]);
    if (parts.length === 0) continue;
    report.add(
      'row-sum',
      `${label}:${row.line}:sources`,
      `${label}：${row.name} 的合计等于各资金来源之和`,
      term(`${row.name} · 合计`, row.values[total.key] ?? zeroAt(label, row.line)),
      parts.map((c) => term(`${row.name} · ${c.label}`, row.values[c.key] as Figure)),
    );
  }
  // A 项目类别 row (`31 本级支出项目`) sums the projects printed under it.
  table.rows.forEach((row, index) => {
    if (row.kind !== 'category' || !row.values[total.key]) return;
    const next = table.rows.slice(index + 1);
    const end = next.findIndex((r) => r.kind !== 'project');
    const projects = (end < 0 ? next : next.slice(0, end)).filter((r) => r.values[total.key]);
    report.add(
      'projects-sum',
      `${label}:${row.line}:category`,
      `${label}：${row.name} 等于其下各项目之和`,
      term(`${row.name} · 合计`, row.values[total.key] as Figure),
      projects.map((p) => term(`${p.name} · 合计`, p.values[total.key] as Figure)),
    );
  });
  const totalRow = table.rows.find((r) => r.kind === 'total');
  const projects = table.rows.filter((r) => r.kind === 'project');
  if (!totalRow) return;
  for (const column of [total, ...rest].filter((c) => !/^(unknown|memo|prior|change)\./.test(c.key))) {
    if (column === total) continue;
    const left = totalRow.values[column.key];
    const right = projects.filter((p) => p.values[column.key]);
    if (!left && right.length === 0) continue;
    report.add(
      'projects-sum',
      `${label}:total:${column.key}`,
      `${label}：合计行的${column.label}等于各项目之和`,
      term(`合计 · ${column.label}`, left ?? zeroAt(label, totalRow.line)),
      right.map((p) => term(`${p.name} · ${column.label}`, p.values[column.key] as Figure)),
    );
  }
}

function zeroAt(table: string, line: number): Figure {
  return { fen: 0, step: 1, table, line };
}

export function sanGongChecks(report: Report, parsed: ParsedDocument, budget: Assembled): void {
  for (const entry of parsed.sanGong) {
    const v = entry.value.values;
    const label = entry.table.label;
    // Departments and units: their own items add up, and they add up to the 合计.
    const { rows, schema } = entry.value;
    if (schema && rows.length > 1)
      tableChecks(report, { table: entry.table, schema, rows }, (row) => row !== rows[0]);
    const at = (figure: Figure | null): Figure =>
      figure ?? { fen: 0, step: 1, table: label, line: entry.table.line };
    if (v.total) {
      report.add(
        'san-gong-sum',
        `${label}:total`,
        `${label}：“三公”经费合计等于因公出国（境）费、公务用车购置及运行费、公务接待费之和`,
        term(fieldName('total'), v.total),
        SAN_GONG_PARTS.flatMap((key) => {
          const figure = v[key];
          return figure ? [term(fieldName(key), figure)] : [];
        }),
      );
    }
    if (v.vehicle) {
      report.add(
        'san-gong-sum',
        `${label}:vehicle`,
        `${label}：公务用车购置及运行费等于购置费加运行费`,
        term(fieldName('vehicle'), v.vehicle),
        VEHICLE_PARTS.map((key) => v[key] && term(fieldName(key), v[key])).filter(isTerm),
      );
    }
    // What the basic-expenditure table spends on reception and vehicles must be within “三公”.
    for (const { economic: code, key: field, zh: name } of SAN_GONG_ECONOMIC) {
      const spent = budget.economicBasic.find((row) => row.code === code)?.total;
      if (!spent) continue;
      report.add(
        'san-gong-economic',
        `${label}:${code}`,
        `${label} 的${name}不少于一般公共预算基本支出表中 ${code} 的金额`,
        term(`${label} · ${name}${v[field] ? '' : '（未列）'}`, at(v[field])),
        [term(`${spent.table} · ${code}`, spent)],
        '>=',
      );
    }
  }
  // The prose against the tables.
  const prose = budget.narrative.filter((f) => f.key.startsWith('san-gong-'));
  const table = parsed.sanGong.find((e) => e.value.role === 'table');
  for (const figure of prose) {
    const field = SAN_GONG_FIELD_BY_KEY[figure.key];
    if (!field) continue;
    for (const entry of parsed.sanGong) {
      const value = entry.value.values[field];
      const against =
        value ??
        (entry === table ? { fen: 0, step: 1, table: entry.table.label, line: entry.table.line } : null);
      if (!against) continue;
      report.add(
        'narrative',
        `san-gong:${figure.key}:${entry.table.label}`,
        `情况说明中的${figure.label}与${entry.table.label}一致`,
        term(`情况说明 · ${figure.label}`, figure.figure),
        [term(`${entry.table.label} · ${fieldName(field)}${value ? '' : '（空表）'}`, against)],
      );
    }
    const code = sanGongItem(field).economic;
    if (code) {
      const spent = budget.economicBasic.find((row) => row.code === code)?.total;
      if (spent) {
        report.add(
          'san-gong-economic',
          `narrative:${code}`,
          `情况说明中的${figure.label}不少于一般公共预算基本支出表中 ${code} 的金额`,
          term(`情况说明 · ${figure.label}`, figure.figure),
          [term(`${spent.table} · ${code}`, spent)],
          '>=',
        );
      }
    }
  }
}

const SAN_GONG_FIELD_BY_KEY: Record<string, keyof SanGong> = Object.fromEntries(
  SAN_GONG_ITEMS.map((item) => [item.narrative, item.key]),
);

function fieldName(field: keyof SanGong): string {
  return sanGongItem(field).zh;
}

function projectLabel(project: Project): string {
  return project.code ? `${project.code} ${project.name}` : project.name;
}

function isTerm<T>(value: T | null | undefined | false | ''): value is T {
  return Boolean(value);
}
