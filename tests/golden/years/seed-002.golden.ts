import type { DocumentYearsGolden } from './types';

// Typed by hand from a reading of the seed text (第三部分 情况说明 and the tables); not taken from converter output.
export const golden: DocumentYearsGolden = {
  files: ['002_897c60de848f0506.txt'],
  department: '武汉市黄陂区大数据中心',
  year: 2024,
  statedChanges: [
    {
      // `2024 年收支总预算 1,261.69 万元。比 2023 年预算减少 33.20 万元，下降 2.56%，…`
      line: 832,
      subject: '收支总预算',
      current: '1,261.69',
      unit: '万元',
      direction: 'down',
      amount: '33.20',
      percent: '2.56',
      baseline: 'budget',
      baselineYear: 2023,
      selfConsistent: true, // 33.20 / 1294.89 = 2.564%
    },
    {
      // `2024 年一般公共预算拨款 1261.69 万元。其中：（1）本年预算 1261.69 万元，比 2023 年预算减少 33.20 万元，下降 2.56%`
      line: 850,
      subject: '一般公共预算拨款本年预算',
      current: '1261.69',
      unit: '万元',
      direction: 'down',
      amount: '33.20',
      percent: '2.56',
      baseline: 'budget',
      baselineYear: 2023,
      selfConsistent: true,
    },
    {
      line: 858,
      subject: '一般公共服务支出(类)网信事务(款)事业运行(项)',
      current: '1185.09',
      unit: '万元',
      direction: 'up',
      amount: '0.76',
      percent: '0.06',
      baseline: 'budget',
      baselineYear: 2023,
      selfConsistent: true, // 0.76 / 1184.33 = 0.064%
    },
    {
      line: 860,
      subject: '社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)',
      current: '27.73',
      unit: '万元',
      direction: 'down',
      amount: '10.70',
      percent: '27.83',
      baseline: 'budget',
      baselineYear: 2023,
      selfConsistent: true, // 10.70 / 38.43 = 27.843% → 27.84; 27.83 only at the edge of the printed amounts' rounding
    },
    {
      line: 862,
      subject: '卫生健康支出(类)行政事业单位医疗(款)事业单位医疗(项)',
      current: '19.43',
      unit: '万元',
      direction: 'down',
      amount: '8.06',
      percent: '29.32',
      baseline: 'budget',
      baselineYear: 2023,
      selfConsistent: true, // 8.06 / 27.49 = 29.320%
    },
    {
      line: 864,
      subject: '住房保障支出(类)住房改革支出(款)住房公积金(项)',
      current: '26.53',
      unit: '万元',
      direction: 'down',
      amount: '11.30',
      percent: '29.87',
      baseline: 'budget',
      baselineYear: 2023,
      selfConsistent: true, // 11.30 / 37.83 = 29.870%
    },
    {
      line: 866,
      subject: '住房保障支出(类)住房改革支出(款)提租补贴(项)',
      current: '2.91',
      unit: '万元',
      direction: 'down',
      amount: '3.90',
      percent: '57.28',
      baseline: 'budget',
      baselineYear: 2023,
      selfConsistent: true, // 3.90 / 6.81 = 57.269% → 57.27; 57.28 within the rounding of the printed amounts
    },
    {
      // `2024年一般公共预算“三公”经费支出5.09万元，比2023年减少0.30万元，下降5.57%`
      line: 882,
      subject: '“三公”经费',
      current: '5.09',
      unit: '万元',
      direction: 'down',
      amount: '0.30',
      percent: '5.57',
      baseline: 'unspecified',
      baselineYear: 2023,
      selfConsistent: true, // 0.30 / 5.39 = 5.566%
    },
    {
      line: 884,
      subject: '因公出国（境）经费',
      current: '0',
      unit: '万元',
      direction: 'flat', // 比上年增加0万元，增长0%
      amount: '0',
      percent: '0',
      baseline: 'unspecified',
      baselineYear: null,
      selfConsistent: true, // 0 → 0: the ratio is 0 ÷ 0, but nothing in the sentence disagrees (see notes)
    },
    {
      // `公务用车购置及运行维护费2.39万元（公务用车购置费0万元，公务用车运行维护费2.39万元），比上年增加0万元，增长0%`
      line: 886,
      subject: '公务用车购置及运行维护费',
      current: '2.39',
      unit: '万元',
      direction: 'flat',
      amount: '0',
      percent: '0',
      baseline: 'unspecified',
      baselineYear: null,
      selfConsistent: true,
    },
    {
      line: 888,
      subject: '公务接待费',
      current: '2.70',
      unit: '万元',
      direction: 'down',
      amount: '0.30',
      percent: '10',
      baseline: 'unspecified',
      baselineYear: null,
      selfConsistent: true, // 0.30 / 3.00 = 10%
    },
    {
      line: 918,
      subject: '机关运行经费',
      current: '98',
      unit: '万元',
      direction: 'down', // 降低 2%
      amount: '2',
      percent: '2',
      baseline: 'unspecified',
      baselineYear: 2023,
      selfConsistent: true, // 2 / 100 = 2%
    },
    {
      // `2023 年政府采购预算支出合计 400 万元，比上年度增加 0 万元，增长 0%` — the year is printed as 2023 (see notes)
      line: 922,
      subject: '政府采购预算支出合计',
      current: '400',
      unit: '万元',
      direction: 'flat',
      amount: '0',
      percent: '0',
      baseline: 'unspecified',
      baselineYear: null,
      selfConsistent: true,
    },
  ],
  priorColumns: [
    {
      // Lines 310–319, 部门总体资金情况: `当年金额 | 占比 | 近两年收支金额: 2023 年 | 2022 年`. Money, not indicator values.
      table: '表 11.整体支出绩效目标表',
      header: '2023 年',
      unit: '万元',
      rows: [
        ['财政拨款', '1294.89', '1261.69'],
        ['财政专户管理资金', '0', '0'],
        ['单位资金', '0', '0'],
        ['合 计', '1294.89', '1261.69'],
        ['人员类项目支出', '474.36', '519.26'],
        ['运转类项目支出', '17.55', '19.43'],
        ['特定目标类项目支出', '802.98', '723'],
        ['合 计', '1294.89', '1261.69'],
      ],
    },
  ],
  notes: [
    'Title: `黄陂区大数据中心（汇总）2024 年部门预算`; the tables name the department `武汉市黄陂区大数据中心` (code 032), with three units (032001–032003).',
    'Line 832: the current amount (1,261.69) and the change are in two sentences (`…1,261.69 万元。比 2023 年预算减少 33.20 万元，下降 2.56%`); counted as one stated change. It and line 850 state the same change of the same total (1261.69, −33.20, 2.56%).',
    'Line 922 `2023 年政府采购预算支出合计 400 万元，比上年度增加 0 万元` in a 2024 budget: the year looks wrong (should be 2024; 400 万元 is the 2024 “一张网”运行维护费, cf. line 926 `2024 年政府购买服务预算支出合计 400 万元`). Typed with current 400 and no baseline year.',
    'Line 918 机关运行经费 98 万元 (比 2023 年减少 2 万元，降低 2%) does not match 公用经费 19.43 万元 (表6); it is close to 公用经费 + 单位运行经费 项目 78 万元 = 97.43.',
    'Line 860: 10.70 / 38.43 = 27.843%, which would print 27.84; 27.83 is reachable only at the edge of the printed amounts’ rounding. Line 866: 3.90 / 6.81 = 57.269% → 57.27, printed 57.28 (within rounding). Both typed selfConsistent true but are borderline.',
    'Line 884: 因公出国（境）经费 0 → 0 with `增长0%`; the ratio is 0 ÷ 0 (undefined), typed selfConsistent true because the sentence is internally coherent (no change). A strict computation would give null.',
    'The five 项 changes sum to the total: +0.76 − 10.70 − 8.06 − 11.30 − 3.90 = −33.20. The 三公 total change −0.30 equals the 公务接待费 change. 2024 − 2023 in 表11 (1261.69 vs 1294.89) also gives −33.20.',
    'The 三公 and 机关运行经费 sentences compare with `2023年` / `上年` without 预算 (baseline unspecified); the total and 项 sentences say `比 2023 年预算`.',
    '表 11 also prints a `2022 年` column beside `2023 年` (财政拨款 1313.03, 合计 1313.03, 人员类 316.66, 运转类 13.53, 特定目标类 982.84); not typed as a prior column since it is two years back.',
    '表 11 (lines 372–418) and every 项目 年度绩效目标表 (lines 489, 559, 625, 686, 749, 812) have 前年/上年 indicator columns (line 418 prints `前_年 上_年`); these are 绩效指标 history (98%), not budget figures, and are left out.',
    'Each 部门项目申报表 prints `项目前两年预算及当年预算变动情况` with earlier years’ budgets (e.g. line 445 `2022 年预算 662.86 万元，2023 年预算 400 万元，2024 年预算 400 万元`; lines 517, 587, 653, 716, 779); they state levels, not a change with 增加/减少, so they are not in statedChanges.',
    'Line 934 says `4 个一级项目支出绩效目标`, but 表10 lists 6 projects.',
  ],
};
