// The two-sided summary tables: 收支总表 (all funds) and 财政拨款收支总表 (财政拨款 only).
// Income adds up by source, income balances expenditure, the 类 add up to the expenditure
// total and agree with the functional tables, and a 合计 printed with its split by fund source
// equals the split.

import { CARRIED_IN, type Figure } from '../../src/domain/budget';
import { nameKey } from '../tables/names';
import type { SummaryTable } from '../tables/summary';
import type { CheckedDocument } from './document';
import { term, type Report } from './report';

export function summaryChecks(report: Report, { parsed, budget, obs, allGpb }: CheckedDocument): void {
  if (parsed.summary) {
    const { table, value } = parsed.summary;
    balance(report, table.label, value);
    // All funds: each 类 against the functional classification of the whole budget.
    if (budget.functionalScope === 'all')
      classesAgainst(
        report,
        table.label,
        value,
        (code) => budget.functional.find((r) => r.code === code)?.total,
      );
  }
  if (parsed.fiscalSummary) {
    const { table, value } = parsed.fiscalSummary;
    balance(report, table.label, value);
    // 财政拨款 is 一般公共预算 alone when no other 财政拨款 source has an amount, on either
    // side: a 政府性基金 column of spending (paid from its carry-over) makes it more.
    const gpbOnly =
      value.income.every(
        (line) => line.source === 'gpb' || line.source === 'carryover' || !line.amount?.fen,
      ) && !value.splits.some((split) => split.parts.slice(1).some((part) => part.fen !== 0));
    if (gpbOnly)
      classesAgainst(report, table.label, value, (code) =>
        obs.first(`fn:${code}:total:${allGpb ? 'all' : 'gpb'}`),
      );
  }

  function classesAgainst(
    report: Report,
    label: string,
    value: SummaryTable,
    figureFor: (code: string) => Figure | null | undefined,
  ): void {
    for (const printed of value.classes) {
      const row = budget.functional.find((r) => r.level === 1 && nameKey(r.name) === nameKey(printed.name));
      const figure = row ? figureFor(row.code) : null;
      // A 类 the functional table prints only for narrower funds (财政拨款) is not compared.
      if (row && !figure) continue;
      const name = row ? `${row.code} ${row.name} · 合计` : `${printed.name}（功能分类表中没有这一类）`;
      report.add(
        'cross-table',
        `${label}:class:${printed.name}`,
        `${label} 中 ${printed.name} 与功能分类表一致`,
        term(`${label} · ${printed.name}`, printed.figure),
        [term(name, figure ?? { ...printed.figure, fen: 0, step: 1 })],
      );
    }
  }
}

const cleanLabel = (label: string): string => label.replace(/^[一二三四五六七八九十]+、|^\d+[、.]/, '');

function balance(report: Report, label: string, s: SummaryTable): void {
  // 财政拨款 printed as a line of its own and again by fund (1.一般公共预算 …) counts once.
  const split = s.income.some(
    (line) => ['gpb', 'gov-fund', 'state-capital'].includes(line.source) && line.amount,
  );
  const current = s.income.filter(
    (line) => !CARRIED_IN.has(line.source) && line.amount && !(line.source === 'fiscal' && split),
  );
  const carriedIn = s.income.filter(
    (line) => CARRIED_IN.has(line.source) && line.amount && line.amount.fen !== 0,
  );
  if (s.currentIncome) {
    report.add(
      'income-sources',
      `${label}:current`,
      `${label}：本年收入合计等于各项收入之和`,
      term('本年收入合计', s.currentIncome),
      current.map((line) => term(line.label, line.amount as Figure)),
    );
  }
  const carry = s.income.find((line) => line.source === 'carryover')?.amount;
  if (s.totalIncome && s.currentIncome) {
    const others = carriedIn.filter((line) => line.source !== 'carryover');
    report.add(
      'income-sources',
      `${label}:total`,
      others.length
        ? `${label}：收入总计等于本年收入合计加上年结转结余与${others.map((l) => cleanLabel(l.label)).join('、')}`
        : `${label}：收入总计等于本年收入合计加上年结转结余`,
      term('收入总计', s.totalIncome),
      [
        term('本年收入合计', s.currentIncome),
        ...(carry ? [term('上年结转结余', carry)] : []),
        ...others.map((line) => term(cleanLabel(line.label), line.amount as Figure)),
      ],
    );
  }
  if (s.totalIncome && s.totalExpenditure) {
    report.add(
      'income-expenditure',
      `${label}:total`,
      `${label}：收入总计等于支出总计`,
      term('收入总计', s.totalIncome),
      [term('支出总计', s.totalExpenditure)],
    );
  }
  if (s.totalExpenditure && s.currentExpenditure && s.carriedForward) {
    report.add(
      'income-expenditure',
      `${label}:carried-forward`,
      `${label}：支出总计等于本年支出合计加年终结转结余`,
      term('支出总计', s.totalExpenditure),
      [term('本年支出合计', s.currentExpenditure), term('年终结转结余', s.carriedForward)],
    );
  }
  if (s.currentIncome && s.currentExpenditure) {
    // 上年结转 spent this year and 年终结转 kept for next year sit between the two.
    const carriedInTotal = carriedIn.reduce((sum, line) => sum + (line.amount?.fen ?? 0), 0);
    const carriedInFigure = carriedIn[0]?.amount;
    const carriedIn1 =
      carriedInFigure && carriedInTotal !== 0 ? { ...carriedInFigure, fen: carriedInTotal } : null;
    const carriedOut = s.carriedForward && s.carriedForward.fen !== 0 ? s.carriedForward : null;
    if (!carriedIn1 && !carriedOut) {
      report.add(
        'income-expenditure',
        `${label}:current`,
        `${label}：本年收入合计等于本年支出合计`,
        term('本年收入合计', s.currentIncome),
        [term('本年支出合计', s.currentExpenditure)],
      );
    } else {
      report.add(
        'income-expenditure',
        `${label}:current`,
        `${label}：本年收入合计${carriedIn1 ? '加上年结转结余' : ''}等于本年支出合计${carriedOut ? '加年终结转结余' : ''}`,
        term('本年支出合计', s.currentExpenditure),
        [
          term('本年收入合计', s.currentIncome),
          ...(carriedIn1 ? [term('上年结转结余', carriedIn1)] : []),
          ...(carriedOut ? [{ ...term('减：年终结转结余', carriedOut), fen: -carriedOut.fen }] : []),
        ],
      );
    }
  }
  if (s.currentExpenditure && s.classes.length) {
    report.add(
      'total-sum',
      `${label}:classes`,
      `${label}：本年支出合计等于各类支出之和`,
      term('本年支出合计', s.currentExpenditure),
      s.classes.map((c) => term(c.name, c.figure)),
    );
  }
  if (s.currentExpenditure && s.basic && s.project) {
    const others = s.otherSpending.filter((o) => o.figure.fen !== 0);
    report.add(
      'basic-project',
      `${label}:current`,
      others.length
        ? `${label}：本年支出合计等于基本支出、项目支出与${others.map((o) => o.label).join('、')}之和`
        : `${label}：本年支出合计等于基本支出加项目支出`,
      term('本年支出合计', s.currentExpenditure),
      [term('基本支出', s.basic), term('项目支出', s.project), ...others.map((o) => term(o.label, o.figure))],
    );
  }
  if (s.basic && s.personnel && s.publicUse) {
    report.add(
      'personnel-public',
      `${label}:basic`,
      `${label}：基本支出等于人员经费加公用经费`,
      term('基本支出', s.basic),
      [term('人员经费', s.personnel), term('公用经费', s.publicUse)],
    );
  }
  for (const split of s.splits) {
    report.add(
      'row-sum',
      `${label}:split:${split.label}`,
      `${label}：${split.label} 的合计等于各资金来源之和`,
      term(`${split.label} · 合计`, split.total),
      split.parts.map((part, index) => term(`${split.label} · 第 ${index + 2} 列`, part)),
    );
  }
}
