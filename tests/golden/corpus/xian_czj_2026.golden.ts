import type { CorpusGolden } from './types';

export const golden: CorpusGolden = {
  files: ['xian_czj_2026.pdf'],
  department: '西安市财政局（汇总）',
  year: 2026,
  kind: '部门预算',
  unit: '元',
  sources: [
    'cover: 西安市财政局（汇总） 2026年部门预算公开说明, p1; 部门名称：西安市财政局（汇总）, p23',
    '表1 部门综合预算收支总表, p25 (summary; expenditure total, 人员经费和公用经费支出, 专项业务经费支出)',
    '表2 部门综合预算收入总表, p26 (all income is 一般公共预算拨款)',
    '表4 部门综合预算财政拨款收支总表, p28 (cross-check: same totals as 表1)',
    '表5 部门综合预算一般公共预算支出明细表（按支出功能分类科目）, pp29–30 (classes/rows: total, project)',
    '表7 部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）, pp33–34 (classes/rows: basic)',
    '表13 部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表, p43 (当年 columns)',
    '十、“三公”经费及会议费、培训费情况说明, p18 (narrative, 万元, cross-check)',
  ],
  summary: {
    incomeCurrent: '303,312,586.17',
    incomeTotal: '303,312,586.17',
    expenditureCurrent: '303,312,586.17',
    expenditureTotal: '303,312,586.17',
  },
  expenditure: { total: '303,312,586.17', basic: '79,108,250.17', project: '224,204,336.00' },
  classes: [
    ['201', '一般公共服务支出', '103,518,755.35', '51,539,019.35', '51,979,736.00'],
    ['205', '教育支出', '5,465,892.73', '3,401,292.73', '2,064,600.00'],
    ['208', '社会保障和就业支出', '11,470,135.28', '11,470,135.28', ''],
    ['210', '卫生健康支出', '4,312,056.91', '4,312,056.91', ''],
    ['213', '农林水支出', '66,000,000.00', '', '66,000,000.00'],
    ['221', '住房保障支出', '8,385,745.90', '8,385,745.90', ''],
    ['222', '粮油物资储备支出', '104,160,000.00', '', '104,160,000.00'],
  ],
  rows: [
    ['20106', '财政事务', '103,518,755.35', '51,539,019.35', '51,979,736.00'],
    ['2010601', '行政运行', '47,020,229.82', '47,020,229.82', ''],
    ['2010602', '一般行政管理事务', '22,450,936.00', '', '22,450,936.00'],
    ['2010650', '事业运行', '4,518,789.53', '4,518,789.53', ''],
    ['20504', '成人教育', '4,063,292.73', '3,359,292.73', '704,000.00'],
    ['2050803', '培训支出', '1,402,600.00', '42,000.00', '1,360,600.00'],
    ['20805', '行政事业单位养老支出', '11,389,221.00', '11,389,221.00', ''],
    ['2080502', '事业单位离退休', '124,628.00', '124,628.00', ''],
    ['2101103', '公务员医疗补助', '2,200,680.24', '2,200,680.24', ''],
    ['2130803', '农业保险保费补贴', '66,000,000.00', '', '66,000,000.00'],
    ['2210203', '购房补贴', '2,751,720.54', '2,751,720.54', ''],
    ['22204', '粮油储备', '39,240,000.00', '', '39,240,000.00'],
    ['2220599', '其他重要商品储备支出', '64,920,000.00', '', '64,920,000.00'],
  ],
  sanGong: {
    total: '219,000.00',
    abroad: '',
    vehiclePurchase: '',
    vehicleOperation: '139,000.00',
    reception: '80,000.00',
  },
  notes: [
    'The cover (p1) and the report cover (p23) name the department 西安市财政局（汇总）, i.e. consolidated; ' +
      '表2/表3 (pp26–27) list 116 西安市财政局 with 7 units: 116001 西安市财政局, 116003–116008 (no 116002).',
    'There is no all-funds expenditure table by function with a 基本/项目 split: 表3 部门综合预算支出总表 (p27) ' +
      'is by unit, and 表1 lists classes by ordinal and name only, without codes (21、粮油物资储备支出 = 222). ' +
      'All income is 一般公共预算拨款 (表1 p25, 表2 p26: 303,312,586.17, no other source), so classes and rows ' +
      'are from 表5, the 一般公共预算 table by function (pp29–30).',
    '表5 has no 基本支出 column: it splits 人员经费支出 / 公用经费支出 / 专项业务经费支出. basic is typed from the ' +
      '合计 column of 表7 (基本支出 by function, pp33–34), which equals 人员经费 + 公用经费 of 表5 on every row ' +
      '(checked); project is 表5 专项业务经费支出.',
    '基本支出 is called 人员经费和公用经费支出 (79,108,250.17) and 项目支出 专项业务经费支出 (224,204,336.00) ' +
      'in 表1 (p25); 表5 合计 row (p29): 人员 74,582,857.23 + 公用 4,525,392.94 = 79,108,250.17.',
    '表7 prints rows with no amount for classes with only project spending: 213/21308/2130803 (p33), ' +
      '222/22204/2220401/22205/2220599 (p34), and 2010602, 2010605, 2010608, 2010699 (p33).',
    '表5 and 表7 each run over two pages with the column header repeated (221 住房保障支出 starts on p29/p33, ' +
      'its 项 2210201/2210203 and class 222 are on p30/p34).',
    'All sums checked: the 7 classes add to 303,312,586.17, 款 and 项 add up to their parents in 表5 and 表7, ' +
      'and 表1’s three expenditure views (function, 部门经济, 政府经济) each add to 303,312,586.17.',
    '三公: 表13 (p43) 当年 合计 2,083,436.00 includes 会议费 461,836.00 and 培训费 1,402,600.00; the “三公” ' +
      '小计 is 219,000.00 (typed as total). 因公出国（境）费用 and 公务用车购置费 are printed empty. The narrative ' +
      '(p18, 万元) agrees: 21.90, 出国 0.00, 接待 8.00, 运行维护 13.90, 购置 0.00.',
    'Narrative 七（二） (pp10–13, 万元) lists 21 项 that add to 19,915.24万元 although it states a total of ' +
      '30,331.26万元: it omits 222 粮油物资储备支出 (2220401 39,240,000.00 + 2220599 64,920,000.00 = 10,416万元; ' +
      'p21 says the 粮食储备及重要商品储备 performance target is 涉密), and it lists 2010607 信息化建设 and ' +
      '2130899 其他普惠金融发展支出 at 0.00万元, which are not in 表5.',
    '会议费明细表 (pp18–19, 万元): the 11 meetings add to 46.19 against the stated 会议费 46.18万元 (p18) and ' +
      '461,836.00 元 (表13 p43); 培训费明细表 (pp19–20) adds to 140.26, as stated.',
    'Narrative, 会议费/培训费明细表 and the 绩效目标表 (表14–16, pp44–59) are in 万元; not used. 表9 政府性基金 ' +
      '(p37) and 表11 上年结转 (p40) are empty tables (目录 p24: 是 空表, 不涉及).',
  ],
};
