import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/domain/issues';
import { toGrid } from './grid';
import { parseRows, splitLabel } from './rows';
import { basicEconomicSchema, expenditureSchema, gpbSchema } from './schemas';
import { contextFor, onlyTable } from './testing';

/** Rows as [code, name, {column: fen}] for compact assertions. */
function read(
  text: string,
  layout: 'tabbed' | 'cell-per-line' | 'pdf-text',
  schemaFor: (header: string) => ReturnType<typeof gpbSchema>,
) {
  const table = onlyTable(text, layout);
  const grid = toGrid(table);
  const issues: Issue[] = [];
  const rows = parseRows(grid, schemaFor(grid.headerText), contextFor(table, issues));
  return {
    issues,
    rows: rows.map((row) => [
      row.code,
      row.name,
      Object.fromEntries(Object.entries(row.values).flatMap(([k, v]) => (v ? [[k, v.fen]] : []))),
    ]),
  };
}

describe('splitLabel', () => {
  it.each([
    ['2010301-行政运行', '2010301', '行政运行'],
    ['2010301 行政运行', '2010301', '行政运行'],
    ['980秦皇岛市海港区发展服务中心', '980', '秦皇岛市海港区发展服务中心'],
    ['146001-大连市西岗区大数据中心（本级）', '146001', '大连市西岗区大数据中心（本级）'],
    ['合计', null, '合计'],
  ])('%s', (label, code, name) => expect(splitLabel(label)).toEqual({ code, name }));
});

describe('tab-separated tables', () => {
  it('reads amounts with stray spaces and code-name cells (大连 附表7)', () => {
    const { rows } = read(
      `
一般公共预算支出表
附表7
金额单位：元
预算单位/支出功能分类科目\t合计\t基本支出\t\t\t项目支出
\t\t小计\t人员经费\t公用经费\t
合 计\t4, 122, 430. 72\t4, 102, 430. 72\t3, 957, 479. 60\t144, 951. 12\t20, 000. 00
2080505-机关事业单位基本养老保险缴费支出\t377, 166. 96\t377, 166. 96\t377, 166. 96\t\t`,
      'tabbed',
      gpbSchema,
    );
    expect(rows).toEqual([
      [
        null,
        '合计',
        {
          total: 412243072,
          basic: 410243072,
          personnel: 395747960,
          'public-use': 14495112,
          project: 2000000,
        },
      ],
      [
        '2080505',
        '机关事业单位基本养老保险缴费支出',
        { total: 37716696, basic: 37716696, personnel: 37716696 },
      ],
    ]);
  });

  it('places a data row shifted one column against its header by the sums (大连 附表3)', () => {
    const { rows, issues } = read(
      `
支出预算总表
附表3
金额单位：元
部门(单位)\t总计\t基本支出\t\t\t\t\t\t项目支出\t\t\t\t\t\t\t
\t\t合计\t财政拨款\t\t\t\t财政专户管理资金\t单位资金\t合计\t财政拨款\t\t\t\t财政专户管理资金\t单位资金
\t\t\t小计\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t\t\t小计\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t
206-科学技术支出\t2,824,424.92\t2,804,424.92\t2,804,424.92\t2,804,424.92\t\t\t\t20,000.00\t20,000.00\t20,000.00\t\t\t\t\t`,
      'tabbed',
      expenditureSchema,
    );
    expect(rows[0][2]).toMatchObject({
      total: 282442492,
      basic: 280442492,
      project: 2000000,
      'project.gpb': 2000000,
    });
    expect(issues.some((i) => i.code === 'placement-inferred')).toBe(true);
  });

  it('joins a table continued on the next page and skips its repeated header (大连 附表8)', () => {
    const { rows } = read(
      `
一般公共预算基本支出表
附表8
金额单位：元
预算单位/部门预算经济分类科目\t一般公共预算基本支出\t\t
\t合计\t人员经费\t公用经费
303-对个人和家庭的补助\t480. 00\t480. 00\t

一般公共预算基本支出表
附表8
金额单位：元
预算单位/部门预算经济分类科目\t一般公共预算基本支出\t\t
\t合计\t人员经费\t公用经费
30309-奖励金\t480.00\t480.00\t`,
      'tabbed',
      basicEconomicSchema,
    );
    expect(rows.map((r) => r[0])).toEqual(['303', '30309']);
  });

  it('reports a cell that is not an amount, naming the line and column', () => {
    const { issues } = read(
      `
一般公共预算支出表
附表7
金额单位：元
预算单位/支出功能分类科目\t合计\t基本支出\t\t\t项目支出
\t\t小计\t人员经费\t公用经费\t
201-一般公共服务支出\t5,096,654.93\t4,792,654.93\t4,06x,809.64\t729,845.29\t304,000.00`,
      'tabbed',
      gpbSchema,
    );
    expect(issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({
        code: 'not-a-number',
        line: 6,
        message: expect.stringContaining('人员经费'),
      }),
    ]);
  });
});

describe('one cell per line (Word export)', () => {
  it('drops the 序号 column and the 栏次 row, and reads code and name cells (秦皇岛 支出总表)', () => {
    const { rows } = read(
      `
部门预算支出总表
\t980秦皇岛市海港区发展服务中心
\t预算年度：2025
\t单位：万元

\t序号
\t功能分类科目
\t合计
\t基本支出
\t项目支出

\t
\t科目编码
\t科目名称
\t
\t
\t

\t栏次
\t1
\t2
\t3
\t4
\t5

\t1
\t
\t合计
\t2143.14
\t181.04
\t1962.10

\t3
\t20103
\t政府办公厅（室）及相关机构事务
\t1962.10
\t
\t1962.10
`,
      'cell-per-line',
      expenditureSchema,
    );
    expect(rows).toEqual([
      [null, '合计', { total: 2143140000, basic: 181040000, project: 1962100000 }],
      ['20103', '政府办公厅（室）及相关机构事务', { total: 1962100000, project: 1962100000 }],
    ]);
  });
});

describe('PDF text', () => {
  it('joins wrapped names and codes, and places figures whose empty cells vanished (硚口 表3)', () => {
    const { rows } = read(
      `
表 3
支出总表
部门/单位：武汉市硚口区大数据中心 单位：万元
科目编码 科目名称 合计
基本支
出
项目支
出
事业单位
经营支出
合计 1,201.50 387.84 813.67
201 一般公共服务支出 1,088.92 275.25 813.67
20141 数据事务 1,088.92 275.25 813.67
2014150 事业运行 275.25 275.25
2014199 其他数据事务支出 813.67 813.67
208 社会保障和就业支出 36.79 36.79
20805
行政事业单位养老支
出
36.79 36.79`,
      'pdf-text',
      expenditureSchema,
    );
    expect(rows).toEqual([
      [null, '合计', { total: 1201500000, basic: 387840000, project: 813670000 }],
      ['201', '一般公共服务支出', { total: 1088920000, basic: 275250000, project: 813670000 }],
      ['20141', '数据事务', { total: 1088920000, basic: 275250000, project: 813670000 }],
      ['2014150', '事业运行', { total: 275250000, basic: 275250000 }],
      // Alone, 813.67 813.67 could be any column; its parent's 项目支出 decides.
      ['2014199', '其他数据事务支出', { total: 813670000, project: 813670000 }],
      ['208', '社会保障和就业支出', { total: 36790000, basic: 36790000 }],
      ['20805', '行政事业单位养老支出', { total: 36790000, basic: 36790000 }],
    ]);
  });

  it('places 人员经费/公用经费 of economic rows by what the parent leaves (硚口 表6)', () => {
    const { rows } = read(
      `
表 6
一般公共预算基本支出表
部门/单位：武汉市硚口区大数据中心 单位：万元
部门预算支出经济分类科目 本年一般公共预算基本支出
科目编码 科目名称 合计 人员经费 公用经费
合计 26.65 1.44 25.21
302 商品和服务支出 25.21 1.44 23.77
30201 办公费 0.20 0.20
30299 其他商品和服务支出 17.87 1.44 16.43
30229 福利费 7.14 7.14
303 对个人和家庭的补助 1.44 1.44`,
      'pdf-text',
      basicEconomicSchema,
    );
    const byCode = Object.fromEntries(rows.map((r) => [r[0], r[2]]));
    expect(byCode['30201']).toEqual({ total: 200000, 'public-use': 200000 });
    expect(byCode['30229']).toEqual({ total: 7140000, 'public-use': 7140000 });
  });
});
