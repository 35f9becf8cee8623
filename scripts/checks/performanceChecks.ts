// Each project's performance form (绩效目标表) against itself: the budget equals the sum of its
// sources (财政资金 + 其他资金, or 一般公共预算财政拨款 + … under 项目资金来源), the sources'
// 合计 equals the budget, and the spending plan reaches the budget by year end (12月底).

import type { CheckedDocument } from './document';
import { term, type Report } from './report';

export function performanceChecks(report: Report, { parsed }: CheckedDocument): void {
  for (const { table, projects } of parsed.performance) {
    for (const form of projects) {
      const id = `${table.label}:${form.code ?? form.name}`;
      const budget = form.funding ?? form.amount;
      if (form.amount && form.funding) {
        report.add(
          'cross-table',
          `${id}:funding`,
          `${form.name}：项目当年预算等于项目资金来源合计`,
          term(`${form.name} · 当年预算`, form.amount),
          [term(`${form.name} · 资金来源合计`, form.funding)],
        );
      }
      if (budget && form.sources.length > 0) {
        report.add(
          'row-sum',
          `${id}:sources`,
          `${form.name}：预算等于各资金来源之和`,
          term(`${form.name} · 预算`, budget),
          form.sources.map((source) => term(`${form.name} · 资金来源`, source)),
        );
      }
      if (form.amount && form.planned) {
        report.add(
          'cross-table',
          `${id}:plan`,
          `${form.name}：资金支出计划到年底达到预算数`,
          term(`${form.name} · 预算数`, form.amount),
          [term(`${form.name} · 12月底计划`, form.planned)],
        );
      }
    }
  }
}
