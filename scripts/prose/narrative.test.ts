import { describe, expect, it } from 'vitest';
import { readNarrative, type NarrativeStream } from './narrative';

const stream = (text: string): NarrativeStream => ({ text, lineAt: () => 1 });
const figures = (text: string) =>
  readNarrative(stream(text)).figures.map((f) => [f.key, f.label, f.figure.fen, f.figure.step]);

describe('readNarrative', () => {
  it.each([
    ['(二) 2025 年支出预算 1378.39 万元，其中：人员经费 395.75 万元', 'expenditure-total', 1378390000, 10000],
    ['2025 年一般公共预算支出预算 412.24 万元，占本年支出预算合计的 29.9%', 'gpb-total', 412240000, 10000],
    ['2025年一般公共预算基本支出预算689.45万元', 'gpb-basic', 689450000, 10000],
    ['2025年“三公”经费财政拨款预算为3.3万元', 'san-gong-total', 3300000, 100000],
    ['2025 年财政拨款〝三公〞经费预算数 0.81 万元，其中：', 'san-gong-total', 810000, 10000],
    ['2025年部门预算中纳入政府采购预算支出合计789.7万元。', 'procurement', 789700000, 100000],
    // 重庆市规划和自然资源局 2026, p.5.
    ['其中：因公出国（境）费用 321.91 万元，比2025年减少 21.5 万元', 'san-gong-abroad', 321910000, 10000],
    ['所属各预算单位政府采购预算总额 110,390.99 万元：', 'procurement', 110390990000, 10000],
  ])('%s', (text, key, fen, step) => {
    expect(figures(text)).toContainEqual([key, expect.any(String), fen, step]);
  });

  it('does not take 一般公共预算支出预算 for the total expenditure', () => {
    expect(figures('2025 年一般公共预算支出预算 412.24 万元').map((f) => f[0])).not.toContain(
      'expenditure-total',
    );
  });

  it('reads 类 amounts of the 一般公共预算', () => {
    expect(figures('1、科学技术支出（类）282.44 万元，比 2024 年预算增加 21.13 万元')).toContainEqual([
      'gpb-class',
      '科学技术支出',
      282440000,
      10000,
    ]);
  });

  it('reads economic 类 as the personnel or public part when the prose lists what a part includes', () => {
    const text =
      '1、人员经费 364.07 万元。包括：工资福利支出 356.89 万元，主要用于：在职人员基本工资。商品和服务支出 1.44 万元，主要用于：残疾人就业保障金支出。2、公用经费 23.77 万元。包括商品和服务支出 23.77 万元。';
    expect(figures(text).filter((f) => String(f[0]).startsWith('economic-'))).toEqual([
      ['economic-personnel', '工资福利支出', 356890000, 10000],
      ['economic-personnel', '商品和服务支出', 1440000, 10000],
      ['economic-public-use', '商品和服务支出', 23770000, 10000],
    ]);
  });

  it('reads staffing', () => {
    const result = readNarrative(
      stream(
        '武汉市硚口区大数据中心总编制人数 18 人，其中：行政编制 0人，事业编制 18 人。在职实有人数16 人。离退休人员 1 人',
      ),
    );
    expect([
      result.staffing.authorized?.value,
      result.staffing.actual?.value,
      result.staffing.retired?.value,
    ]).toEqual([18, 16, 1]);
  });

  it('reads 类 listed without the （类） marker', () => {
    const text =
      '支出包括：一般公共服务支出 1185.09 万元、社会保障和就业支出 27.73 万元、卫生健康支出 19.43 万元。';
    expect(figures(text).filter((f) => f[0] === 'class')).toEqual([
      ['class', '一般公共服务支出', 1185090000, 10000],
      ['class', '社会保障和就业支出', 27730000, 10000],
      ['class', '卫生健康支出', 19430000, 10000],
    ]);
  });

  it.each([
    ['2025年一般公共预算基本支出预算689.45万元，包括人员经费616.47万元', 'personnel', 'gpb'],
    ['按照原则编制。其中：人员经费 395.75 万元，公用经费 14.49 万元', 'personnel', 'all'],
    ['2025 年当年财政拨款收入预算 1378.39 万元', 'income-total', 'fiscal'],
    ['2024 年收支总预算 1,261.69 万元。', 'budget-total', 'all'],
  ])('knows which funds a sentence speaks of: %s', (text, key, scope) => {
    const found = readNarrative(stream(text)).figures.find((f) => f.key === key);
    expect(found?.scope).toBe(scope);
  });

  it('does not take a source’s income for the total income', () => {
    const text =
      '2025年预算收入2143.14万元，其中：一般公共预算收入2143.14万元，基金预算收入0.00万元，国有资本经营预算收入0.00万元。';
    expect(figures(text).filter((f) => f[0] === 'income-total')).toEqual([
      ['income-total', '收入预算', 2143140000, 10000],
    ]);
  });
});
