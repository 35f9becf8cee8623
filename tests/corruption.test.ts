// Changing one printed figure in a seed must make the validation report flag a failed check:
// the checks named here, found by reading the document — each identity the figure takes part
// in — and each reporting a difference of exactly the size of the corruption.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Check, CheckKind } from '../src/domain/checks';
import type { MoneyUnit } from '../src/domain/money';
import { convertDisclosure } from '../scripts/convert';
import { printed, SOURCES } from './golden/helpers';

function checksOf(file: string, text: string | Uint8Array): Check[] {
  const result = convertDisclosure(file, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  if (!result.ok) throw new Error(`${file} did not convert`);
  return result.disclosure.checks;
}

function corrupt(file: string, line: number, from: string, to: string): Check[] {
  const lines = readFileSync(join(SOURCES, file), 'utf8').split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1].replace(from, to);
  return checksOf(file, lines.join('\n'));
}

const baseline = (file: string): Check[] => checksOf(file, readFileSync(join(SOURCES, file)));

/**
 * A check the corruption must make fail: its kind, its id, the table and line of its left
 * term, and the side the corrupted figure is on — `+1` when it is (in) the left term, so the
 * difference (left − right) grows by the corruption, `-1` when it is one of the right terms.
 */
type Caught = [kind: CheckKind, id: string, leftTable: string, leftLine: number, side: 1 | -1];

interface Corruption {
  file: string;
  /** The line (1-based) and the figure printed on it; the first occurrence is changed. */
  line: number;
  from: string;
  to: string;
  /** The table's unit, which gives the size of the corruption in fen. */
  unit: MoneyUnit;
  caught: Caught[];
}

const corruptions: Corruption[] = [
  {
    // 附表7 一般公共预算支出表, 2010301 行政运行: 合计 4,792,654.93 → …98 (+5 fen), beside
    // 基本支出 4,792,654.93 and no 项目支出.
    file: '2025-dalian-xigang-103-government-office.txt',
    line: 505,
    from: '4,792,654.93',
    to: '4,792,654.98',
    unit: '元',
    caught: [
      // The row: 合计 = 基本支出 + 项目支出.
      [
        'basic-project',
        'basic-project:表7 一般公共预算支出表:2010301:total',
        '表7 一般公共预算支出表',
        505,
        1,
      ],
      // 20103 (line 504) 5,096,654.93 = 2010301 + 2010302 304,000.00.
      ['tree-sum', 'tree-sum:表7 一般公共预算支出表:20103:total', '表7 一般公共预算支出表', 504, -1],
      // 附表4 支出功能分类预算表 prints 2010301 行政运行 4,792,654.93 too (line 400).
      ['cross-table', 'cross-table:fn:2010301:total:all', '表7 一般公共预算支出表', 505, 1],
    ],
  },
  {
    // 附表8 一般公共预算基本支出表, 30231 公务用车运行维护费: 合计 33,000.00 → 38,000.00
    // (+5,000 元), beside 公用经费 33,000.00.
    file: '2025-dalian-xigang-146-big-data-center.txt',
    line: 591,
    from: '33, 000. 00',
    to: '38, 000. 00',
    unit: '元',
    caught: [
      // The row: 合计 = 人员经费 + 公用经费.
      ['row-sum', 'row-sum:表8 一般公共预算基本支出表:30231:total', '表8 一般公共预算基本支出表', 591, 1],
      // 302 商品和服务支出 (line 585) 144,951.12 = Σ 302xx.
      ['tree-sum', 'tree-sum:表8 一般公共预算基本支出表:302:total', '表8 一般公共预算基本支出表', 585, -1],
      // 公务用车运行费 must cover 30231: 33,000.00 in 附表9 (line 614), 3.3 万元 in the prose's
      // own table (line 170) and in its sentence (line 157) — now 5,000 元 short.
      [
        'san-gong-economic',
        'san-gong-economic:表9 财政拨款“三公”经费支出预算表:30231',
        '表9 财政拨款“三公”经费支出预算表',
        614,
        -1,
      ],
      [
        'san-gong-economic',
        'san-gong-economic:财政拨款预算“三公”经费支出表:30231',
        '财政拨款预算“三公”经费支出表',
        170,
        -1,
      ],
      ['san-gong-economic', 'san-gong-economic:narrative:30231', '情况说明', 157, -1],
    ],
  },
  {
    // 表5-2 一般公共预算支出表（分单位）, 032001 本级: 合计 878.12 → 878.13 万元 (+100 元),
    // beside 基本支出 175.12 and 项目支出 703.00.
    file: '2024-wuhan-huangpi-032-big-data-center.txt',
    line: 210,
    from: '878.12',
    to: '878.13',
    unit: '万元',
    caught: [
      // The row: 合计 = 基本支出 + 项目支出.
      [
        'basic-project',
        'basic-project:表5-2 一般公共预算支出表（分单位）:032001:total',
        '表5-2 一般公共预算支出表（分单位）',
        210,
        1,
      ],
      // 032 (line 209) 1261.69 = 032001 + 032002 170.84 + 032003 212.73.
      [
        'units-sum',
        'units-sum:表5-2 一般公共预算支出表（分单位）:032:total',
        '表5-2 一般公共预算支出表（分单位）',
        209,
        -1,
      ],
    ],
  },
  {
    // 部门预算一般公共预算财政拨款基本支出表, 30102 津贴补贴: 合计 10.07 → 10.17 万元
    // (+1,000 元), beside 人员经费 10.07 (line 1240).
    file: '2025-qinhuangdao-haigang-980-development-service-center.txt',
    line: 1239,
    from: '10.07',
    to: '10.17',
    unit: '万元',
    caught: [
      // The row: 合计 = 人员经费 + 公用经费.
      [
        'row-sum',
        'row-sum:部门预算一般公共预算财政拨款基本支出表:30102:total',
        '部门预算一般公共预算财政拨款基本支出表',
        1239,
        1,
      ],
      // 301 工资福利支出 (line 1225) 175.46 = Σ 301xx.
      [
        'tree-sum',
        'tree-sum:部门预算一般公共预算财政拨款基本支出表:301:total',
        '部门预算一般公共预算财政拨款基本支出表',
        1225,
        -1,
      ],
    ],
  },
  {
    // 表6 一般公共预算基本支出表, 30102 津贴补贴: 合计 15.93 → 15.98 万元 (+500 元), beside
    // 人员经费 15.93.
    file: '2025-wuhan-qiaokou-135002-big-data-center.txt',
    line: 599,
    from: '15.93',
    to: '15.98',
    unit: '万元',
    caught: [
      // The row: 合计 = 人员经费 + 公用经费.
      ['row-sum', 'row-sum:表6 一般公共预算基本支出表:30102:total', '表6 一般公共预算基本支出表', 599, 1],
      // 301 工资福利支出 (line 595) 356.89 = Σ 301xx.
      ['tree-sum', 'tree-sum:表6 一般公共预算基本支出表:301:total', '表6 一般公共预算基本支出表', 595, -1],
    ],
  },
  {
    // 表10 项目支出表, 42010425135T000000104 城市视频经费 (row from line 818): 合计 800.00 →
    // 860.00 万元 (+60 万元), beside its one funding source 800.00.
    file: '2025-wuhan-qiaokou-135002-big-data-center.txt',
    line: 832,
    from: '800.00',
    to: '860.00',
    unit: '万元',
    caught: [
      // The row: 合计 = Σ 资金来源.
      ['row-sum', 'row-sum:表10 项目支出表:818:sources', '表10 项目支出表', 832, 1],
      // 项目支出 813.67 = 10.58 + 800.00 + 3.09: the department's (表3 支出总表 合计, line 385),
      // 表10's 合计 row (line 790), its 31 本级支出项目 (line 800) and its 135002 (line 798).
      ['projects-sum', 'projects-sum:department', '表3 支出总表', 385, -1],
      ['projects-sum', 'projects-sum:表10 项目支出表:total', '表10 项目支出表', 790, -1],
      ['projects-sum', 'projects-sum:表10 项目支出表:800:category', '表10 项目支出表', 800, -1],
      ['projects-sum', 'projects-sum:表10 项目支出表:135002', '表10 项目支出表', 798, -1],
      // 表12-3's form for the project: 项目当年预算 8,000,000.00 元 (line 1403).
      ['cross-table', 'cross-table:performance:42010425135T000000104', '表12-3 项目支出绩效目标表', 1403, -1],
    ],
  },
];

describe('a corrupted figure is flagged', () => {
  it.each(corruptions)('$file line $line: $from → $to', ({ file, line, from, to, unit, caught }) => {
    const failedBefore = new Set(
      baseline(file)
        .filter((c) => !c.passed)
        .map((c) => c.id),
    );
    const checks = corrupt(file, line, from, to);
    const newlyFailed = checks.filter((c) => !c.passed && !failedBefore.has(c.id));
    expect(newlyFailed.length).toBeGreaterThan(0);
    // Exactly the identities the figure takes part in, found by reading, now fail …
    expect(newlyFailed.map((c) => c.id).sort()).toEqual(caught.map(([, id]) => id).sort());

    // … each by the size of the corruption, with the corrupted figure among its terms.
    const size = (printed(to, unit) ?? 0) - (printed(from, unit) ?? 0);
    expect(size).not.toBe(0);
    for (const [kind, id, leftTable, leftLine, side] of caught) {
      const check = checks.find((c) => c.id === id);
      expect(check, id).toBeDefined();
      if (!check) continue;
      expect(
        {
          kind: check.kind,
          passed: check.passed,
          left: [check.left.table, check.left.line],
          difference: check.difference,
          // The corrupted figure, read as changed, on the side named.
          corrupted: (side === 1 ? [check.left] : check.right).some(
            (t) => t.line === line && t.fen === printed(to, unit),
          ),
        },
        id,
      ).toEqual({
        kind,
        passed: false,
        left: [leftTable, leftLine],
        difference: side * size,
        corrupted: true,
      });
    }
  });
});
