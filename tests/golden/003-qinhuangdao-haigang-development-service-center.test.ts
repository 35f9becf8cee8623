// 秦皇岛市海港区发展服务中心 2025 (Word export: one cell per line, 万元). Figures typed from the
// 部门预算支出总表, 一般公共预算财政拨款支出表, 基本支出表, the project 绩效目标表 and the 情况说明.

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

const d = convertSeed('2025-qinhuangdao-haigang-980-development-service-center.txt');
const wan = (text: string) => printed(text, '万元');

describe('秦皇岛市海港区发展服务中心 2025', () => {
  it('identifies the department from the code printed against its name (`980秦皇岛市…`)', () => {
    expect(d.department).toEqual({ code: '980', name: '秦皇岛市海港区发展服务中心' });
    expect([d.region, d.year, d.layout]).toEqual(['秦皇岛市海港区', 2025, 'cell-per-line']);
  });

  it('reads totals', () => {
    expect(amounts(d.expenditure)).toEqual({
      total: wan('2143.14'),
      basic: wan('181.04'),
      personnel: wan('175.46'),
      publicUse: wan('5.58'),
      project: wan('1962.10'),
    });
  });

  it('reads every functional row', () => {
    expectFunctional(d, '万元', [
      ['201', '一般公共服务支出', '2100.79', '138.69', '1962.10'],
      ['20103', '政府办公厅（室）及相关机构事务', '1962.10', '', '1962.10'],
      ['2010399', '其他政府办公厅（室）及相关机构事务支出', '1962.10', '', '1962.10'],
      ['20199', '其他一般公共服务支出', '138.69', '138.69', ''],
      ['2019999', '其他一般公共服务支出', '138.69', '138.69', ''],
      ['208', '社会保障和就业支出', '17.88', '17.88', ''],
      ['20805', '行政事业单位养老支出', '17.88', '17.88', ''],
      ['2080505', '机关事业单位基本养老保险缴费支出', '17.88', '17.88', ''],
      ['210', '卫生健康支出', '10.56', '10.56', ''],
      ['21011', '行政事业单位医疗', '10.56', '10.56', ''],
      ['2101102', '事业单位医疗', '6.06', '6.06', ''],
      ['2101103', '公务员医疗补助', '4.50', '4.50', ''],
      ['221', '住房保障支出', '13.91', '13.91', ''],
      ['22102', '住房改革支出', '13.91', '13.91', ''],
      ['2210201', '住房公积金', '13.91', '13.91', ''],
    ]);
  });

  it('reads every row of the basic-expenditure table', () => {
    expectEconomic(d.economicBasic, '万元', [
      ['301', '工资福利支出', '175.46', '175.46', ''],
      ['30101', '基本工资', '47.18', '47.18', ''],
      ['30102', '津贴补贴', '10.07', '10.07', ''],
      ['30107', '绩效工资', '74.78', '74.78', ''],
      ['30108', '机关事业单位基本养老保险缴费', '17.88', '17.88', ''],
      ['30110', '职工基本医疗保险缴费', '6.06', '6.06', ''],
      ['30111', '公务员医疗补助缴费', '4.50', '4.50', ''],
      ['30112', '其他社会保障缴费', '1.08', '1.08', ''],
      ['30113', '住房公积金', '13.91', '13.91', ''],
      ['302', '商品和服务支出', '5.58', '', '5.58'],
      ['30201', '办公费', '2.40', '', '2.40'],
      ['30217', '公务接待费', '0.05', '', '0.05'],
      ['30228', '工会经费', '1.80', '', '1.80'],
      ['30229', '福利费', '1.18', '', '1.18'],
      ['30299', '其他商品和服务支出', '0.15', '', '0.15'],
    ]);
  });

  it('lists projects from the performance forms, the only place they are printed', () => {
    expectProjects(d, '万元', [
      [null, '13030225P00003110004J', '公共安全视频监控建设联网应用“雪亮工程”运维(WL)', '1047.00'],
      [null, '13030225P00003110002B', '人员车辆大数据治安管控系统运维(WL)', '155.20'],
      [null, '13030225P000031100056', '数字网格化管理平台项目', '34.60'],
      [null, '13030225P00003110006R', '云视频及网络安全运维（含餐饮平台WL）', '40.30'],
      [null, '13030225P00003110003Y', '智慧海港综合指挥平台维保项目(WL)', '685.00'],
    ]);
    expect(d.procurement?.fen).toBe(wan('1923.62'));
  });

  it('flags the 三公 reported as zero while the basic-expenditure table has 公务接待费 0.05 万元', () => {
    expect(d.sanGong).toEqual({
      total: null,
      abroad: null,
      vehicle: null,
      vehiclePurchase: null,
      vehicleOperation: null,
      reception: null,
    });
    expect(d.sanGongNarrative?.reception?.fen).toBe(wan('0.00'));
    expect(failedChecks(d).sort()).toEqual(
      [
        'san-gong-economic:narrative:30217',
        'san-gong-economic:部门预算财政拨款“三公”经费支出表:30217',
      ].sort(),
    );
    const narrative = d.checks.find((c) => c.id === 'san-gong-economic:narrative:30217');
    expect([narrative?.left.line, narrative?.right[0].line, narrative?.difference]).toEqual([
      1463,
      1302,
      -wan('0.05')!,
    ]);
  });
});
