// Each check on a small hand-made document: it holds when the figures agree, fails when one
// is changed, and reports both values and the difference.

import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/domain/budget';
import { Observations } from '../budget/observations';
import { convertDisclosure } from '../convert';
import { crossTableChecks } from './crossTable';
import type { CheckedDocument } from './document';
import { CHECKS } from './index';
import { Report } from './report';

/** A 一般公共预算支出表 in 元: 201 → 20103 → 2010301 (basic) and 2010302 (project). */
function budget(item2010302: string): string {
  const table = (n: number) => `一般公共预算支出表
表${n}
金额单位：元
科目	合计	基本支出	项目支出
合计	300.00	200.00	100.00
201-一般公共服务支出	300.00	200.00	100.00
20103-政府办公厅（室）及相关机构事务	300.00	200.00	100.00
2010301-行政运行	200.00	200.00	
2010302-一般行政管理事务	${item2010302}		100.00
`;
  return `某某局2025年部门预算\n\n${table(1)}\n${table(2)}`;
}

function checksOf(text: string) {
  const result = convertDisclosure('hand-made.txt', new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.disclosure.checks;
}

describe('checks within a table', () => {
  it('hold when every sum adds up', () => {
    const checks = checksOf(budget('100.00'));
    expect(checks.filter((c) => c.kind === 'tree-sum').length).toBeGreaterThan(0);
    expect(checks.filter((c) => c.kind === 'basic-project').length).toBeGreaterThan(0);
    expect(checks.filter((c) => !c.passed)).toEqual([]);
  });

  it('fail where 2010302 is printed as 90.00: its parent and its own row, each by 10.00 元', () => {
    const failed = checksOf(budget('90.00')).filter((c) => !c.passed);
    const tree = failed.find((c) => c.id === 'tree-sum:表2 一般公共预算支出表:20103:total');
    // 20103 (line 19) prints 300.00; its 项 now add up to 200.00 + 90.00.
    expect(tree).toMatchObject({ left: { fen: 30000, line: 19 }, rightFen: 29000, difference: 1000 });
    const row = failed.find((c) => c.id === 'basic-project:表2 一般公共预算支出表:2010302:total');
    // 2010302's 合计 90.00 against its 基本 (none) + 项目 100.00.
    expect(row).toMatchObject({ left: { fen: 9000 }, rightFen: 10000, difference: -1000 });
  });
});

describe('crossTableChecks', () => {
  const figure = (fen: number, table: string, line: number): Figure => ({ fen, step: 1, table, line });
  const doc = (other: number): CheckedDocument => {
    const obs = new Observations();
    obs.add('fn:201:total:all', '表1 · 201', figure(30000, '表1', 10));
    obs.add('fn:201:total:all', '表2 · 201', figure(other, '表2', 20));
    return { obs } as CheckedDocument;
  };

  it('holds when two tables print the same figure', () => {
    const report = new Report();
    crossTableChecks(report, doc(30000));
    expect(report.checks.map((c) => c.passed)).toEqual([true]);
  });

  it('fails when they differ, naming both printings', () => {
    const report = new Report();
    crossTableChecks(report, doc(30500));
    const [check] = report.checks;
    expect(check).toMatchObject({
      kind: 'cross-table',
      passed: false,
      left: { label: '表2 · 201', fen: 30500, line: 20 },
      right: [{ label: '表1 · 201', fen: 30000, line: 10 }],
      difference: 500,
    });
  });
});

describe('CHECKS', () => {
  it('lists every check once', () => {
    expect(new Set(CHECKS).size).toBe(CHECKS.length);
    expect(CHECKS.length).toBe(10);
  });
});

describe('changeChecks', () => {
  /** A 一般公共预算支出表 that prints last year's budget beside this year's, and a narrative. */
  const table = (n: number) => `2025年一般公共预算支出表
表${n}
金额单位：万元
科目	2024年预算数	合计	基本支出	项目支出
合计	480.00	500.00	400.00	100.00
201-一般公共服务支出	480.00	500.00	400.00	100.00
20103-政府办公厅（室）及相关机构事务	480.00	500.00	400.00	100.00
2010301-行政运行	380.00	400.00	400.00	
2010302-一般行政管理事务	100.00	100.00		100.00
`;
  // The table twice (as 表1 and 表2): a text export needs some tab-separated lines to be read as one.
  const doc = (sentence: string) =>
    `某某局2025年部门预算\n\n${table(1)}\n${table(2)}\n情况说明\n${sentence}\n`;

  it('hold when the stated amount, percentage and last year’s column agree', () => {
    // 500.00 − 20.00 = 480.00, the 2024年预算数 column; 20 ÷ 480 = 4.17 %.
    const checks = checksOf(
      doc('1、一般公共服务支出（类）500.00万元，比2024年预算增加20.00万元，增长4.17%。'),
    );
    const change = checks.filter((c) => c.kind === 'change-percent' || c.kind === 'stated-change');
    expect(change.map((c) => [c.kind, c.passed])).toEqual([
      ['change-percent', true],
      ['stated-change', true],
    ]);
  });

  it('flag a sentence whose percentage or amount is wrong, with both values', () => {
    // 增长 5.17 %: 20 ÷ 480 is 4.17 %; and 增加 30.00 against a column that gives 20.00.
    const percent = checksOf(
      doc('1、一般公共服务支出（类）500.00万元，比2024年预算增加20.00万元，增长5.17%。'),
    ).find((c) => c.kind === 'change-percent');
    expect(percent).toMatchObject({
      passed: false,
      left: { fen: 20_000_000 },
      rightFen: Math.round(480_000_000 * 0.0517),
    });
    const amount = checksOf(doc('1、一般公共服务支出（类）500.00万元，比2024年预算增加30.00万元。')).find(
      (c) => c.kind === 'stated-change',
    );
    // 500.00 against 480.00 + 30.00.
    expect(amount).toMatchObject({ passed: false, left: { fen: 500_000_000 }, rightFen: 510_000_000 });
  });

  it('compare with last year’s execution (执行数) only what prints it', () => {
    const checks = checksOf(doc('1、一般公共服务支出（类）500.00万元，比上年执行数增加30.00万元。'));
    expect(checks.filter((c) => c.kind === 'stated-change')).toEqual([]);
  });
});
