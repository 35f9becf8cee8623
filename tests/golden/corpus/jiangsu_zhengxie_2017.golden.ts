import type { CorpusGolden } from './types';

export const golden: CorpusGolden = {
  files: ['jiangsu_zhengxie_2017_tables.pdf', 'jiangsu_zhengxie_2017_text.pdf'],
  department: '江苏省政协办公厅',
  year: 2017,
  kind: '部门预算',
  unit: '万元',
  sources: [
    'jiangsu_zhengxie_2017_tables.pdf p1: 表一 收支预算总表 (summary; all-funds class totals by ordinal)',
    'jiangsu_zhengxie_2017_tables.pdf p3: 表三 支出预算总表 (expenditure: 合计, 基本支出, 项目支出)',
    'jiangsu_zhengxie_2017_tables.pdf p4: 表四 财政拨款收支预算总表',
    'jiangsu_zhengxie_2017_tables.pdf p5: 表五 财政拨款支出预算表 (classes, rows)',
    'jiangsu_zhengxie_2017_tables.pdf p8: 表八 一般公共预算支出预算表 (same figures as 表五)',
    'jiangsu_zhengxie_2017_tables.pdf p11: 表十一 “三公”经费、会议费、培训费支出预算表（一般公共预算）',
    'jiangsu_zhengxie_2017_text.pdf pp6-10, 18-19: 部门收支预算编制 and 情况说明 (totals, 三公 narrative)',
  ],
  summary: {
    incomeCurrent: '9,146.79',
    incomeTotal: '9,146.79',
    expenditureCurrent: '9,146.79',
    expenditureTotal: '9,146.79',
  },
  expenditure: { total: '9,146.79', basic: '5,916.27', project: '3,123.68' },
  classes: [
    ['201', '一般公共服务支出', '6,463.55', '', ''],
    ['208', '社会保障和就业支出', '1,509.72', '', ''],
    ['221', '住房保障支出', '1,093.52', '', ''],
  ],
  rows: [
    ['20102', '政协事务', '6,463.55', '', ''],
    ['2010201', '行政运行', '3,233.03', '', ''],
    ['2010202', '一般行政管理事务', '1,577.82', '', ''],
    ['2010204', '政协会议', '1,027.90', '', ''],
    ['2010205', '委员视察', '429.30', '', ''],
    ['2010299', '其他政协事务支出', '195.50', '', ''],
    ['20805', '行政事业单位离退休', '1,509.72', '', ''],
    ['2080504', '未归口管理的行政单位离退休', '1,509.72', '', ''],
    ['22102', '住房改革支出', '1,093.52', '', ''],
    ['2210201', '住房公积金', '341.75', '', ''],
    ['2210202', '提租补贴', '751.77', '', ''],
  ],
  sanGong: {
    total: '676.10',
    abroad: '76.00',
    vehiclePurchase: '',
    vehicleOperation: '156.60',
    reception: '443.50',
  },
  notes: [
    'No all-funds expenditure table by functional classification exists: 表三 支出预算总表 (tables p3) ' +
      'prints only one row (合计 9,146.79, 基本支出 5,916.27, 项目支出 3,123.68, ' +
      '单位预留机动经费 106.84, 结转下年资金 blank), no functional rows.',
    'classes and rows are therefore from 表五 财政拨款支出预算表 (tables p5; 表八 p8 is identical), ' +
      'the only table with 类/款/项 codes. It covers 财政拨款 only (合计 9,066.79, not 9,146.79) and ' +
      'has a single 金额 column: no 基本支出/项目支出 split by function, hence basic and project are empty strings.',
    'All-funds class totals appear only in the 功能分类 column of 表一 收支预算总表 (tables p1), ' +
      'by Chinese ordinal without codes: 一、一般公共服务支出 6,543.55; 八、社会保障和就业支出 1,509.72; ' +
      '十八、住房保障支出 1,093.52 (sum 9,146.79). 201 is 80.00 more than in 表五 (6,463.55): the 80.00 ' +
      '其他资金 (其他收入). The other 17 of the 20 ordinal classes are printed empty.',
    'Summary labels on 表一 (tables p1): 当年收入小计 9,146.79 (incomeCurrent), 收入合计 9,146.79 ' +
      '(incomeTotal), 当年支出小计 9,146.79 (expenditureCurrent), 支出合计 9,146.79 (expenditureTotal); ' +
      '上年结转资金 and 结转下年资金 blank. Income: 财政拨款 9,066.79 (一般公共预算 9,066.79) + 其他资金 80.00.',
    'expenditure.basic + expenditure.project = 9,039.95, not the total 9,146.79: the difference is a third ' +
      'category, 单位预留机动经费 106.84 (5,916.27 + 3,123.68 + 106.84 = 9,146.79).',
    '表四 财政拨款收支预算总表 (tables p4): 基本支出 5,836.27, 项目支出 3,123.68, 单位预留机动经费 106.84, ' +
      '合计 9,066.79; so the 80.00 其他资金 is all 基本支出 (5,916.27 - 5,836.27).',
    '三公: sanGong.total is the “三公”经费 小计 676.10 (= 76.00 + 156.60 + 443.50). The table’s 合计 ' +
      '1,852.32 also includes 会议费 1,094.62 and 培训费 81.60. 公务用车购置费 is printed empty ' +
      '(narrative p19: 0 万元); 公务用车购置及运行维护费 小计 156.60.',
    'Checked by adding up: 表五 rows sum to their 款/类 and to 9,066.79; 表六/表九 基本支出 economic ' +
      'items sum to 5,836.27 (301 2,097.51 + 302 1,131.92 + 303 2,606.84); 政府采购 1,271.22 = ' +
      '货物 259.32 + 服务 1,011.90 (no 二、工程 row; tables pp12-13, title repeated on p13).',
    'Narrative (text pp6-19) agrees with the tables: totals 9,146.79, 财政拨款 9,066.79, classes, 基本 ' +
      '5,916.27, 项目 3,123.68, 预留 106.84, shares 99.13%/0.87%, 64.68%/34.15%/1.17%; 2016 total ' +
      '8,648.07 + 498.72 = 9,146.79; the three class changes (-108.56 + 140.96 + 466.32) sum to 498.72.',
    '表十 一般公共预算机关运行经费支出预算表 (tables p10) 3,348.98 is far above the 基本支出 302 ' +
      '商品和服务支出 1,131.92: it includes project money (会议费 1,094.62, 差旅费 794.80, 物业管理费 446.00, ' +
      '31002 办公设备购置 95.00); narrative p17 says so (+2,173.13, 184.81%).',
    '表七 政府性基金 table (tables p7) is empty with the note “注：我单位无2017年政府性基金支出安排。”',
  ],
};
