// The code styles real disclosures print in a functional table, read from positioned PDF text:
// a column of 7-digit 项 codes only (类 and 款 then derived by summing, and marked so), a code
// joined to its name (`2010101-行政运行`), a code in brackets glued to its name and indented by
// level (`[201]一般公共服务支出`). The pages are built here; amounts in 万元.

import { describe, expect, it } from 'vitest';
import type { FunctionalRow } from '../../src/domain/budget';
import { convertPositioned } from '../convert';
import { positionedText, type PdfRun } from '../read/pdfLines';

type Cell = [text: string, x0: number, x1: number];

function functional(rows: readonly Cell[][]): FunctionalRow[] {
  const header: Cell[][] = [
    [['预算03表 支出总表', 300, 400]],
    [['金额单位：万元', 700, 760]],
    [
      ['科目编码', 40, 80],
      ['科目名称', 120, 170],
      ['合计', 330, 350],
      ['基本支出', 420, 460],
      ['项目支出', 520, 560],
    ],
  ];
  const runs: PdfRun[] = [...header, ...rows].flatMap((cells, i) =>
    cells.map(([text, x0, x1]) => ({ text, x: x0, y: 50 + 15 * i, width: x1 - x0, size: 10 })),
  );
  const text = positionedText([{ file: 't.pdf', pages: [{ number: 1, width: 842, height: 595, runs }] }]);
  const result = convertPositioned('t', text, []);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.disclosure.functional;
}

const wan = (value: number): number => Math.round(value * 1_000_000);
const summary = (rows: FunctionalRow[]) =>
  rows.map((r) => [r.code, r.name, r.total?.fen ?? null, r.basic?.fen ?? null, r.project?.fen ?? null]);

describe('functional codes', () => {
  it('only 7-digit 项 codes: 类 and 款 are their sums, marked derived, named from the reference', () => {
    const rows = functional([
      [
        ['合计', 120, 140],
        ['1,100.50', 300, 350],
        ['600.50', 410, 460],
        ['500.00', 510, 560],
      ],
      [
        ['2010101', 40, 80],
        ['行政运行', 120, 160],
        ['600.50', 310, 350],
        ['600.50', 410, 460],
      ],
      [
        ['2010102', 40, 80],
        ['一般行政管理事务', 120, 200],
        ['300.00', 310, 350],
        ['300.00', 520, 560],
      ],
      [
        ['2080505', 40, 80],
        ['机关事业单位基本养老保险缴费支出', 120, 280],
        ['200.00', 310, 350],
        ['200.00', 520, 560],
      ],
    ]);
    expect(summary(rows)).toEqual([
      ['201', '一般公共服务支出', wan(900.5), wan(600.5), wan(300)],
      ['20101', '人大事务', wan(900.5), wan(600.5), wan(300)],
      ['2010101', '行政运行', wan(600.5), wan(600.5), null],
      ['2010102', '一般行政管理事务', wan(300), null, wan(300)],
      ['208', '社会保障和就业支出', wan(200), null, wan(200)],
      ['20805', '行政事业单位养老支出', wan(200), null, wan(200)],
      ['2080505', '机关事业单位基本养老保险缴费支出', wan(200), null, wan(200)],
    ]);
    expect(rows.filter((r) => r.total?.derived).map((r) => r.code)).toEqual(['201', '20101', '208', '20805']);
  });

  it('a code joined to its name in one cell', () => {
    const rows = functional([
      [
        ['合计', 120, 140],
        ['900.50', 300, 350],
        ['600.50', 410, 460],
        ['300.00', 510, 560],
      ],
      [
        ['201-一般公共服务支出', 40, 160],
        ['900.50', 300, 350],
        ['600.50', 410, 460],
        ['300.00', 510, 560],
      ],
      [
        ['20101-人大事务', 40, 140],
        ['900.50', 300, 350],
        ['600.50', 410, 460],
        ['300.00', 510, 560],
      ],
      [
        ['2010101-行政运行', 40, 150],
        ['600.50', 310, 350],
        ['600.50', 410, 460],
      ],
      [
        ['2010102-一般行政管理事务', 40, 190],
        ['300.00', 310, 350],
        ['300.00', 520, 560],
      ],
    ]);
    expect(summary(rows)).toEqual([
      ['201', '一般公共服务支出', wan(900.5), wan(600.5), wan(300)],
      ['20101', '人大事务', wan(900.5), wan(600.5), wan(300)],
      ['2010101', '行政运行', wan(600.5), wan(600.5), null],
      ['2010102', '一般行政管理事务', wan(300), null, wan(300)],
    ]);
    expect(rows.some((r) => r.total?.derived)).toBe(false);
  });

  it('a code in brackets glued to its name, indented by level', () => {
    const rows = functional([
      [
        ['合计', 120, 140],
        ['900.50', 300, 350],
        ['600.50', 410, 460],
        ['300.00', 510, 560],
      ],
      [
        ['[201]一般公共服务支出', 40, 160],
        ['900.50', 300, 350],
        ['600.50', 410, 460],
        ['300.00', 510, 560],
      ],
      [
        ['[20101]人大事务', 50, 140],
        ['900.50', 300, 350],
        ['600.50', 410, 460],
        ['300.00', 510, 560],
      ],
      [
        ['[2010101]行政运行', 60, 150],
        ['600.50', 310, 350],
        ['600.50', 410, 460],
      ],
      [
        ['[2010102]一般行政管理事务', 60, 190],
        ['300.00', 310, 350],
        ['300.00', 520, 560],
      ],
    ]);
    expect(summary(rows).map((r) => r.slice(0, 3))).toEqual([
      ['201', '一般公共服务支出', wan(900.5)],
      ['20101', '人大事务', wan(900.5)],
      ['2010101', '行政运行', wan(600.5)],
      ['2010102', '一般行政管理事务', wan(300)],
    ]);
  });
});
