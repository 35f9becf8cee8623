import type { CorpusGolden } from './types';

export const golden: CorpusGolden = {
  files: ['suzhou_sjj_2026.pdf'],
  department: '苏州市审计局',
  year: 2026,
  kind: '部门预算',
  unit: '万元',
  sources: [
    'cover: 苏州市审计局 2026 年度部门预算公开, p1',
    '公开 01 表 收支总表, p9 (summary)',
    '公开 03 表 支出总表, p11 (expenditure; classes; rows)',
    '公开 05 表 财政拨款支出表（功能科目）, p14 (cross-check, adds 人员经费/公用经费)',
    '公开 07 表 一般公共预算支出表, p16 (cross-check)',
    '公开 09 表 一般公共预算“三公”经费、会议费、培训费支出表, p18 (sanGong)',
    '第三部分 2026 年度部门预算情况说明, pp23–30 (narrative cross-check)',
  ],
  summary: {
    incomeCurrent: '4,651.67',
    incomeTotal: '4,651.67',
    expenditureCurrent: '4,651.67',
    expenditureTotal: '4,651.67',
  },
  expenditure: { total: '4,651.67', basic: '4,312.17', project: '339.50' },
  classes: [
    ['201', '一般公共服务支出', '2,906.63', '2,567.13', '339.50'],
    ['208', '社会保障和就业支出', '442.09', '442.09', ''],
    ['221', '住房保障支出', '1,302.95', '1,302.95', ''],
  ],
  rows: [
    ['20108', '审计事务', '2,906.63', '2,567.13', '339.50'],
    ['2010801', '行政运行', '2,342.00', '2,342.00', ''],
    ['2010802', '一般行政管理事务', '339.50', '', '339.50'],
    ['2010850', '事业运行', '225.13', '225.13', ''],
    ['20805', '行政事业单位养老支出', '442.09', '442.09', ''],
    ['2080505', '机关事业单位基本养老保险缴费支出', '298.72', '298.72', ''],
    ['2080506', '机关事业单位职业年金缴费支出', '143.37', '143.37', ''],
    ['22102', '住房改革支出', '1,302.95', '1,302.95', ''],
    ['2210201', '住房公积金', '345.48', '345.48', ''],
    ['2210202', '提租补贴', '555.50', '555.50', ''],
    ['2210203', '购房补贴', '401.97', '401.97', ''],
  ],
  sanGong: {
    total: '10.00',
    abroad: '0.00',
    vehiclePurchase: '0.00',
    vehicleOperation: '0.00',
    reception: '10.00',
  },
  notes: [
    'PDF page numbers are one more than the printed ones: the cover (p1) is unnumbered, so 公开 01 表 on ' +
      'PDF p9 prints “- 8 -” and 公开 03 表 on p11 prints “- 10 -”. Every page carries the running header ' +
      '“苏州市审计局 2026 年度部门预算公开”.',
    'One budget unit (p6: 共计 1 家, 苏州市审计局; 苏州市经济责任审计中心 is a 非独立编制预算单位); the tables list ' +
      '024 苏州市审计局 and 024001 苏州市审计局 (公开 02 表, p10). Not labelled 汇总.',
    'All income is 一般公共预算拨款 (公开 01 表 p9: 4,651.67; no 上年结转结余), so 公开 03 表 (all funds), 05 表 ' +
      '(财政拨款) and 07 表 (一般公共预算) agree row by row; 05 and 07 split 基本支出 into 人员经费 3,916.57 and ' +
      '公用经费 395.60.',
    'In 公开 03 表 (p11) the name of 2080505 wraps onto a second line: “机关事业单位基本养老保险缴费 / 支出”; ' +
      '05 and 07 print it on one line.',
    '公开 01 表 (p9) lists 30 expenditure classes by Chinese ordinal (一、… 三十、抗疫特别国债安排的支出), no codes; ' +
      'only 一、一般公共服务支出, 八、社会保障和就业支出 and 二十、住房保障支出 carry amounts.',
    'All sums checked: classes 2,906.63 + 442.09 + 1,302.95 = 4,651.67; basic 2,567.13 + 442.09 + ' +
      '1,302.95 = 4,312.17; 项 add up to their 款; 公开 06 表 (p15) 301 3,584.70 + 303 331.87 = ' +
      '人员经费 3,916.57 and 302 = 公用经费 395.60. The narrative (p24, p26–27) changes versus last year ' +
      'are also consistent (+47.15).',
    '三公 table (p18) prints empty cells as 0.00; 会议费 10.00 and 培训费 43.00 are printed beside it and are ' +
      'not in the “三公” 合计 10.00. Narrative (p29) agrees (10 万元, 接待 10, 会议费 10, 培训费 43).',
    'Oddity, not an arithmetic error: 公开 06/08 表 (pp15, 17) have 30110 职工基本医疗保险缴费 91.55 and 30111 ' +
      '公务员医疗补助缴费 5.52, but no function table has a 210 卫生健康支出 class; and 培训费 43.00 has no 30216 ' +
      'line in the 基本支出 economic tables, so it sits in the 项目支出 339.50.',
    'The narrative drops trailing zeros (项目支出 339.5, 公用经费 395.6, p25, p28). 公开 10/11 表 (pp19–20) are ' +
      'empty with a note (no 政府性基金 / 国有资本经营 budget). 公开 13 表 (p22) wraps the unit name ' +
      '“苏州市审计 / 局”.',
  ],
};
