// 武汉市硚口区大数据中心 2025 年单位预算 (PDF text, 万元; 表12 in 元; unit 135002 under 135).
// Figures typed from 表1–表7, 表10, 表12-1 to 表12-3 and the 情况说明.

import { describe, expect, it } from 'vitest';
import {
  amounts,
  convertSeed,
  expectEconomic,
  expectFunctional,
  expectProjects,
  failedChecks,
  printed,
} from './helpers';

const d = convertSeed('2025-wuhan-qiaokou-135002-big-data-center.txt');
const wan = (text: string) => printed(text, '万元');

describe('武汉市硚口区大数据中心 2025', () => {
  it('identifies the unit and the department above it', () => {
    expect(d.department).toEqual({ code: '135002', name: '武汉市硚口区大数据中心' });
    expect(d.parent).toEqual({ code: '135', name: '武汉市硚口区经济信息化和科技创新局' });
    expect([d.region, d.year, d.layout]).toEqual(['武汉市硚口区', 2025, 'pdf-text']);
    expect(d.staffing).toEqual({
      authorized: { value: 18, line: 56 },
      actual: { value: 16, line: 58 },
      retired: { value: 1, line: 62 },
    });
  });

  it('reads totals as printed, although 1,201.50 is not 387.84 + 813.67', () => {
    expect(amounts(d.expenditure)).toEqual({
      total: wan('1,201.50'),
      basic: wan('387.84'),
      personnel: wan('364.07'),
      publicUse: wan('23.77'),
      project: wan('813.67'),
    });
  });

  it('places figures whose empty cells vanished, and joins wrapped names', () => {
    expectFunctional(d, '万元', [
      ['201', '一般公共服务支出', '1,088.92', '275.25', '813.67'],
      ['20141', '数据事务', '1,088.92', '275.25', '813.67'],
      ['2014150', '事业运行', '275.25', '275.25', ''],
      ['2014199', '其他数据事务支出', '813.67', '', '813.67'],
      ['208', '社会保障和就业支出', '36.79', '36.79', ''],
      ['20805', '行政事业单位养老支出', '36.79', '36.79', ''],
      ['2080502', '事业单位离退休', '4.44', '4.44', ''],
      ['2080505', '机关事业单位基本养老保险缴费支出', '32.35', '32.35', ''],
      ['210', '卫生健康支出', '38.29', '38.29', ''],
      ['21011', '行政事业单位医疗', '38.29', '38.29', ''],
      ['2101102', '事业单位医疗', '12.48', '12.48', ''],
      ['2101103', '公务员医疗补助', '24.41', '24.41', ''],
      ['2101199', '其他行政事业单位医疗支出', '1.40', '1.40', ''],
      ['221', '住房保障支出', '37.51', '37.51', ''],
      ['22102', '住房改革支出', '37.51', '37.51', ''],
      ['2210201', '住房公积金', '30.81', '30.81', ''],
      ['2210202', '提租补贴', '6.70', '6.70', ''],
    ]);
  });

  it('reads every row of 表6, placing 人员经费 and 公用经费 by the sums', () => {
    expectEconomic(d.economicBasic, '万元', [
      ['301', '工资福利支出', '356.89', '356.89', ''],
      ['30101', '基本工资', '63.03', '63.03', ''],
      ['30102', '津贴补贴', '15.93', '15.93', ''],
      ['30103', '奖金', '128.00', '128.00', ''],
      ['30107', '绩效工资', '49.61', '49.61', ''],
      ['30108', '机关事业单位基本养老保险缴费', '32.35', '32.35', ''],
      ['30110', '职工基本医疗保险缴费', '12.48', '12.48', ''],
      ['30111', '公务员医疗补助缴费', '23.11', '23.11', ''],
      ['30112', '其他社会保障缴费', '1.40', '1.40', ''],
      ['30113', '住房公积金', '30.81', '30.81', ''],
      ['30199', '其他工资福利支出', '0.17', '0.17', ''],
      ['302', '商品和服务支出', '25.21', '1.44', '23.77'],
      ['30201', '办公费', '0.20', '', '0.20'],
      ['30211', '差旅费', '2.00', '', '2.00'],
      ['30217', '公务接待费', '0.81', '', '0.81'],
      ['30228', '工会经费', '1.28', '', '1.28'],
      ['30229', '福利费', '3.05', '', '3.05'],
      ['30299', '其他商品和服务支出', '17.87', '1.44', '16.43'],
      ['303', '对个人和家庭的补助', '5.74', '5.74', ''],
      ['30302', '退休费', '4.44', '4.44', ''],
      ['30307', '医疗费补助', '1.30', '1.30', ''],
    ]);
  });

  it('joins project codes split over three lines and separates name from unit', () => {
    expectProjects(d, '万元', [
      ['135002', '42010425135T000000100', '信息化项目维护及运行', '10.58'],
      ['135002', '42010425135T000000104', '城市视频经费', '800.00'],
      ['135002', '42010425135T000000110', '综合事务管理及专业服务', '3.09'],
    ]);
    // The performance forms (表12, in 元) agree at the precision of 表10 (万元).
    const forms = d.checks.filter((c) => c.id.startsWith('cross-table:performance:'));
    expect(forms.map((c) => [c.left.fen, c.passed])).toEqual([
      [printed('105,771.20', '元'), true],
      [printed('8,000,000.00', '元'), true],
      [printed('30,880.00', '元'), true],
    ]);
  });

  it('reads the 三公 row `0.81 0.81` as 公务接待费, as 表6 30217 requires', () => {
    expect(amounts(d.sanGong)).toEqual({
      total: wan('0.81'),
      abroad: null,
      vehicle: null,
      vehiclePurchase: null,
      vehicleOperation: null,
      reception: wan('0.81'),
    });
    const unit = d.units.find((u) => u.code === '135002');
    expect([unit?.total?.fen, unit?.basic?.fen, unit?.project?.fen]).toEqual([
      wan('1201.50'),
      wan('387.84'),
      wan('813.67'),
    ]);
  });

  it('reports the 1,201.50 against 387.84 + 813.67 = 1,201.51 wherever it is printed, with both values', () => {
    const failed = failedChecks(d);
    expect(failed.sort()).toEqual(
      [
        'basic-project:department',
        'basic-project:表5-1 一般公共预算支出表(分功能科目):合计:total',
        'basic-project:表5-2 一般公共预算支出表(分单位):合计:total',
        'basic-project:表5-2 一般公共预算支出表(分单位):135:total',
        'basic-project:表5-2 一般公共预算支出表(分单位):135002:total',
        'row-sum:表3 支出总表:合计:total',
        'total-sum:表1 收支总表:classes',
        // 表4 prints 本年支出 1201.50 over 1088.92 + 36.79 + 38.29 + 37.51 = 1201.51.
        'total-sum:表4 财政拨款收支总表:classes',
        'total-sum:表3 支出总表:合计:total',
        'total-sum:表5-1 一般公共预算支出表(分功能科目):合计:total',
      ].sort(),
    );
    const table3 = d.checks.find((c) => c.id === 'row-sum:表3 支出总表:合计:total');
    expect([table3?.left.fen, table3?.rightFen, table3?.left.line]).toEqual([
      wan('1,201.50'),
      wan('1,201.51'),
      385,
    ]);
  });
});
