// 黄陂区大数据中心（汇总）2024 年部门预算 (tab-separated, code and name in two columns, 万元,
// three sub-units). Figures typed from 表1–表7, 表10, 表12 and the 情况说明.

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

const d = convertSeed('2024-wuhan-huangpi-032-big-data-center.txt');
const wan = (text: string) => printed(text, '万元');

describe('武汉市黄陂区大数据中心 2024', () => {
  it('identifies the department and year', () => {
    expect(d.department).toEqual({ code: '032', name: '武汉市黄陂区大数据中心' });
    expect([d.region, d.year]).toEqual(['武汉市黄陂区', 2024]);
  });

  it('reads totals, with numbers printed as `12 61 .69`', () => {
    expect(amounts(d.expenditure)).toEqual({
      total: wan('1,261.69'),
      basic: wan('538.69'),
      personnel: wan('519.26'),
      publicUse: wan('19.43'),
      project: wan('723.00'),
    });
    expect(d.income.total?.fen).toBe(wan('1261.69'));
  });

  it('reads every functional row (表3, split checked against 表5-1)', () => {
    expectFunctional(d, '万元', [
      ['201', '一般公共服务支出', '1,185.09', '462.09', '723.00'],
      ['20137', '网信事务', '1,185.09', '462.09', '723.00'],
      ['2013750', '事业运行', '1,185.09', '462.09', '723.00'],
      ['208', '社会保障和就业支出', '27.73', '27.73', '0.00'],
      ['20805', '行政事业单位养老支出', '27.73', '27.73', '0.00'],
      ['2080505', '机关事业单位基本养老保险缴费支出', '27.73', '27.73', '0.00'],
      ['210', '卫生健康支出', '19.43', '19.43', '0.00'],
      ['21011', '行政事业单位医疗', '19.43', '19.43', '0.00'],
      ['2101102', '事业单位医疗', '19.43', '19.43', '0.00'],
      ['221', '住房保障支出', '29.44', '29.44', '0.00'],
      ['22102', '住房改革支出', '29.44', '29.44', '0.00'],
      ['2210201', '住房公积金', '26.53', '26.53', '0.00'],
      ['2210202', '提租补贴', '2.91', '2.91', '0.00'],
    ]);
    const row = d.functional.find((r) => r.code === '2013750');
    expect([row?.personnel?.fen, row?.publicUse?.fen]).toEqual([wan('442.66'), wan('19.43')]);
  });

  it('reads every row of 表6', () => {
    expectEconomic(d.economicBasic, '万元', [
      ['301', '工资福利支出', '519.26', '519.26', '0.00'],
      ['30101', '基本工资', '81.16', '81.16', '0.00'],
      ['30102', '津贴补贴', '21.15', '21.15', '0.00'],
      ['30103', '奖金', '176.00', '176.00', '0.00'],
      ['30107', '绩效工资', '68.54', '68.54', '0.00'],
      ['30108', '机关事业单位基本养老保险缴费', '42.76', '42.76', '0.00'],
      ['30110', '职工基本医疗保险缴费', '29.24', '29.24', '0.00'],
      ['30112', '其他社会保障缴费', '2.98', '2.98', '0.00'],
      ['30113', '住房公积金', '39.89', '39.89', '0.00'],
      ['30199', '其他工资福利支出', '57.54', '57.54', '0.00'],
      ['302', '商品和服务支出', '19.43', '0.00', '19.43'],
      ['30201', '办公费', '2.50', '0.00', '2.50'],
      ['30202', '印刷费', '1.00', '0.00', '1.00'],
      ['30211', '差旅费', '1.00', '0.00', '1.00'],
      ['30213', '维修（护）费', '0.17', '0.00', '0.17'],
      ['30216', '培训费', '1.54', '0.00', '1.54'],
      ['30217', '公务接待费', '2.70', '0.00', '2.70'],
      ['30228', '工会经费', '4.62', '0.00', '4.62'],
      ['30229', '福利费', '3.35', '0.00', '3.35'],
      ['30231', '公务用车运行维护费', '2.39', '0.00', '2.39'],
      ['30299', '其他商品和服务支出', '0.16', '0.00', '0.16'],
    ]);
    expect(d.economicAll).toEqual([]);
  });

  it('reads the three sub-units (表2, 表5-2)', () => {
    const units = d.units.map((u) => [
      u.code,
      u.isDepartment,
      u.income?.fen,
      u.total?.fen,
      u.basic?.fen,
      u.project?.fen,
      u.personnel?.fen,
      u.publicUse?.fen,
    ]);
    expect(units).toEqual([
      [
        '032',
        true,
        wan('1261.69'),
        wan('1261.69'),
        wan('538.69'),
        wan('723.00'),
        wan('519.26'),
        wan('19.43'),
      ],
      [
        '032001',
        false,
        wan('878.12'),
        wan('878.12'),
        wan('175.12'),
        wan('703.00'),
        wan('167.59'),
        wan('7.53'),
      ],
      [
        '032002',
        false,
        wan('170.84'),
        wan('170.84'),
        wan('160.84'),
        wan('10.00'),
        wan('154.04'),
        wan('6.80'),
      ],
      [
        '032003',
        false,
        wan('212.73'),
        wan('212.73'),
        wan('202.73'),
        wan('10.00'),
        wan('197.63'),
        wan('5.10'),
      ],
    ]);
  });

  it('reads projects by unit (表10) and 三公 (表7, no label column)', () => {
    expectProjects(d, '万元', [
      ['032001', '42011623032T000000104', '链路租赁费', '25.00'],
      ['032001', '42011624032T000000102', '政务网站网络运行维护安全防护费', '200.00'],
      ['032001', '42011624032T000000103', '“一张网”运行维护费', '400.00'],
      ['032001', '42011624032T000000104', '单位运行经费', '78.00'],
      ['032002', '42011623032T000000105', '网络运行维护费', '10.00'],
      ['032003', '42011623032T000000106', '社区工作平台及系统', '10.00'],
    ]);
    expect(amounts(d.sanGong)).toEqual({
      total: wan('5.09'),
      abroad: wan('0.00'),
      vehicle: wan('2.39'),
      vehiclePurchase: wan('0.00'),
      vehicleOperation: wan('2.39'),
      reception: wan('2.70'),
    });
  });

  it('finds no numeric inconsistency, and flags the project named differently in 表10 and 表12', () => {
    expect(failedChecks(d)).toEqual([]);
    const differs = d.issues.filter((i) => i.code === 'name-differs');
    expect(differs).toHaveLength(1);
    expect(differs[0].message).toContain('单位运行经费');
    expect(differs[0].message).toContain('大数据中心运行经费');
  });
});
