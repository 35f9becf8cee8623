import type { CorpusGolden } from './types';

export const golden: CorpusGolden = {
  files: ['quanzhou_zfbgs_2026.pdf'],
  department: '泉州市人民政府办公室',
  year: 2026,
  kind: '部门预算',
  unit: '万元',
  sources: [
    '一、收支预算总表 (2026 年度收支预算总表), p. 13: summary and class names/totals by ordinal',
    '三、支出预算总表 (2026 年度支出预算总表), p. 15: all-funds expenditure by 项 (7-digit codes only)',
    '五、一般公共预算拨款支出预算表, p. 17: cross-check only',
    '九、一般公共预算基本支出经济分类情况表, p. 21: cross-check only',
    '十、一般公共预算“三公”经费支出预算表, p. 22',
    '第三部分 一、预算收支总体情况 (narrative), p. 24: 基本支出 5915.38, 项目支出 9269.43',
  ],
  summary: {
    incomeCurrent: '15184.81',
    incomeTotal: '15184.81',
    expenditureCurrent: '15184.81',
    expenditureTotal: '15184.81',
  },
  expenditure: { total: '15184.81', basic: '5915.38', project: '9269.43' },
  classes: [
    ['201', '一般公共服务支出', '13215.69', '3946.26', '9269.43'],
    ['208', '社会保障和就业支出', '1095.52', '1095.52', '0.00'],
    ['210', '卫生健康支出', '176.62', '176.62', '0.00'],
    ['221', '住房保障支出', '696.98', '696.98', '0.00'],
  ],
  rows: [
    ['2010301', '行政运行', '3452.35', '3452.35', '0.00'],
    ['2010302', '一般行政管理事务', '1126.82', '0.00', '1126.82'],
    ['2010350', '事业运行', '493.91', '493.91', '0.00'],
    ['2010399', '其他政府办公厅（室）及相关机构事务支出', '8142.61', '0.00', '8142.61'],
    ['2080501', '行政单位离退休', '653.08', '653.08', '0.00'],
    ['2080505', '机关事业单位基本养老保险缴费支出', '442.44', '442.44', '0.00'],
    ['2101101', '行政单位医疗', '125.11', '125.11', '0.00'],
    ['2101102', '事业单位医疗', '18.28', '18.28', '0.00'],
    ['2101103', '公务员医疗补助', '33.23', '33.23', '0.00'],
    ['2210201', '住房公积金', '539.87', '539.87', '0.00'],
    ['2210202', '提租补贴', '144.48', '144.48', '0.00'],
    ['2210203', '购房补贴', '12.63', '12.63', '0.00'],
  ],
  sanGong: {
    total: '312.75',
    abroad: '0.00',
    vehiclePurchase: '261.90',
    vehicleOperation: '32.00',
    reception: '18.85',
  },
  notes: [
    'The 支出预算总表 (p. 15) prints only 7-digit 项 rows (no 类/款 rows). The 类 codes are the first ' +
      'three digits of the 项 codes; the names and totals come from the 收支预算总表 (p. 13): ' +
      '一、一般公共服务支出 13215.69, 八、社会保障和就业支出 1095.52, 九、卫生健康支出 176.62, ' +
      '十九、住房保障支出 696.98.',
    'The 基本支出/项目支出 of each 类 are printed nowhere. The reader added them up from the 项 rows of p. ' +
      '15: 201 basic 3452.35 + 493.91 = 3946.26, project 1126.82 + 8142.61 = 9269.43. The 项 rows of 208, ' +
      '210 and 221 are all 基本支出 (project 0.00). Sums: basic 3946.26 + 1095.52 + 176.62 + 696.98 = ' +
      '5915.38 and project 9269.43, both equal to the printed 合计 (p. 15).',
    'The 收支预算总表 (p. 13) labels its grand totals 收入合计 / 支出合计 (no 收入总计/支出总计). Because ' +
      '上年结转结余 and 结转下年支出 are 0.00, 本年收入合计 = 收入合计 = 15184.81. The table lists all 26 ' +
      'classes by Chinese ordinal, 22 of them 0.00.',
    'Empty cells are printed 0.00 throughout. The 一般公共预算拨款支出预算表 (p. 17) wraps the name of ' +
      '2010399 (其他政府办公厅（室）及相关机构事务 / 支出), with the code on the middle line. On p. 15 the ' +
      'name fits on one line.',
    '2010399 is 8142.61 in the all-funds table (p. 15) but 3942.61 in the 一般公共预算 table (p. 17). The ' +
      'difference of 4200.00 equals 其他收入 (p. 13/14, 泉州市机关事务服务中心). It matches the ' +
      '市行政中心保安服务项目 (p. 30: 其他资金 4200.00).',
    'The 部门整体支出绩效目标表 (p. 37) gives 资金总额 8200.95 = 项目支出 2285.57 + 基本支出 5915.38. This ' +
      'agrees with neither the all-funds totals (15184.81 / 9269.43) nor the 一般公共预算 totals (10984.81 ' +
      '/ 项目 5069.43). The eight project 绩效目标表 (pp. 29–36) add up to 6493.50.',
    '三公 table (p. 22) order: 1、因公出国（境）费用 0.00; 2、公务接待费 18.85; 3、公务用车购置及运行费 ' +
      '293.90 (= 购置费 261.90 + 运行费 32.00); 合计 312.75 adds up. It has no previous-year column. The ' +
      '基本支出 economic table (p. 21) has 30217 公务接待费 8.35 and 30231 公务用车运行维护费 32.00. The ' +
      'rest of the reception money is presumably in project spending.',
  ],
};
