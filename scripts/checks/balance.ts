// Income balances expenditure, as the 收支总表 and the totals of the other tables print them.

import type { Quantity } from '../budget/observations';
import type { CheckedDocument } from './document';
import { isTerm, term, type Report } from './report';

/** Spending that is neither basic nor project, where a table prints it beside them. */
export const OTHER_SPENDING: readonly [Quantity, string][] = [
  ['reserve', '单位预留机动经费'],
  ['operating-expenditure', '事业单位经营支出'],
  ['to-superior', '上缴上级支出'],
  ['to-subordinate', '对附属单位补助支出'],
];

export function balanceChecks(report: Report, { parsed, budget, obs }: CheckedDocument): void {
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
