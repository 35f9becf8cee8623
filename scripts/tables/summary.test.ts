import { describe, expect, it } from 'vitest';
import { parseSummary } from './summary';
import { contextFor, onlyTable } from './testing';

describe('parseSummary', () => {
  it('reads a tab-separated two-sided table, skipping header words (大连 附表1)', () => {
    const table = onlyTable(
      `
收支预算总表
附表1
金额单位：元
收 入\t\t支 出\t\t\t\t\t\t\t\t
项 目\t预算数\t支出类别\t预算数\t项 目\t预算数\t\t\t\t\t
\t\t\t\t\t合计\t一般公共预算\t政府性基金预算\t国有资本 经营预算\t财政专户 管理资金\t单位资金
一、一般公共预算拨款收入\t4,122,430.72\t一、基本支出\t4,102,430.72\t一、一般公共服务支出\t\t\t\t\t\t
四、财政专户管理资金收入\t9,661,475.75\t二、项目支出\t9,681,475.75\t四、公共安全支出\t\t\t\t\t\t
\t\t\t\t六、科学技术支出\t2,824,424.92\t2,824,424.92\t\t\t\t
本年收入合计\t13,783,906.47\t本年支出合计\t13,783,906.47\t本年支出合计\t13,783,906.47\t4,122,430.72\t\t\t9,661,475.75\t`,
      'tabbed',
    );
    const summary = parseSummary(table, contextFor(table));
    expect(summary.income.map((l) => [l.source, l.amount?.fen])).toEqual([
      ['gpb', 412243072],
      ['special-account', 966147575],
    ]);
    expect(summary.basic?.fen).toBe(410243072);
    expect(summary.project?.fen).toBe(968147575);
    expect(summary.currentIncome?.fen).toBe(1378390647);
    expect(summary.classes).toEqual([
      { name: '科学技术支出', figure: expect.objectContaining({ fen: 282442492 }) },
    ]);
  });

  it('reads PDF text where two labels share a line once their amounts vanished (硚口 表1)', () => {
    const table = onlyTable(
      `
表 1
收支总表
部门/单位:武汉市硚口区大数据中心 单位：万元
收 入 支 出
项 目 预算数 项 目 预算数
一、一般公共预算拨款收入 1,201.50 一、一般公共服务支出 1,088.92
二、政府性基金预算拨款收入 二、国防支出
七、上级补助收入 七、社会保障和就业支出 36.79
上年结转结余 年终结转结余
收 入 总 计 1,201.50 支 出 总 计 1,201.50`,
      'pdf-text',
    );
    const summary = parseSummary(table, contextFor(table));
    expect(summary.income.map((l) => [l.source, l.amount?.fen ?? null])).toEqual([
      ['gpb', 1201500000],
      ['gov-fund', null],
      ['superior', null],
      ['carryover', null],
    ]);
    expect(summary.totalIncome?.fen).toBe(1201500000);
    expect(summary.totalExpenditure?.fen).toBe(1201500000);
    expect(summary.classes.map((c) => [c.name, c.figure.fen])).toEqual([
      ['一般公共服务支出', 1088920000],
      ['社会保障和就业支出', 36790000],
    ]);
  });
});
