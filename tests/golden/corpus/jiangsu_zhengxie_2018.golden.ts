import type { CorpusGolden } from './types';

export const golden: CorpusGolden = {
  files: ['jiangsu_zhengxie_2018_tables.pdf', 'jiangsu_zhengxie_2018_text.pdf'],
  department: '江苏省政协办公厅',
  year: 2018,
  kind: '部门预算',
  unit: '万元',
  sources: [
    'jiangsu_zhengxie_2018_tables.pdf p1: 公开01表 收支预算总表 (summary; all-funds class totals by ordinal)',
    'jiangsu_zhengxie_2018_tables.pdf p3: 公开03表 支出预算总表 (expenditure: 合计, 基本支出, 项目支出)',
    'jiangsu_zhengxie_2018_tables.pdf p4: 公开04表 财政拨款收支预算总表',
    'jiangsu_zhengxie_2018_tables.pdf p5: 公开05表 财政拨款支出预算表 (classes, rows)',
    'jiangsu_zhengxie_2018_tables.pdf p7: 公开07表 一般公共预算支出预算表 (same figures as 公开05表)',
    'jiangsu_zhengxie_2018_tables.pdf p9: 公开09表 “三公”经费、会议费、培训费支出预算表',
    'jiangsu_zhengxie_2018_text.pdf pp7-15: 第三部分 2018 年度部门预算情况说明 (totals, changes, 三公)',
  ],
  summary: {
    incomeCurrent: '10,150.48',
    incomeTotal: '10,150.48',
    expenditureCurrent: '10,150.48',
    expenditureTotal: '10,150.48',
  },
  expenditure: { total: '10,150.48', basic: '5,678.17', project: '3,314.68' },
  classes: [
    ['201', '一般公共服务支出', '7,747.46', '', ''],
    ['208', '社会保障和就业支出', '823.76', '', ''],
    ['221', '住房保障支出', '1,499.26', '', ''],
  ],
  rows: [
    ['20102', '政协事务', '7,747.46', '', ''],
    ['2010201', '行政运行', '4,432.78', '', ''],
    ['2010202', '一般行政管理事务', '1,780.22', '', ''],
    ['2010204', '政协会议', '814.16', '', ''],
    ['2010205', '委员视察', '429.30', '', ''],
    ['2010299', '其他政协事务支出', '291.00', '', ''],
    ['20805', '行政事业单位离退休', '823.76', '', ''],
    ['2080504', '未归口管理的行政单位离退休', '252.82', '', ''],
    ['2080505', '机关事业单位基本养老保险缴费支出', '407.81', '', ''],
    ['2080506', '机关事业单位职业年金缴费支出', '163.13', '', ''],
    ['22102', '住房改革支出', '1,499.26', '', ''],
    ['2210201', '住房公积金', '391.66', '', ''],
    ['2210202', '提租补贴', '1,107.60', '', ''],
  ],
  sanGong: {
    total: '675.10',
    abroad: '106.00',
    vehiclePurchase: '',
    vehicleOperation: '156.60',
    reception: '412.50',
  },
  notes: [
    'No all-funds expenditure table by functional classification exists: 公开03表 支出预算总表 ' +
      '(tables p3) prints only one row (合计 10,150.48, 基本支出 5,678.17, 项目支出 3,314.68, ' +
      '单位预留机动经费 1,157.63, 结转下年资金 blank), no functional rows.',
    'classes and rows are therefore from 公开05表 财政拨款支出预算表 (tables p5; 公开07表 p7 is ' +
      'identical), the only table with 类/款/项 codes. It covers 财政拨款 only (合计 10,070.48, not ' +
      '10,150.48) and has a single 金额 column, so basic and project are empty strings.',
    'All-funds class totals appear only in the 功能分类 column of 公开01表 收支预算总表 (tables p1), ' +
      'by Chinese ordinal without codes: 一、一般公共服务支出 7,827.46; 八、社会保障和就业支出 823.76; ' +
      '十八、住房保障支出 1,499.26 (sum 10,150.48). 201 is 80.00 more than in 公开05表 (7,747.46): ' +
      'the 80.00 其他资金 (其他收入). The other 17 of the 20 ordinal classes are printed empty.',
    'Summary labels on 公开01表 (tables p1): 当年收入小计 10,150.48 (incomeCurrent), 收入合计 ' +
      '10,150.48 (incomeTotal), 当年支出小计 10,150.48 (expenditureCurrent), 支出合计 10,150.48 ' +
      '(expenditureTotal); 上年结转资金/结转下年资金 blank. Income: 财政拨款 10,070.48 + 其他资金 80.00.',
    'expenditure.basic + expenditure.project = 8,992.85, not the total 10,150.48: the difference is ' +
      '单位预留机动经费 1,157.63 (5,678.17 + 3,314.68 + 1,157.63 = 10,150.48).',
    '公开04表 (tables p4): 基本支出 5,598.17, 项目支出 3,314.68, 单位预留机动经费 1,157.63, 合计 ' +
      '10,070.48; the 80.00 其他资金 is all 基本支出 (5,678.17 - 5,598.17).',
    '三公: sanGong.total is the “三公”经费 小计 675.10 (= 106.00 + 156.60 + 412.50). The table’s 合计 ' +
      '1,656.86 also includes 会议费 884.16 and 培训费 97.60. 公务用车购置费 is printed empty ' +
      '(narrative text p14: 0 万元).',
    'Unlike 2017, the 基本支出 economic table 公开06表 (tables p6) has no 提租补贴 item (303 is only ' +
      '离休费 219.82, 退休费 455.74, 奖励金 0.50), although 2210202 提租补贴 is 1,107.60 in 公开05表; ' +
      '住房公积金 moved to 30113 (391.66).',
    'Checked by adding up: 公开05表 rows sum to their 款/类 and to 10,070.48; 公开06表 items sum to ' +
      '5,598.17 (301 3,806.26 + 302 1,115.85 + 303 676.06); 政府采购 1,281.76 = 货物 355.67 + 服务 926.09.',
    'Narrative (text pp7-15) agrees with the tables and with the 2017 tables: +1,003.69 on 9,146.79 ' +
      '(10.97%); class changes +1,283.91/-685.96/+405.74; 基本 -238.10, 项目 +191, 预留 +1,050.79; every ' +
      '项 change matches 2017 表五; 三公 106 (+30), 412.50 (-31), 会议费 -210.46, 培训费 +16.',
    'Narrative text p15: 机关运行经费 1,115.85, 减少 2,233.13 万元, 下降 66.69% - but 2,233.13 / 3,348.98 ' +
      '(2017) = 66.68%.',
    'Narrative text pp12-13 writes “资金” for 奖金 in the 人员经费 list and leaves the template instruction ' +
      '“（按“部门预算公开 06 表 财政拨款基本支出预算表”中实际发生经济分类支出事项填写）” in the text; ' +
      'p12 “提租补政策性调整” (missing 贴).',
    '公开10表 政府性基金 table (tables p10) is empty: “注：本部门无该项目”.',
  ],
};
