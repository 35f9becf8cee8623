// Every real disclosure vendored in public/data/sources converts, and every accounting identity
// it fails is either a rounding tail (parts printed rounded, off by a few of the last printed
// digit) or one of the contradictions below — found by people reading the PDFs, page by page,
// who confirmed that the document itself disagrees. A new failure means the converter misread
// something (or a new contradiction to verify and list); a listed one that passes means the
// converter now reads something else than what the document prints.

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/domain/budget';
import type { Check } from '../../src/domain/checks';
import { listGroups } from '../../scripts/sources';
import { convertPdfs } from './corpus-helpers';
import { printed, SOURCES } from './helpers';

interface Contradiction {
  id: string;
  check: string;
  /** The check's two sides as printed, in 万元: the stated figure and the sum (or figure) it should equal. */
  left: string;
  right: string;
  why: string;
}

const CONTRADICTIONS: readonly Contradiction[] = [
  {
    id: 'beijing_ybj_2026',
    check: 'cross-table:预算表01 收支总表:class:卫生健康支出',
    left: '101,857.847222',
    right: '20,078.847222',
    why:
      '预算01表 p.1 (and 预算04表 p.5) print 九、卫生健康支出 101,857.847222; the 2101xxx rows of 预算03表 ' +
      '(pp.3–4) and 预算05表 (p.6) add up to 20,078.847222, although both tables print a 合计 that ' +
      'includes the missing 81,779.00 of project spending. No row, hidden or drawn, holds it.',
  },
  {
    id: 'huzhou_jtysj_2026',
    check: 'cross-table:income.fiscal',
    left: '42,673.03',
    right: '192,207.76',
    why:
      '表04 财政拨款收支预算总表 p.28 prints 一、财政拨款 42,673.03 (35,673.03 + 7,000.00) while its own ' +
      'expenditure rows add up to 192,207.76, the 财政拨款 表01 p.21 prints.',
  },
  {
    id: 'huzhou_jtysj_2026',
    check: 'cross-table:income.gpb',
    left: '52,244.36',
    right: '35,673.03',
    why: '表02 p.24 prints 一般公共预算 52,244.36 (as 表05 p.30 does); 表04 p.28 prints 35,673.03.',
  },
  {
    id: 'huzhou_jtysj_2026',
    check: 'cross-table:income.gov-fund',
    left: '139,963.40',
    right: '7,000.00',
    why: '表02 p.24 prints 政府性基金预算 139,963.40 (as 表08 p.36 does); 表04 p.28 prints 7,000.00.',
  },
  {
    id: 'huzhou_jtysj_2026',
    check: 'projects-sum:department',
    left: '171,262.41',
    right: '171,462.41',
    why:
      '表03 p.25 prints 项目支出 171,262.41 and, apart, 事业单位经营支出 200.00; 表10 项目支出预算表 p.38 ' +
      'adds up to 171,462.41 because its 湖州航区骨干航道养护 (5,499.85) includes that 200.00.',
  },
  {
    id: 'huzhou_wjw_2026',
    check: 'cross-table:income.fiscal',
    left: '38,191.21',
    right: '64,618.75',
    why: '表04 p.33 prints 一、财政拨款 38,191.21 (25,591.21 + 12,600.00); 表01 and 表02 print 64,618.75.',
  },
  {
    id: 'huzhou_wjw_2026',
    check: 'cross-table:income.gpb',
    left: '37,018.75',
    right: '25,591.21',
    why: '表02 prints 一般公共预算 37,018.75; 表04 p.33 prints 25,591.21.',
  },
  {
    id: 'huzhou_wjw_2026',
    check: 'cross-table:income.gov-fund',
    left: '27,600.00',
    right: '12,600.00',
    why: '表02 prints 政府性基金预算 27,600.00; 表04 p.33 prints 12,600.00.',
  },
  // Stated changes whose amount and percentage disagree (within one unit of the percentage's last
  // digit, and the rounding of both amounts): the narrative's own arithmetic, read on the page.
  {
    id: 'huzhou_jtysj_2026',
    check: 'narrative:fiscal-total',
    left: '192,207.76',
    right: '42,673.03',
    why: '情况说明 p.7 prints 财政拨款收支总预算 192,207.76 (52,244.36 一般公共预算 + 139,963.40 政府性基金, as 表02 does); 表04 p.28 prints 财政拨款 42,673.03 — the 表04 contradiction listed above.',
  },
  {
    id: 'huzhou_wjw_2026',
    check: 'narrative:fiscal-total',
    left: '64,618.75',
    right: '38,191.21',
    why: '情况说明 p.8 prints 财政拨款收支总预算 64,618.75 (37,018.75 + 27,600.00); 表04 p.33 prints 38,191.21 — the 表04 contradiction listed above.',
  },
  {
    id: 'huzhou_tyjrswj_2026',
    check: 'change-percent:收入预算',
    left: '336.67',
    right: '329.649',
    why: 'p.5: 收入预算 6256.31 万元，比上年执行数减少 336.67 万元，下降 5.0%; 336.67 / (6256.31 + 336.67) = 5.11 %.',
  },
  {
    id: 'huzhou_tyjrswj_2026',
    check: 'change-percent:支出预算',
    left: '268.28',
    right: '239.5212',
    why: 'p.5: 支出预算 6256.31 万元，比上年执行数增加 268.28 万元，增长 4.0%; 268.28 / (6256.31 − 268.28) = 4.48 %.',
  },
  {
    id: 'huzhou_tyjrswj_2026',
    check: 'change-percent:一般公共预算当年拨款',
    left: '263.59',
    right: '249.464',
    why: 'p.6: 一般公共预算当年拨款 5973.01 万元，比上年执行数减少 263.59 万元，下降 4.0%; 263.59 / 6236.60 = 4.23 %.',
  },
  {
    id: 'huzhou_tyjrswj_2026',
    check: 'change-percent:湖州市退役军人事务局本级1家行政单位的机关运行经费财政拨款预算',
    left: '4.98',
    right: '4.8384',
    why: 'p.10: 机关运行经费财政拨款预算 48.78 万元，比上年预算减少 4.98 万元，下降 9.0%; 4.98 / 53.76 = 9.26 %.',
  },
  {
    id: 'huzhou_tyjrswj_2026',
    check: 'change-percent:湖州市退役军人事务局各单位培训费预算',
    left: '2.02',
    right: '1.6612',
    why: 'p.11: 培训费预算 39.51 万元，比上年预算数减少 2.02 万元，下降 4.00%; 2.02 / 41.53 = 4.86 %.',
  },
  {
    id: 'jiangsu_gaoyuan_2017',
    check: 'change-percent:住房改革支出（款）提租补贴（项）支出',
    left: '865.57',
    right: '865.13901',
    why: 'p.22: 提租补贴（项）支出 1959.99 万元，与上年相比增加 865.57 万元，增长 79.05%; 865.57 / 1094.42 = 79.09 %.',
  },
  {
    id: 'jiangsu_gaoyuan_2018',
    check: 'change-percent:法院（款）一般行政事务管理（项）支出',
    left: '392.92',
    right: '383.351955',
    why: 'p.19: 一般行政事务管理（项）支出 6049.97 万元，减少 392.92 万元，减少 5.95%; 392.92 / 6442.89 = 6.10 %. The 2017 disclosure prints 6,432.89: the drop is 382.92 (5.95 %), so 392.92 is a typo.',
  },
  {
    id: 'jiangsu_jianchayuan_2017',
    check: 'change-percent:本部门一般公共预算机关运行经费预算支出',
    left: '3401.59',
    right: '3419.458712',
    why: 'p.22: 机关运行经费预算支出 6032.55 万元，比 2016 年增加 3401.59 万元，增长 129.97%; 3401.59 / 2630.96 = 129.29 %.',
  },
  {
    id: 'jiangsu_jianchayuan_2018',
    check: 'change-percent:支出预算总计',
    left: '3958.67',
    right: '3950.27126',
    why: 'p.23: 收、支预算总计 21,955.35 万元，各增加 3958.67 万元，增长 21.95%; 3958.67 / 17996.68 = 22.00 % (17,996.68 is the 2017 disclosure’s total).',
  },
  {
    id: 'jiangsu_jianchayuan_2018',
    check: 'change-percent:一般行政管理事务（项）支出',
    left: '21.8',
    right: '2.18652',
    why: 'p.26: 一般行政管理事务（项）支出 3,666 万元，增加 21.8 万元，增长 0.06 %; 21.8 / 3644.2 = 0.60 %.',
  },
  {
    id: 'jiangsu_jianchayuan_2018',
    check: 'change-percent:执行等检察监督支出（项）',
    left: '134',
    right: '13.3914',
    why: 'p.26: 公诉、审判、侦查、执行等检察监督支出（项）1,895 万元，减少 134 万元，降幅 0.66 %; 134 / 2029 = 6.60 %.',
  },
  {
    id: 'jiangsu_jianchayuan_2019',
    check: 'change-percent:支出预算总计',
    left: '2214.39',
    right: '2208.70821',
    why: 'p.25: 收、支预算总计 24,169.74 万元，各增加 2214.39 万元，增长 10.06%; 2214.39 / 21955.35 = 10.09 % (21,955.35 is the 2018 disclosure’s total).',
  },
  {
    id: 'jiangsu_jianchayuan_2019',
    check: 'change-percent:项目支出预算数',
    left: '1237.7',
    right: '736.7506',
    why: 'p.26: 项目支出预算数为 4335.3 万元，减少了 1237.7 万元，减少 13.22 %; 1237.7 / 5573 = 22.21 % (13.22 % is the basic expenditure’s rate, printed just before).',
  },
  {
    id: 'jiangsu_rendafangongting_2018',
    check: 'change-percent:单位预留机动经费预算数',
    left: '1557.29',
    right: '1685.720808',
    why: 'p.21: 单位预留机动经费预算数为 1685.72 万元，增加 1557.29 万元，增长 1312.56%; 1557.29 / 128.43 = 1212.56 %.',
  },
  {
    id: 'jiangsu_shengweibangongting_2017',
    check: 'change-percent:党委办公厅（室）及相关机构事务（款）行政运行（项）支出',
    left: '101.48',
    right: '99.691466',
    why: 'p.8: 行政运行（项）支出 6106.99 万元，与上年相比增加 101.48 万元，增长 1.66%; 101.48 / 6005.51 = 1.69 %.',
  },
  {
    id: 'jiangsu_shengweibangongting_2019',
    check: 'change-percent:住房保障（类）支出',
    left: '878.93',
    right: '904.548',
    why: 'p.8: 住房保障（类）支出 3894.09 万元，与上年相比增加 878.93 万元，增长30%; 878.93 / 3015.16 = 29.15 % (29 % rounded or cut).',
  },
  {
    id: 'jiangsu_zhengxie_2018',
    check: 'change-percent:一般公共预算机关运行经费预算支出',
    left: '2233.13',
    right: '2233.434762',
    why: 'p.15: 机关运行经费预算支出 1,115.85 万元，与上年相比减少 2,233.13 万元，下降 66.69%; 2233.13 / 3348.98 = 66.681 % (66.68 % rounded or cut).',
  },
];

const groups = listGroups(SOURCES).filter((group) => group.files.every((file) => /\.pdf$/i.test(file)));
const wan = (text: string): number | null => printed(text, '万元');

describe('every vendored real disclosure', () => {
  it('is there: the corpus is vendored', () => {
    expect(groups.length).toBeGreaterThanOrEqual(39);
  });

  describe.each(groups.map((group) => [group.id, group] as const))('%s', (id, group) => {
    let d: Disclosure;
    it('converts, with no error', async () => {
      d = await convertPdfs(id, group.files);
      expect(d.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(d.checks.length).toBeGreaterThan(0);
    }, 60_000);

    it('fails no identity but rounding tails and the contradictions verified in the PDF', () => {
      const listed = CONTRADICTIONS.filter((c) => c.id === id);
      const unexplained = d.checks
        .filter((check) => !check.passed && !check.roundingTail)
        .filter((check) => !listed.some((c) => c.check === check.id))
        .map((check) => `${check.id}: ${check.left.fen} vs ${check.rightFen}`);
      expect(unexplained).toEqual([]);
    });

    const listed = CONTRADICTIONS.filter((c) => c.id === id);
    if (listed.length)
      it.each(listed.map((c) => [c.check, c] as const))(
        'still reports %s, with the printed figures',
        (_, c) => {
          const check = d.checks.find((k: Check) => k.id === c.check);
          expect(check, c.why).toBeDefined();
          expect(check?.passed).toBe(false);
          expect(check?.left.fen).toBe(wan(c.left));
          expect(check?.rightFen).toBe(wan(c.right));
        },
      );
  });
});

describe('a project list whose one label column holds units and their projects', () => {
  // 珠海市商务局 2026, 表12 部门预算项目支出及其他支出预算表 p.22: `支出项目类别（资金使用单位）`, each
  // unit's row (珠海市商务局 58,446.21) above its projects, indented.
  it('reads the projects under their units, and no unit as a project', async () => {
    const group = groups.find((g) => g.id === 'zhuhai_swj_2026');
    expect(group).toBeDefined();
    const d = await convertPdfs('zhuhai_swj_2026', group!.files);
    const find = (name: string) => d.projects.find((p) => p.name === name);
    expect(find('口岸现场水电费')).toMatchObject({
      unitName: '珠海市商务局',
      amount: { fen: wan('6,905.22') },
    });
    expect(find('口岸维修经费')?.amount.fen).toBe(wan('57.52'));
    expect(find('查验配套服务费')?.amount.fen).toBe(wan('450.00'));
    expect(find('珠海市商务局')).toBeUndefined();
    expect(find('珠海市贸易服务中心')).toBeUndefined();
    expect(find('珠海市会议展览局')).toBeUndefined();
  }, 60_000);
});
