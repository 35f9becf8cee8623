import type { CorpusGolden } from './types';

// Typed by hand from a reading of chongqing_slj_2026.pdf (33 pages); not taken from converter output.
export const golden: CorpusGolden = {
  files: ['chongqing_slj_2026.pdf'],
  department: '重庆市水利局',
  year: 2026,
  kind: '部门预算',
  unit: '万元',
  sources: [
    'p1 title “重庆市水利局 2026 年部门预算情况说明” (department, year, kind)',
    'p5–p7 情况说明 narrative (收入/支出 totals, 三公, cross-check)',
    'p12 表一 2026 年部门收支总体情况表 (summary)',
    'p13–p17 表二 2026 年部门收入总体情况表 (cross-check)',
    'p18–p20 表三 2026 年部门支出总体情况表 (expenditure, classes, rows)',
    'p21 表四 2026 年财政拨款收支总体情况表 (cross-check)',
    'p22–p23 表五 2026 年一般公共预算支出情况表 (cross-check)',
    'p27 表七 2026 年政府性基金预算支出情况表 (cross-check)',
    'p28 表八 2026 年财政拨款“三公”经费支出情况表 (sanGong)',
  ],
  summary: {
    incomeCurrent: '186,549.30',
    incomeTotal: '186,549.30',
    expenditureCurrent: '186,549.30',
    expenditureTotal: '186,549.30',
  },
  expenditure: { total: '186,549.30', basic: '41,418.94', project: '145,130.37' },
  classes: [
    ['201', '一般公共服务支出', '59.56', '', '59.56'],
    ['205', '教育支出', '33,862.49', '19,665.33', '14,197.15'],
    ['208', '社会保障和就业支出', '5,932.26', '5,932.26', ''],
    ['210', '卫生健康支出', '1,293.73', '1,293.73', ''],
    ['213', '农林水支出', '102,942.13', '12,329.54', '90,612.58'],
    ['215', '资源勘探工业信息等支出', '261.07', '', '261.07'],
    ['221', '住房保障支出', '2,198.07', '2,198.07', ''],
    ['229', '其他支出', '40,000.00', '', '40,000.00'],
  ],
  rows: [
    ['20503', '职业教育', '33,668.32', '19,653.16', '14,015.15'],
    ['2050305', '高等职业教育', '33,668.32', '19,653.16', '14,015.15'],
    ['20805', '行政事业单位养老支出', '5,932.26', '5,932.26', ''],
    ['2080505', '机关事业单位基本养老保险缴费支出', '3,043.23', '3,043.23', ''],
    ['21303', '水利', '98,377.14', '12,329.54', '86,047.59'],
    ['2130301', '行政运行', '8,677.29', '8,473.87', '203.42'],
    ['2130305', '水利工程建设', '58,461.30', '', '58,461.30'],
    ['2130310', '水土保持', '1,042.88', '555.85', '487.04'],
    ['2130314', '防汛', '4,125.20', '416.48', '3,708.73'],
    ['21369', '国家重大水利工程建设基金安排的支出', '612.40', '', '612.40'],
    ['22904', '其他政府性基金及对应专项债务收入安排的支出', '40,000.00', '', '40,000.00'],
    ['2290402', '其他地方自行试点项目收益专项债券收入安排的支出', '40,000.00', '', '40,000.00'],
  ],
  sanGong: {
    total: '308.00',
    abroad: '20.00',
    vehiclePurchase: '',
    vehicleOperation: '248.50',
    reception: '39.50',
  },
  notes: [
    '表一 (p12) prints a single “合计” row on each side, at the top (收入 186,549.30, 支出 186,549.30), ' +
      'and no 本年收入合计 / 上年结转 / 收入总计 / 本年支出合计 / 结转下年 / 支出总计 rows; all four ' +
      'summary fields are that 合计. The narrative (p5) says the 2025 carry-over is folded into each fund ' +
      'line; 表四 (p21) shows it: 一般公共预算 本年收入 118,773.55 + 上年结转 9,375.01 = 128,148.56, ' +
      '政府性基金 all 上年结转 44,134.59.',
    '表一 (p12) does not add up by 0.01 on either side: income lines 128,148.56 + 44,134.59 + 11,791.50 + ' +
      '962.62 + 1,512.04 = 186,549.31 and the eight class lines sum to 186,549.31, both vs 合计 ' +
      '186,549.30. The page carries “注：由于四舍五入因素，部分分项加和与合计可能略有差异，下同。”',
    '表三 (p18–p20) one-cent rounding gaps (total vs 基本+项目): 合计 186,549.30 vs 41,418.94 + 145,130.37 ' +
      '= 186,549.31 (p18); 205 教育支出 33,862.49 vs 33,862.48 (p18); 20503 and 2050305 33,668.32 vs ' +
      '33,668.31 (p18); 213 农林水支出 102,942.13 vs 102,942.12 (p19); 21303 水利 98,377.14 vs 98,377.13 ' +
      '(p19); 2130310 水土保持 1,042.88 vs 1,042.89 (p19); 2130314 防汛 4,125.20 vs 4,125.21 (p20).',
    '表三 children vs parents: classes sum to 186,549.31 / 41,418.93 / 145,130.36 vs 合计 186,549.30 / ' +
      '41,418.94 / 145,130.37; 20805 行政事业单位养老支出 5,932.26 vs its 项 12.50 + 3,043.23 + 1,777.39 + ' +
      '1,099.15 = 5,932.27 (p18–p19); 21303 水利 98,377.14 / 12,329.54 / 86,047.59 vs its 项 summed ' +
      '98,377.13 / 12,329.55 / 86,047.60 (p19–p20). All other 类/款 equal the sum of their children.',
    '表三 is one code column with 3/5/7-digit codes (款 indented one space, 项 two); no name wraps in ' +
      '表三. 表二 (p13–p17) sets 7-digit codes at the foot of their cell, below the name (in the text ' +
      'layer the code falls on the line after the amounts), and wraps long names over two lines (e.g. ' +
      '“机关事业单位基本养老保 / 险缴费支出”, “其他地方自行试点项目收 / 益专项债券收入安排的支出”).',
    '表五 (p22) has no 2025 column in this file. 表一 lists only the eight classes that have amounts, by ' +
      'Chinese ordinal (一、一般公共服务支出 … 八、其他支出).',
    '三公 (p28, 表八) prints only the 2026 figures; the columns are headed “公务用车购置及运行费” / ' +
      '“公务用车运行费” (not 运行维护费); 公务用车购置费 blank. 308.00 = 20.00 + 248.50 + 39.50; narrative ' +
      '(p7) gives the same values.',
    'Narrative (p5) says 收入 fell by 246,429.22 vs 2025, but its listed changes (+10,300.15 −258,146.77 ' +
      '+566.25 +95.77 +755.40) net to −246,429.20; for 支出, +5,246.63 −251,675.84 = −246,429.21.',
  ],
};
