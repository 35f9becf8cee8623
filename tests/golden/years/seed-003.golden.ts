import type { DocumentYearsGolden } from './types';

// Typed by hand from a reading of the seed text (第一部分 情况说明 and the tables); not taken from converter output.
export const golden: DocumentYearsGolden = {
  files: ['003_8ad8223cbf43f16e.txt'],
  department: '秦皇岛市海港区发展服务中心',
  year: 2025,
  statedChanges: [
    {
      // `2025年预算收支安排2143.14万元，较2024年预算增加1775.87万元，其中：基本支出减少31.83万元，…项目支出增加1807.70万元，…`
      line: 1459,
      subject: '预算收支',
      current: '2143.14',
      unit: '万元',
      direction: 'up',
      amount: '1775.87',
      percent: null,
      baseline: 'budget',
      baselineYear: 2024,
      selfConsistent: null,
    },
    {
      // `2025年，我部门财政拨款“三公”经费预算安排0.00万元，其中…公务接待费0.00万元。与2024年相比增加0.00万元，…`
      line: 1463,
      subject: '“三公”经费',
      current: '0.00',
      unit: '万元',
      direction: 'flat',
      amount: '0.00',
      percent: null,
      baseline: 'unspecified',
      baselineYear: 2024,
      selfConsistent: null,
    },
  ],
  priorColumns: [],
  notes: [
    'Line 1459, same sentence: `基本支出减少31.83万元` and `项目支出增加1807.70万元` state changes without printing the current amounts (基本支出 181.04 and 项目支出 1962.10 are on line 1457); left out of statedChanges. They agree with the total: −31.83 + 1807.70 = 1775.87, implying a 2024 budget of 367.27 (基本 212.87, 项目 154.40).',
    'Line 1459 explains 项目支出增加1807.70万元 with `主要为数字网格化管理平台项目34.6万元；…155.2万元` — these are the projects’ 2025 amounts (copied from line 1457), not their increases.',
    'Line 1463: the 三公 amount (0.00) and the change (`与2024年相比增加0.00万元`) are in two sentences; counted as one stated change, flat. The 三公 items (因公出国（境）费, 公务用车购置及运维费, 公务接待费, all 0.00) are stated without any change of their own.',
    'Line 1457 lists 智慧海港综合指挥平台维保项目（WL） and 公共安全视频监控建设联网应用“雪亮工程”运维（WL） without amounts (685.00 and 1047.00 in the 政府采购 table and 绩效目标表).',
    '机关运行经费 (line 1461, 5.58) and 政府采购 (1923.62) are stated without a change from 2024.',
    'No table prints a prior-year column; the only 上年 headers are 上年结转结余 / 上年结转 (lines 215, 239, 1994), and 部门固定资产占用情况表 gives 上年末 (2024-12-31) assets 122.61 as a level. Performance tables have no 前年/上年 columns.',
  ],
};
