import { describe, expect, it } from 'vitest';
import { parsePerformance } from './performance';
import { parseProjects } from './projects';
import { contextFor, onlyTable } from './testing';

const listed = (text: string, layout: 'tabbed' | 'pdf-text') => {
  const table = onlyTable(text, layout);
  const result = parseProjects(table, contextFor(table));
  return result.projects.map((p) => [p.unitCode, p.code, p.name, p.unitName, p.amount.fen, p.fundingSource]);
};

describe('parseProjects', () => {
  it('reads unit, name and category columns by their header (大连 附表12)', () => {
    expect(
      listed(
        `
项目支出表
附表12
金额单位：元
序号\t项目单位\t项目名称\t项目类别\t合计\t财政拨款\t\t\t财政专户 管理资金\t单位资金
\t\t\t\t\t一般公共预算\t政府性基金预算\t国有资本 经营预算\t\t
\t合 计\t\t\t4,820,228.00\t20,000.00\t\t\t4,800,228.00\t
3\t146001-大连市西岗区大数据中心（本级）\t“平安社区”（含高清卡口）视频监控系统（含监理费用）\t31-部门项目\t4,800,228.00\t\t\t\t4,800,228.00\t
8\t146001-大连市西岗区大数据中心（本级）\t聘用工程师奖金\t31-部门项目\t20,000.00\t20,000.00\t\t\t\t`,
        'tabbed',
      ),
    ).toEqual([
      [
        '146001',
        null,
        '“平安社区”（含高清卡口）视频监控系统（含监理费用）',
        '大连市西岗区大数据中心（本级）',
        480022800,
        '财政专户管理资金',
      ],
      ['146001', null, '聘用工程师奖金', '大连市西岗区大数据中心（本级）', 2000000, '一般公共预算'],
    ]);
  });

  it('reads code, name and unit columns under unit rows (黄陂 表10)', () => {
    expect(
      listed(
        `
表 10.项目支出情况表
单位：万元
项目编码\t项目名称\t项目单位\t合计\t本年拨款\t\t\t财政拨款结转结余\t\t\t财政专户管理资金\t单位资金
\t\t\t\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t
\t\t\t35.00\t35.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
032001\t武汉市黄陂区大数据中心本级\t\t25.00\t25.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
31\t本级支出项目\t\t25.00\t25.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
42011623032T000000104\t链路租赁费\t武汉市黄陂区大数据中心本级\t25.00\t25.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
032002\t武汉市黄陂区网络运维服务中心\t\t10.00\t10.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
42011623032T000000105\t网络运行维护费\t武汉市黄陂区网络运维服务中心\t10.00\t10.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00`,
        'tabbed',
      ),
    ).toEqual([
      [
        '032001',
        '42011623032T000000104',
        '链路租赁费',
        '武汉市黄陂区大数据中心本级',
        25000000,
        '一般公共预算',
      ],
      [
        '032002',
        '42011623032T000000105',
        '网络运行维护费',
        '武汉市黄陂区网络运维服务中心',
        10000000,
        '一般公共预算',
      ],
    ]);
  });

  it('joins a project code split over three lines and strips the unit name after the project name (硚口 表10)', () => {
    expect(
      listed(
        `
表 10
项目支出表
部门/单位：武汉市硚口区大数据中心 单位：万元
项目编码 项目名称 项目单位 合计
本年拨款
财政拨款
结转结余 财政专户管理资金 单位资金
813.67 813.67
135002 武汉市硚口区大数据中心 813.67 813.67
31 本级支出项目 813.67 813.67
42010425
135T0000
00104
城市视频经费
武汉市硚口
区大数据中
心
800.00 800.00`,
        'pdf-text',
      ),
    ).toEqual([
      [
        '135002',
        '42010425135T000000104',
        '城市视频经费',
        '武汉市硚口区大数据中心',
        800000000,
        '一般公共预算',
      ],
    ]);
  });
});

describe('parsePerformance', () => {
  it.each([
    [
      'a code-name cell and the approved amount (大连 附表15)',
      `
项目支出绩效表
金额单位：元
单位名称\t项目名称\t预算执行率 权重(%)\t批复数\t绩效目标
\t21020325T000000453256- “回访宝”及缴纳“回 访宝”2025年度服务费\t10\t45,300.00\t进一步优化…`,
      'tabbed',
      [['21020325T000000453256', '“回访宝”及缴纳“回访宝”2025年度服务费', 4530000]],
    ],
    [
      'a key/value form with an amount in its own unit (黄陂 表12)',
      `
部门项目申报表(含绩效目标)
单位：万元
项目名称\t“一张网”运行维护费\t项目编码\t42011624032T000000103
项目总预算\t400 万元\t项目当年预算\t400 万元`,
      'tabbed',
      [['42011624032T000000103', '“一张网”运行维护费', 400000000]],
    ],
    [
      'a PDF form in 元 (硚口 表12-1)',
      `
表 12-1.项目支出绩效目标表
项目申报表
单位: 元
项目名称 综合事务管理及专业服务
项目总预算 30,880.00 项目当年预算 30,880.00`,
      'pdf-text',
      [[null, '综合事务管理及专业服务', 3088000]],
    ],
  ] as const)('%s', (_, text, layout, expected) => {
    const table = onlyTable(text, layout);
    expect(parsePerformance(table, contextFor(table)).map((p) => [p.code, p.name, p.amount?.fen])).toEqual(
      expected,
    );
  });
});
