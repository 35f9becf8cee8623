// 大连市西岗区大数据中心 2025 年度单位预算 (tab-separated, 元; narrative in 万元).
// Figures typed from 附表3, 附表5, 附表7, 附表8, 附表9, 附表12–15 and the 情况说明.

import { describe, expect, it } from 'vitest';
import {
  amounts,
  convertSeed,
  expectEconomic,
  expectFunctional,
  expectProjects,
  failedChecks,
  printed,
  type EconomicLine,
} from './helpers';

const d = convertSeed('2025-dalian-xigang-146-big-data-center.txt');
const yuan = (text: string) => printed(text, '元');

describe('大连市西岗区大数据中心 2025', () => {
  it('identifies the department, region and year', () => {
    expect(d.department).toEqual({ code: '146', name: '大连市西岗区大数据中心' });
    expect(d.region).toBe('大连市西岗区');
    expect(d.year).toBe(2025);
    expect(d.parent).toBeNull();
    expect(d.layout).toBe('tabbed');
  });

  it('reads income and expenditure totals (附表1)', () => {
    expect(amounts(d.expenditure)).toEqual({
      total: yuan('13,783,906.47'),
      basic: yuan('4,102,430.72'),
      personnel: yuan('3,957,479.60'),
      publicUse: yuan('144,951.12'),
      project: yuan('9,681,475.75'),
    });
    expect(d.income.total?.fen).toBe(yuan('13,783,906.47'));
    const bySource = Object.fromEntries(d.income.lines.map((l) => [l.source, l.amount?.fen ?? null]));
    expect(bySource.gpb).toBe(yuan('4,122,430.72'));
    expect(bySource['special-account']).toBe(yuan('9,661,475.75'));
    expect(bySource['gov-fund']).toBeNull();
  });

  it('reads every functional row of all funds with the basic/project split (附表3, shifted columns)', () => {
    expectFunctional(d, '元', [
      ['206', '科学技术支出', '2,824,424.92', '2,804,424.92', '20,000.00'],
      ['20601', '科学技术管理事务', '2,804,424.92', '2,804,424.92', ''],
      ['2060199', '其他科学技术管理事务支出', '2,804,424.92', '2,804,424.92', ''],
      ['20699', '其他科学技术支出', '20,000.00', '', '20,000.00'],
      ['2069999', '其他科学技术支出', '20,000.00', '', '20,000.00'],
      ['208', '社会保障和就业支出', '377,166.96', '377,166.96', ''],
      ['20805', '行政事业单位养老支出', '377,166.96', '377,166.96', ''],
      ['2080505', '机关事业单位基本养老保险缴费支出', '377,166.96', '377,166.96', ''],
      ['210', '卫生健康支出', '275,991.72', '275,991.72', ''],
      ['21011', '行政事业单位医疗', '275,991.72', '275,991.72', ''],
      ['2101102', '事业单位医疗', '275,991.72', '275,991.72', ''],
      ['221', '住房保障支出', '644,847.12', '644,847.12', ''],
      ['22102', '住房改革支出', '644,847.12', '644,847.12', ''],
      ['2210201', '住房公积金', '644,847.12', '644,847.12', ''],
      ['229', '其他支出', '9,661,475.75', '', '9,661,475.75'],
      ['22999', '其他支出', '9,661,475.75', '', '9,661,475.75'],
      ['2299999', '其他支出', '9,661,475.75', '', '9,661,475.75'],
    ]);
    // Personnel/public split from 附表7, where basic expenditure is all 一般公共预算.
    const science = d.functional.find((r) => r.code === '206');
    expect([science?.personnel?.fen, science?.publicUse?.fen]).toEqual([
      yuan('2,659,473.80'),
      yuan('144,951.12'),
    ]);
    expect(d.functional.find((r) => r.code === '229')?.personnel).toBeNull();
  });

  it('reads every row of the basic-expenditure economic table, across its page break (附表8)', () => {
    expectEconomic(d.economicBasic, '元', [
      ['301', '工资福利支出', '3,956,999.60', '3,956,999.60', ''],
      ['30101', '基本工资', '959,328.00', '959,328.00', ''],
      ['30102', '津贴补贴', '921,747.92', '921,747.92', ''],
      ['30107', '绩效工资', '733,584.00', '733,584.00', ''],
      ['30108', '机关事业单位基本养老保险缴费', '377,166.96', '377,166.96', ''],
      ['30110', '职工基本医疗保险缴费', '156,735.96', '156,735.96', ''],
      ['30111', '公务员医疗补助缴费', '119,255.76', '119,255.76', ''],
      ['30112', '其他社会保障缴费', '44,333.88', '44,333.88', ''],
      ['30113', '住房公积金', '644,847.12', '644,847.12', ''],
      ['302', '商品和服务支出', '144,951.12', '', '144,951.12'],
      ['30201', '办公费', '38,000.00', '', '38,000.00'],
      ['30202', '印刷费', '200.00', '', '200.00'],
      ['30207', '邮电费', '1,000.00', '', '1,000.00'],
      ['30228', '工会经费', '37,631.12', '', '37,631.12'],
      ['30229', '福利费', '2,520.00', '', '2,520.00'],
      ['30231', '公务用车运行维护费', '33,000.00', '', '33,000.00'],
      ['30239', '其他交通费用', '27,600.00', '', '27,600.00'],
      ['30299', '其他商品和服务支出', '5,000.00', '', '5,000.00'],
      ['303', '对个人和家庭的补助', '480.00', '480.00', ''],
      ['30309', '奖励金', '480.00', '480.00', ''],
    ]);
  });

  it('reads the all-funds economic table, including its continuation page (附表5)', () => {
    const lines: EconomicLine[] = [
      ['301', '工资福利支出', '3,956,999.60', '', ''],
      ['30101', '基本工资', '959,328.00', '', ''],
      ['30102', '津贴补贴', '921,747.92', '', ''],
      ['30107', '绩效工资', '733,584.00', '', ''],
      ['30108', '机关事业单位基本养老保险缴费', '377,166.96', '', ''],
      ['30110', '职工基本医疗保险缴费', '156,735.96', '', ''],
      ['30111', '公务员医疗补助缴费', '119,255.76', '', ''],
      ['30112', '其他社会保障缴费', '44,333.88', '', ''],
      ['30113', '住房公积金', '644,847.12', '', ''],
      ['302', '商品和服务支出', '144,951.12', '', ''],
      ['30201', '办公费', '38,000.00', '', ''],
      ['30202', '印刷费', '200.00', '', ''],
      ['30207', '邮电费', '1,000.00', '', ''],
      ['30228', '工会经费', '37,631.12', '', ''],
      ['30229', '福利费', '2,520.00', '', ''],
      ['30231', '公务用车运行维护费', '33,000.00', '', ''],
      ['30239', '其他交通费用', '27,600.00', '', ''],
      ['30299', '其他商品和服务支出', '5,000.00', '', ''],
      ['303', '对个人和家庭的补助', '20,480.00', '', ''],
      ['30309', '奖励金', '480.00', '', ''],
      ['30399', '其他对个人和家庭的补助', '20,000.00', '', ''],
      ['399', '其他支出', '9,661,475.75', '', ''],
      ['39999', '其他支出', '9,661,475.75', '', ''],
    ];
    expectEconomic(d.economicAll, '元', lines);
  });

  it('reads the projects, with the codes only the performance table prints (附表12, 附表15)', () => {
    const unit = '146001';
    expectProjects(d, '元', [
      [unit, '21020325T000000453251', '大连市西岗区融媒体中心技术建设项目', '500,000.00'],
      [unit, '21020325T000000453256', '“回访宝”及缴纳“回访宝”2025年度服务费', '45,300.00'],
      [unit, '21020325T000000453501', '“平安社区”（含高清卡口）视频监控系统（含监理费用）', '4,800,228.00'],
      [unit, '21020325T000000453506', '西岗区基础设施及安全运维服务项目', '2,533,500.00'],
      [unit, '21020325T000000453512', '西岗区基础设施及安全运维服务负载均衡线路项目', '221,400.00'],
      [unit, '21020325T000000453518', '上网行为管理设备服务费', '29,600.00'],
      [unit, '21020325T000000453521', '西岗区门户网站管理系统运维服务', '90,000.00'],
      [unit, '21020325T000000453527', '聘用工程师奖金', '20,000.00'],
      [unit, '21020325T000000453533', '大连市西岗区智慧城区指挥分中心信息化设备采购项目', '15,947.75'],
      [unit, '21020325T000000453539', '政务办公协同化项目', '1,161,000.00'],
      [unit, '21020325T000000453542', '设备维护维修', '264,500.00'],
    ]);
    expect(d.projects.find((p) => p.name === '聘用工程师奖金')?.fundingSource).toBe('一般公共预算');
    expect(d.projects.find((p) => p.name === '设备维护维修')?.fundingSource).toBe('财政专户管理资金');
  });

  it('reads the unit and the 三公 table whose 公务用车运行费 header cell is missing (附表9)', () => {
    const unit = d.units.find((u) => u.code === '146001');
    expect([unit?.total?.fen, unit?.basic?.fen, unit?.project?.fen]).toEqual([
      yuan('13,783,906.47'),
      yuan('4,102,430.72'),
      yuan('9,681,475.75'),
    ]);
    expect(amounts(d.sanGong)).toEqual({
      total: yuan('33,000.00'),
      abroad: null,
      vehicle: yuan('33,000.00'),
      vehiclePurchase: null,
      vehicleOperation: yuan('33,000.00'),
      reception: null,
    });
    // The narrative's own table, in 万元: 合计 3.3, 公务用车运行费 3.3.
    expect(d.sanGongNarrative?.total?.fen).toBe(printed('3.3', '万元'));
    expect(d.procurement?.fen).toBe(yuan('8,055,128.00'));
    expect(d.purchaseOfServices?.fen).toBe(yuan('8,174,728.00'));
  });

  it('reports exactly the inconsistencies found by reading the document', () => {
    expect(failedChecks(d).sort()).toEqual(
      [
        // 情况说明: 一般公共预算基本支出预算 412.24 万元; 附表8 合计 4,102,430.72 元 (410.24 万元).
        'narrative:gpb-basic',
        // 情况说明: 公用经费 14.49 万元; 附表1 144,951.12 元 rounds to 14.50 万元.
        'narrative:public-use',
        // …and again on line 122 (其中：人员经费 395.75 万元，公用经费 14.49 万元).
        'narrative:public-use#2',
        // Line 120: 当年财政拨款收入预算 1378.39 万元 (counting 财政专户管理资金 966.14 in);
        // 附表6 财政拨款预算总表 收入 4,122,430.72 元 (412.24 万元).
        'narrative:income-total#2',
        // 情况说明: 对个人和家庭的补助支出 2.05 万元; 附表8 303 is 480.00 元.
        'narrative:economic:total:对个人和家庭的补助支出',
        // 情况说明: 融媒体中心技术建设项目 10 万元; 附表12 500,000.00 元.
        'narrative:project:21020325T000000453251',
      ].sort(),
    );
    const project = d.checks.find((c) => c.id === 'narrative:project:21020325T000000453251');
    expect(project?.left.line).toBe(184);
    expect(project?.right[0].line).toBe(645);
  });

  it('reports that 附表14 files 财政专户 projects under 206 while their sum is 2299999’s 项目支出', () => {
    // 附表3 line 424: 2299999-其他支出 9,661,475.75, all 项目支出 — exactly the ten 财政专户管理资金
    // projects of 附表12 (lines 645–655). 附表14 政府购买服务预算表 lines 679–684 file six of them
    // under 206-科学技术支出, 平安社区 (4,800,228.00) on line 680.
    const differs = d.issues.filter((i) => i.code === 'function-differs');
    expect(differs.map((i) => i.line)).toEqual([679, 680, 681, 682, 683, 684]);
    expect(differs[1].message).toContain('“平安社区”（含高清卡口）视频监控系统（含监理费用）” under 206');
    expect(differs[1].message).toContain('2299999 其他支出');
  });
});
