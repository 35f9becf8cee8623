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
