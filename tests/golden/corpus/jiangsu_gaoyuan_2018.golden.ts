import type { CorpusGolden } from './types';

export const golden: CorpusGolden = {
  files: ['jiangsu_gaoyuan_2018.pdf'],
  department: '江苏省高级人民法院',
  year: 2018,
  kind: '部门预算',
  unit: '万元',
  sources: [
    'jiangsu_gaoyuan_2018.pdf pp9-10: 一、2018 年度江苏省高级人民法院收支预算总表 (summary; runs on to p10)',
    'jiangsu_gaoyuan_2018.pdf p10: 三、2018 年度江苏省高级人民法院支出预算总表 (expenditure)',
    'jiangsu_gaoyuan_2018.pdf pp10-11: 四、2018 年度江苏省高级人民法院财政拨款收支预算总表',
    'jiangsu_gaoyuan_2018.pdf p11: 五、2018 年度江苏省高级人民法院财政拨款支出预算表 (classes, rows)',
    'jiangsu_gaoyuan_2018.pdf pp12-13: 七、2018 年度江苏省高级人民法院一般公共预算支出预算表 (same figures)',
    'jiangsu_gaoyuan_2018.pdf p14: 九、2018 年江苏省高级人民法院“三公”经费、会议费、培训费支出预算表',
    'jiangsu_gaoyuan_2018.pdf pp16-24: 第三部分 江苏省高级人民法院 2018 年度预算情况说明',
  ],
  summary: {
    incomeCurrent: '33,172.15',
    incomeTotal: '33,172.15',
    expenditureCurrent: '33,172.15',
    expenditureTotal: '33,172.15',
  },
  expenditure: { total: '33,172.15', basic: '18,570.82', project: '11,343.27' },
  classes: [
    ['204', '公共安全支出', '26,200.88', '', ''],
    ['208', '社会保障和就业支出', '2,254.76', '', ''],
    ['221', '住房保障支出', '4,716.51', '', ''],
  ],
  rows: [
    ['20405', '法院', '26,200.88', '', ''],
    ['2040501', '行政运行', '14,857.61', '', ''],
    ['2040502', '一般行政管理事务', '6,049.97', '', ''],
    ['2040503', '机关服务', '1,600.00', '', ''],
    ['2040504', '案件审判', '1,833.30', '', ''],
    ['2040505', '案件执行', '950.00', '', ''],
    ['2040599', '其他法院支出', '910.00', '', ''],
    ['20805', '行政事业单位离退休', '2,254.76', '', ''],
    ['2080504', '未归口管理的行政单位离退休', '397.23', '', ''],
    ['2080505', '机关事业单位基本养老保险缴费支出', '1,326.81', '', ''],
    ['2080506', '机关事业单位职业年金缴费支出', '530.72', '', ''],
    ['22102', '住房改革支出', '4,716.51', '', ''],
    ['2210201', '住房公积金', '1,398.26', '', ''],
    ['2210202', '提租补贴', '3,318.25', '', ''],
  ],
  sanGong: {
    total: '620.75',
    abroad: '170.00',
    vehiclePurchase: '',
    vehicleOperation: '266.80',
    reception: '183.95',
  },
  notes: [
    'No expenditure table by functional classification with a 基本支出/项目支出 split exists: 三、支出预算总表 ' +
      '(p10) prints only one row (合计 33,172.15, 基本支出 18,570.82, 项目支出 11,343.27, 单位预留机动经费 ' +
      '3,258.06, 结转下年资金 blank).',
    'classes and rows are from 五、财政拨款支出预算表 (p11; 七、一般公共预算支出预算表 pp12-13 is identical), ' +
      'the only table with 类/款/项 codes; single 金额 column, so basic and project are empty strings. All ' +
      'income is 一般公共预算 (其他资金 blank), so this 财政拨款 table equals all funds (合计 33,172.15).',
    '收支预算总表 (pp9-10) lists the 20 classes by ordinal: 一、一般公共服务支出 printed empty; 四、公共安全支出 ' +
      '26,200.88; 八、社会保障和就业支出 2,254.76; 十八、住房保障支出 4,716.51 (on p10, after the page break, ' +
      'no repeated header). Label wraps: “三、单位预留机动经 / 费”.',
    'Summary labels (pp9-10): 当年收入小计 33,172.15 (incomeCurrent), 收入合计 33,172.15 (incomeTotal), ' +
      '当年支出小计 33,172.15 (expenditureCurrent), 支出合计 33,172.15 (expenditureTotal); 上年结转资金 and ' +
      '结转下年资金 blank.',
    'expenditure.basic + expenditure.project = 29,914.09, not the total 33,172.15: the difference is ' +
      '单位预留机动经费 3,258.06 (18,570.82 + 11,343.27 + 3,258.06 = 33,172.15).',
    '三公: sanGong.total is the “三公”经费 小计 620.75 (= 170.00 + 266.80 + 183.95). The table’s 合计 ' +
      '2,558.26 also includes 会议费 271.26 and 培训费 1,666.25. 公务用车购置费 is printed empty ' +
      '(narrative p23: 0 万元).',
    'INCONSISTENCY, narrative p19: “法院（款）一般行政事务管理（项）支出 6049.97 万元，与上年相比减少 392.92 ' +
      '万元，减少 5.95%”. 392.92 would be 6.10% of 6,442.89; the 2017 table (jiangsu_gaoyuan_2017.pdf, ' +
      '2040502 6,432.89) gives a fall of 382.92 = 5.95%. The narrative’s 204 class change (p17: +2,687.77) ' +
      'also needs 382.92: its 项 changes (+3,070.69, -392.92, 0, +100, -100, 0) sum to +2,677.77.',
    'Narrative p19 names 2040502 “一般行政事务管理”; the tables print “一般行政管理事务”.',
    'Narrative p20: 案件执行 “减少 100 万元，减少 9.52，” - the % sign is missing (100 / 1,050 = 9.52%).',
    'Narrative figures have no thousands separators (33172.15), the tables do (33,172.15). Other narrative ' +
      'figures agree with the tables: +4,322.77 / 14.98% (= 1,447.63 - 200 + 3,075.14); class changes ' +
      '+2,687.77/-92.37/+1,727.37; shares 55.98%/34.20%/9.82%; 人员经费 15,163.44 (= 301 13,747.87 + 303 ' +
      '1,415.57), 公用经费 3,407.38; 三公 shares 27.39%/42.98%/29.63%; 政府采购 4,641.62.',
    'Checked by adding up: 五 rows sum to their 款/类 and to 33,172.15; 六/八 基本支出 items sum to 18,570.82 ' +
      '(301 13,747.87 + 302 3,407.38 + 303 1,415.57); 政府采购 4,641.62 = 货物 962.86 + 工程 539.00 + ' +
      '服务 3,139.76 (pp15-16).',
    'Layout: tables share pages and run over page breaks with no repeated title or header (六 pp11-12, ' +
      '七 pp12-13, 八 pp13-14, 十一 pp14-15, 十二 pp15-16); titles carry year and name, no 部门 line, no ' +
      'page numbers. 十、政府性基金预算财政拨款支出预算表 (p14) is empty (合计 row blank, no note).',
  ],
};
