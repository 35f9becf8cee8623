import { describe, expect, it } from 'vitest';
import type { SanGong } from '../../src/domain/budget';
import { parseSanGong } from './sanGong';
import { contextFor, onlyTable } from './testing';

const fen = (values: SanGong) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v?.fen ?? null]));

describe('parseSanGong', () => {
  it('reads a row whose header lost the 公务用车运行费 cell (大连 附表9)', () => {
    const table = onlyTable(
      `
财政拨款“三公”经费支出预算表
附表9
金额单位：元
部门（单位）\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t公务接待费
\t\t\t小计\t公务用车购置费\t
合 计\t33,000.00\t\t33,000.00\t\t33,000.00`,
      'tabbed',
    );
    expect(fen(parseSanGong(table, contextFor(table), 2025).values)).toEqual({
      total: 3300000,
      abroad: null,
      vehicle: 3300000,
      vehiclePurchase: null,
      vehicleOperation: 3300000,
      reception: null,
    });
  });

  it('reads a table without a label column (黄陂 表7)', () => {
    const table = onlyTable(
      `
表 7.一般公共预算“三公”经费支出表
单位：万元
“三公”经费合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费
\t\t小计\t公务用车购置费\t公务用车运行费\t
5.09\t0.00\t2.39\t0.00\t2.39\t2.70`,
      'tabbed',
    );
    const result = parseSanGong(table, contextFor(table), 2024);
    expect(result.role).toBe('table');
    expect(fen(result.values)).toMatchObject({
      total: 50900 * 100,
      reception: 27000 * 100,
      vehicleOperation: 23900 * 100,
    });
  });

  it('reads the year-comparison table of the narrative, taking the budget year (大连 情况说明)', () => {
    const table = onlyTable(
      `
财政拨款预算“三公”经费支出表
单位：万元
项目\t金额\t
\t2024 年\t2025 年
合计\t3.0\t3.3
1. 因公出国（境）费\t0\t0
3. 公务用车购置及运行费\t3.0\t3.3
公务用车运行费\t3.0\t3.3`,
      'tabbed',
    );
    const result = parseSanGong(table, contextFor(table), 2025);
    expect(result.role).toBe('narrative');
    expect(fen(result.values)).toMatchObject({
      total: 3300000,
      abroad: 0,
      vehicle: 3300000,
      vehicleOperation: 3300000,
    });
  });

  it('uses the economic table to read `0.81 0.81` in PDF text as 公务接待费, not 因公出国 (硚口 表7)', () => {
    const table = onlyTable(
      `
表 7
一般公共预算“三公”经费支出表
部门/单位：武汉市硚口区大数据中心 单位:万元
“三公”经费合计
因公出国
（境）费
公务用车购置及运行费
公务接待费
0.81 0.81`,
      'pdf-text',
    );
    const receptionSpent = (assignment: readonly ({ fen: number } | null)[]) =>
      (assignment[5]?.fen ?? 0) < 810000 ? 1 : 0;
    const withHint = parseSanGong(table, contextFor(table), 2025, receptionSpent);
    expect(fen(withHint.values)).toMatchObject({ total: 810000, abroad: null, reception: 810000 });
    // Without that evidence the sums cannot tell, and the leftmost column is kept.
    expect(fen(parseSanGong(table, contextFor(table), 2025).values)).toMatchObject({ abroad: 810000 });
  });
});
