import type { CorpusGolden } from './types';

export const golden: CorpusGolden = {
  files: ['jiangsu_zhengxie_2019_tables.pdf', 'jiangsu_zhengxie_2019_text.pdf'],
  department: '江苏省政协办公厅',
  year: 2019,
  kind: '部门预算',
  unit: '万元',
  sources: [
    'jiangsu_zhengxie_2019_tables.pdf p1: 公开01表 收支预算总表 (summary; all-funds class totals by ordinal)',
    'jiangsu_zhengxie_2019_tables.pdf p3: 公开03表 支出预算总表 (expenditure: 合计, 基本支出, 项目支出)',
    'jiangsu_zhengxie_2019_tables.pdf p4: 公开04表 财政拨款收支预算总表',
    'jiangsu_zhengxie_2019_tables.pdf p5: 公开05表 财政拨款支出预算表（功能科目） (classes, rows)',
    'jiangsu_zhengxie_2019_tables.pdf p7: 公开07表 一般公共预算支出预算表（功能科目） (same figures)',
    'jiangsu_zhengxie_2019_tables.pdf p9: 公开09表 “三公”经费、会议费、培训费支出预算表',
    'jiangsu_zhengxie_2019_text.pdf pp9-17: 第三部分 2019 年度部门预算情况说明 (totals, changes, 三公)',
  ],
  summary: {
    incomeCurrent: '13,377.11',
    incomeTotal: '13,377.11',
    expenditureCurrent: '13,377.11',
    expenditureTotal: '13,377.11',
  },
  expenditure: { total: '13,377.11', basic: '6,522.75', project: '4,968.34' },
  classes: [
    ['201', '一般公共服务支出', '10,191.56', '', ''],
    ['208', '社会保障和就业支出', '858.51', '', ''],
    ['221', '住房保障支出', '2,247.04', '', ''],
  ],
  rows: [
    ['20102', '政协事务', '10,191.56', '', ''],
    ['2010201', '行政运行', '5,223.22', '', ''],
    ['2010202', '一般行政管理事务', '3,159.78', '', ''],
    ['2010204', '政协会议', '1,282.56', '', ''],
    ['2010205', '委员视察', '426.00', '', ''],
    ['2010299', '其他政协事务支出', '100.00', '', ''],
    ['20805', '行政事业单位离退休', '858.51', '', ''],
    ['2080504', '未归口管理的行政单位离退休', '277.05', '', ''],
    ['2080505', '机关事业单位基本养老保险缴费支出', '415.33', '', ''],
    ['2080506', '机关事业单位职业年金缴费支出', '166.13', '', ''],
    ['22102', '住房改革支出', '2,247.04', '', ''],
    ['2210201', '住房公积金', '492.87', '', ''],
    ['2210202', '提租补贴', '1,754.17', '', ''],
  ],
  sanGong: {
    total: '660.10',
    abroad: '106.00',
    vehiclePurchase: '',
    vehicleOperation: '156.60',
    reception: '397.50',
  },
  notes: [
    'No all-funds expenditure table by functional classification exists: 公开03表 支出预算总表 ' +
      '(tables p3) prints only one row (合计 13,377.11, 基本支出 6,522.75, 项目支出 4,968.34, ' +
      '单位预留机动经费 1,886.02, 结转下年资金 blank), no functional rows.',
    'classes and rows are therefore from 公开05表 财政拨款支出预算表（功能科目） (tables p5; 公开07表 p7 ' +
      'is identical), the only table with 类/款/项 codes. It covers 财政拨款 only (合计 13,297.11, not ' +
      '13,377.11) and has a single 金额 column, so basic and project are empty strings.',
    'All-funds class totals appear only in the 功能分类 column of 公开01表 收支预算总表 (tables p1), ' +
      'by Chinese ordinal without codes: 一、一般公共服务支出 10,271.56; 八、社会保障和就业支出 858.51; ' +
      '十八、住房保障支出 2,247.04 (sum 13,377.11). 201 is 80.00 more than in 公开05表 (10,191.56): ' +
      'the 80.00 其他资金 (其他收入). The other 17 ordinal classes are printed empty.',
    '公开01表 keeps the old 20-class list (九、医疗卫生与计划生育支出, 十七、国土海洋气象等支出; no ' +
      '灾害防治及应急管理支出).',
    'Summary labels on 公开01表 (tables p1): 当年收入小计 13,377.11 (incomeCurrent), 收入合计 ' +
      '13,377.11 (incomeTotal), 当年支出小计 13,377.11 (expenditureCurrent), 支出合计 13,377.11 ' +
      '(expenditureTotal); 上年结转资金/结转下年资金 blank. Income: 财政拨款 13,297.11 + 其他资金 80.00.',
    'expenditure.basic + expenditure.project = 11,491.09, not the total 13,377.11: the difference is ' +
      '单位预留机动经费 1,886.02 (6,522.75 + 4,968.34 + 1,886.02 = 13,377.11).',
    '公开04表 (tables p4): 基本支出 6,442.75, 项目支出 4,968.34, 单位预留机动经费 1,886.02, 合计 ' +
      '13,297.11; the 80.00 其他资金 is all 基本支出 (6,522.75 - 6,442.75).',
    '三公: sanGong.total is the “三公”经费 小计 660.10 (= 106.00 + 156.60 + 397.50). The table’s 合计 ' +
      '2,224.43 also includes 会议费 1,282.56 and 培训费 281.77. 公务用车购置费 is printed empty ' +
      '(narrative text p16: 0 万元).',
    'Checked by adding up: 公开05表 rows sum to their 款/类 and to 13,297.11; 公开06表 基本支出 items ' +
      'sum to 6,442.75 (301 4,367.96 + 302 1,130.74 + 303 944.05; no 提租补贴 item, as in 2018); ' +
      '政府采购 1,624.42 = 货物 350.00 + 服务 1,274.42.',
    'Narrative (text pp9-17) agrees with the tables and with the 2018 tables: +3,226.63 on 10,150.48 ' +
      '(31.79%); class changes +2,444.1/+34.75/+747.78; 基本 +844.58, 项目 +1,653.66, 预留 +728.39; every ' +
      '项 change matches 2018 公开05表; 三公 接待 -15, 会议费 +398.4, 培训费 +184.17; 机关运行 +14.89.',
    'Narrative text p11 rounds shares to one decimal (99.4%, 0.6%, 14.1%), elsewhere two (48.76%, 37.14%).',
    'Narrative text p1 is an image-only cover (text layer only “- 1 -”); p7 has a dangling “组织召开。”; ' +
      'pp14-15 write “资金” for 奖金 and leave the template instruction “（按“部门预算公开 06 表 …”中' +
      '实际发生经济分类支出事项填写）” in the text.',
    '公开12表 政府采购预算表 (tables p12) wraps item names: “便携式计算机（20万以 / 下）”, ' +
      '“车辆及其他运输机械租赁 / 服务”.',
    '公开10表 政府性基金 table (tables p10) is empty: “注：本部门无该项目”.',
  ],
};
