import type { CorpusGolden } from './types';

// Typed by hand from a reading of beijing_tjj_2026.pdf (41 pages); not taken from converter output.
export const golden: CorpusGolden = {
  files: ['beijing_tjj_2026.pdf'],
  department: '北京市统计局',
  year: 2026,
  kind: '部门预算',
  unit: '万元',
  sources: [
    'p1 预算01表 收支总表 (summary; class names and class totals, expenditure side by Chinese ordinal)',
    'p2 预算02表 收入总表 (cross-check of income and 上年结转结余)',
    'p3–p7 预算03表 支出总表 (all funds, 项 × 政府/部门经济分类; 合计 row on p7 gives expenditure)',
    'p8 预算04表 财政拨款收支总表 (cross-check)',
    'p9–p18 预算05表 一般公共预算支出表 (cross-check; 一般公共预算 only)',
    'p19–p21 预算06表 一般公共预算基本支出表 (cross-check)',
    'p24 预算09表 财政拨款“三公”经费支出表 (sanGong)',
    'p41 预算13表 部门整体支出绩效目标表 (部门名称 北京市统计局, “（2026年度）”, totals cross-check)',
  ],
  summary: {
    incomeCurrent: '50,666.454093',
    incomeTotal: '51,036.219169',
    expenditureCurrent: '50,927.950741',
    expenditureTotal: '51,036.219169',
  },
  expenditure: { total: '50,927.950741', basic: '32,780.463109', project: '18,147.487632' },
  classes: [
    ['201', '一般公共服务支出', '40,262.925697', '22,442.000445', '17,820.925252'],
    ['205', '教育支出', '394.472380', '86.660000', '307.812380'],
    ['208', '社会保障和就业支出', '3,344.190740', '3,344.190740', ''],
    ['210', '卫生健康支出', '2,295.884844', '2,295.884844', ''],
    ['215', '资源勘探工业信息等支出', '18.750000', '', '18.750000'],
    ['221', '住房保障支出', '4,611.727080', '4,611.727080', ''],
  ],
  rows: [
    // Each of these 项 has exactly one line in 预算03表, copied as printed.
    ['2101101', '行政单位医疗', '556.415664', '556.415664', ''],
    ['2101103', '公务员医疗补助', '169.067964', '169.067964', ''],
    ['2150299', '其他制造业支出', '18.750000', '', '18.750000'],
    ['2210202', '提租补贴', '7.770000', '7.770000', ''],
    // These 项 span several lines of 预算03表 (one per economic category): summed by the reader.
    ['2010501', '行政运行', '19,020.959019', '18,915.929019', '105.030000'],
    ['2010505', '专项统计业务', '6,362.568000', '', '6,362.568000'],
    ['2010599', '其他统计信息事务支出', '4,076.910352', '', '4,076.910352'],
    ['2050803', '培训支出', '394.472380', '86.660000', '307.812380'],
    ['2080505', '机关事业单位基本养老保险缴费支出', '2,210.958084', '2,210.958084', ''],
    ['2210203', '购房补贴', '2,481.530280', '2,481.530280', ''],
  ],
  sanGong: {
    total: '73.790000',
    abroad: '45.190000',
    vehiclePurchase: '',
    vehicleOperation: '27.420000',
    reception: '1.180000',
  },
  notes: [
    'Tables 01–09 print neither department name nor year: department taken from MANIFEST.tsv ' +
      '(北京市统计局). The last page (p41, 预算13表 部门整体支出绩效目标表) does print “部门名称 ' +
      '北京市统计局” and “（2026年度）”; that is the only place the year appears in a table heading.',
    'The all-funds functional table (预算03表 支出总表, p3–p7) prints only 7-digit 项 codes joined to ' +
      'names (“2010501-行政运行”), one line per 项 × economic category, with no 类/款 rows. Class codes ' +
      'are the first three digits of the 项 codes; class names and totals are from the 预算01表 ' +
      'expenditure side (p1). Class 基本支出/项目支出 are printed nowhere: the reader summed them from the ' +
      '03表 lines. They agree with the 03表 合计 row (32,780.463109 + 18,147.487632 = 50,927.950741), and ' +
      'each class total summed from 03表 equals the 01表 figure.',
    'rows: 2101101, 2101103, 2150299 and 2210202 are single printed lines of 03表; the other six are sums ' +
      'of several 03表 lines with the same 项 code (2010501: 32 lines, 2010505: 9, 2010599: 9, 2050803: 2, ' +
      '2080505: 2, 2210203: 2). 项 in 03表: 2010501, 2010502, 2010503, 2010505, 2010506, 2010507, 2010550, ' +
      '2010599, 2050803, 2080501, 2080505, 2080506, 2101101, 2101102, 2101103, 2150299, 2210201, 2210202, ' +
      '2210203.',
    '预算03表 columns 事业单位经营支出, 上缴上级支出, 对附属单位补助支出 are empty throughout.',
    'Wrapped names in 03表 (p7): “2080505-机关事业单位基本养老 / 保险缴费支出” and ' +
      '“2080506-机关事业单位职业年金 / 缴费支出” wrap over two text lines; in the rendered page the ' +
      '2080506 second line is clipped by the cell. The full names are printed in 05表 ' +
      '(机关事业单位基本养老保险缴费支出, 机关事业单位职业年金缴费支出).',
    '预算01表 (p1) lists all 26 classes by Chinese ordinal (一、一般公共服务支出 … ' +
      '二十六、抗疫特别国债安排的支出); only six carry an amount, the other 20 are blank. Income: ' +
      '一般公共预算拨款收入 50,665.496773 + 其他收入 0.957320 = 50,666.454093; 上年结转结余 369.765076; ' +
      '年终结转结余 108.268428 (a planned year-end balance, so 本年支出合计 50,927.950741 ≠ 本年收入合计). ' +
      'All totals in 01表 add up.',
    '预算02表 (p2): 上年结转结余 369.765076 = 一般公共预算资金 152.679076 + 单位资金 217.086000.',
    '预算05表 一般公共预算支出表 (p9–p18) repeats the 项 rows once per sub-unit without naming the unit; ' +
      'its 合计 (p18) is 50,818.175849 = 基本 32,757.015217 + 项目 18,061.160632 (扣除基建项目后 ' +
      '18,042.410632), equal to 预算04表 (p8) 收入总计 and 预算06表 合计 (p21, basic). 04表 class figures ' +
      'differ from 01表 (e.g. 一般公共服务支出 40,154.650805 vs 40,262.925697; 教育支出 392.972380 vs ' +
      '394.472380) because 04表 is 财政拨款 only.',
    '预算13表 (p41): 预算支出总额 50,927.950741; 财政拨款 50,818.175849 (基本 32,757.015217, 项目 ' +
      '18,061.160632); 其他资金 109.774892 (基本 23.447892, 项目 86.327000) — consistent with 03表.',
    '三公 (p24) prints only the budget-year figures (no previous-year column); 公务用车购置费 is blank. ' +
      '73.790000 = 45.190000 + 1.180000 + 27.420000.',
  ],
};
