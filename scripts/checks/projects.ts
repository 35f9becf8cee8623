// Projects add up to project expenditure; a project list's funding-source columns add up;
// performance forms name the projects the list names.

import type { Figure, Project } from '../../src/domain/budget';
import { matchPerformance } from '../budget/assemble';
import type { ProjectsTable } from '../tables/projects';
import type { CheckedDocument } from './document';
import { term, zeroAt, type Report } from './report';

export function projectChecks(report: Report, { parsed, budget }: CheckedDocument): void {
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

function projectLabel(project: Project): string {
  return project.code ? `${project.code} ${project.name}` : project.name;
}
