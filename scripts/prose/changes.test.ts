// Stated changes: every comparison with an earlier year is read with the figure it speaks of.
// The sentences are as printed in the seeds and the corpus (wrapped lines joined).

import { describe, expect, it } from 'vitest';
import { readStatedChanges } from './changes';

const read = (text: string) =>
  readStatedChanges({ text, lineAt: () => 1 }).map((c) => ({
    subject: c.subject,
    current: c.current.fen,
    direction: c.direction,
    amount: c.amount?.fen ?? null,
    percent: c.percent ? c.percent.value / 10 ** c.percent.decimals : null,
    baseline: c.baseline,
    baselineYear: c.baselineYear,
  }));

describe('readStatedChanges', () => {
  it('reads amount, percent, baseline and year after the figure', () => {
    expect(
      read('1、一般公共服务支出（类）509.67万元，比2024年预算增加13.37万元，增长2.7%。主要原因：人员增加。'),
    ).toEqual([
      {
        subject: '一般公共服务支出（类）',
        current: 509_670_000,
        direction: 'up',
        amount: 13_370_000,
        percent: 2.7,
        baseline: 'budget',
        baselineYear: 2024,
      },
    ]);
  });

  it('reads 执行数 as the baseline, and a decrease', () => {
    expect(
      read(
        '湖州市退役军人事务局 2026 年收入预算 6256.31 万元，比上年执行数减少 336.67 万元，下降 5.0%，主要是',
      ),
    ).toMatchObject([
      {
        subject: '收入预算',
        current: 6_256_310_000,
        direction: 'down',
        amount: 336_670_000,
        percent: 5,
        baseline: 'actual',
        baselineYear: null,
      },
    ]);
  });

  it('reads a comparison opening the next sentence, and one that restates the subject', () => {
    expect(
      read('此外，基本支出预算数为 18570.82 万元。与上年相比增加1447.63 万元，增长 8.45%。'),
    ).toMatchObject([
      {
        subject: '基本支出预算数',
        current: 18_570_820_000,
        direction: 'up',
        amount: 1_447_630_000,
        percent: 8.45,
      },
    ]);
    expect(
      read(
        '2025 年一般公共预算支出预算 412.24 万元，占本年支出预算合计的 29.9%。与 2024 年相比，一般公共预算支出预算增加 35.8 万元，增长 9.5%。',
      ),
    ).toMatchObject([{ current: 412_240_000, amount: 35_800_000, percent: 9.5, baselineYear: 2024 }]);
  });

  it('reads “the same as last year” and a template’s 减少（增加）0 万元 as no change', () => {
    expect(read('3．公务接待费预算支出 28 万元，本年数与上年预算数一致。')).toMatchObject([
      { current: 28_000_000, direction: 'flat', amount: null, baseline: 'budget' },
    ]);
    expect(
      read(
        '公务接待费预算 0 万元，主要安排全国性专业会议等支出。比 2024 年预算减少（增加）0 万元，主要原因：无公务接待安排。',
      ),
    ).toMatchObject([{ current: 0, direction: 'flat', amount: 0 }]);
  });

  it('speaks of the whole, not of its parts in parentheses or after 其中', () => {
    expect(
      read(
        '公务用车购置及运行维护费2.39万元（公务用车购置费0万元，公务用车运行维护费2.39万元），比上年增加0万元，增长0%。',
      ),
    ).toMatchObject([{ subject: '公务用车购置及运行维护费', current: 2_390_000, direction: 'flat' }]);
    expect(
      read(
        '本部门当年预算收入344,447.70 万元，其中：一般公共预算拨款 324,638.50 万元、其他收入 3,444.00 万元，较上年减少 129,422.00 万元，下降27.31%',
      ),
    ).toMatchObject([
      { current: 344_447_700_000, direction: 'down', amount: 129_422_000_000, percent: 27.31 },
    ]);
  });

  it('after a sentence listing parts, reads the comparison as the whole’s', () => {
    expect(
      read(
        '（二）支出预算：2026年年初预算数 583,429.56 万元。按支出功能分类，包括教育支出54.94 万元，灾害防治及应急管理支出20,889.67 万元。比2025年减少 29,815.76 万元，主要是基本支出增加',
      ),
    ).toMatchObject([
      { current: 583_429_560_000, direction: 'down', amount: 29_815_760_000, baselineYear: 2025 },
    ]);
  });

  it('reads a percent without its sign only after an amount', () => {
    expect(
      read('5．法院（款）案件执行（项）支出950万元，与上年相比减少100 万元，减少 9.52，主要原因是'),
    ).toMatchObject([{ subject: '法院（款）案件执行（项）支出', amount: 100_000_000, percent: 9.52 }]);
  });

  it('reads nothing where no figure of this year is printed before the comparison', () => {
    expect(read('2025 年预算收支比上年减少 416.84 万元，增减变化的主要原因为项目经费减少。')).toEqual([]);
    expect(read('其他收入资金 165,808.97 万元；收入比2025年减少 29,815.76 万元')).toEqual([]);
  });
});
