import { describe, expect, it } from 'vitest';
import type { Figure, PriorYear, StatedChange } from '../../src/domain/budget';
import type { YearsInput } from '../../src/domain/years';
import { linkLineages } from './lineage';
import { departmentYears } from './series';

const wan = (value: number, line: number, table = '表1'): Figure => ({
  fen: value * 1_000_000,
  step: 10_000,
  table,
  line,
});

/** A small department's disclosure: 201 only, all funds. */
function input(id: string, year: number, total201: number, extra: Partial<YearsInput> = {}): YearsInput {
  const total = wan(total201, 10);
  return {
    id,
    year,
    region: '某市',
    kind: '部门预算',
    department: { code: null, name: '某市某局' },
    functionalScope: 'all',
    expenditure: {
      total,
      basic: wan(total201 - 100, 11),
      project: wan(100, 12),
      personnel: null,
      publicUse: null,
    },
    income: { total, lines: [] },
    functional: [
      {
        code: '201',
        name: '一般公共服务支出',
        level: 1,
        parent: null,
        total,
        basic: null,
        project: null,
        personnel: null,
        publicUse: null,
      },
    ],
    sanGong: null,
    statedChanges: [],
    priorYear: null,
    ...extra,
  };
}

const stated = (current: number, up: number): StatedChange => ({
  subject: '一般公共服务支出（类）',
  current: wan(current, 30, '情况说明'),
  direction: 'up',
  amount: wan(up, 30, '情况说明'),
  percent: null,
  baseline: 'budget',
  baselineYear: null,
  line: 30,
  refers: { kind: 'functional', code: '201' },
});

const column = (prior: number): PriorYear => ({
  year: 2024,
  functional: {
    header: '上年预算数',
    table: '表1',
    scope: 'all',
    total: wan(prior, 9),
    current: wan(500, 10),
    rows: [{ code: '201', name: '一般公共服务支出', total: wan(prior, 10), current: wan(500, 10) }],
  },
  sanGong: null,
});

const years = (inputs: YearsInput[]) => departmentYears(linkLineages(inputs)[0], 'k');

describe('departmentYears', () => {
  it('takes each year from its own disclosure first, then the next year’s column, then its stated change', () => {
    const series = years([
      input('a2024', 2024, 470),
      input('a2025', 2025, 500, { priorYear: column(480), statedChanges: [stated(500, 20)] }),
    ]).series.filter((p) => p.measure === '201');
    expect(series.map((p) => [p.year, p.figure.fen / 1_000_000, p.source])).toEqual([
      [2024, 470, 'disclosure'],
      [2025, 500, 'disclosure'],
    ]);
    const alone = years([input('a2025', 2025, 500, { priorYear: column(480) })]).series.filter(
      (p) => p.measure === '201',
    );
    expect(alone.map((p) => [p.year, p.source])).toEqual([
      [2024, 'prior-column'],
      [2025, 'disclosure'],
    ]);
    const told = years([input('a2025', 2025, 500, { statedChanges: [stated(500, 20)] })]).series.filter(
      (p) => p.measure === '201',
    );
    expect(told.map((p) => [p.year, p.figure.fen / 1_000_000, p.source])).toEqual([
      [2024, 480, 'stated-change'],
      [2025, 500, 'disclosure'],
    ]);
  });

  it('reports a department that restates last year, and a change that last year’s disclosure contradicts', () => {
    const { checks } = years([
      input('a2024', 2024, 470),
      input('a2025', 2025, 500, { priorYear: column(480), statedChanges: [stated(500, 20)] }),
    ]);
    const failed = checks
      .filter((c) => !c.check.passed)
      .map((c) => [c.check.kind, c.check.left.fen, c.check.rightFen]);
    expect(failed).toEqual([
      // 500 = 470 (2024's own disclosure) + 20? No: 490.
      ['stated-change', 500_000_000, 490_000_000],
      // The 2025 disclosure prints 480 for 2024; 2024's own prints 470.
      ['prior-restated', 480_000_000, 470_000_000],
    ]);
    expect(checks.every((c) => c.disclosure === 'a2025')).toBe(true);
    expect(checks[0].check.right[0].disclosure).toBe('a2024');
  });
});
