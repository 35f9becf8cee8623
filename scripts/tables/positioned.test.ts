// Tables read by position (PDFs): headers that name their columns from where they are printed.
// Each page below is the header and data rows of a real disclosure's table, as pdfjs places
// them (text, x from, x to, baseline); the expected figures are read off the printed page.

import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/domain/budget';
import { parseDocument, type ParsedDocument } from './parse';
import { positionedItems } from '../layout/items';
import { positionedText, type PdfRun } from '../read/pdfLines';
import { segmentTables } from './segment';

type Row = [y: number, cells: [text: string, x0: number, x1: number][]];

function parse(rows: readonly Row[], size: number): ParsedDocument {
  const runs: PdfRun[] = rows.flatMap(([y, cells]) =>
    cells.map(([text, x0, x1]) => ({ text, x: x0, y, width: x1 - x0, size })),
  );
  const text = positionedText([{ file: 'test.pdf', pages: [{ number: 1, width: 842, height: 595, runs }] }]);
  return parseDocument('test.pdf', segmentTables(positionedItems(text), 'pdf'), []);
}

const wan = (value: number): number => Math.round(value * 1_000_000);
const fen = (figure: Figure | null | undefined): number | null => figure?.fen ?? null;

describe('positioned tables', () => {
  it('year blocks: 2025年预算数 and 2026年预算数 each head their own six columns', () => {
    // 重庆市规划和自然资源局 2026, 表八 p.26.
    const parsed = parse(
      [
        [54.6, [['表八', 20.8, 44.8]]],
        [87.9, [['2026年财政拨款“三公”经费支出情况表', 285.9, 557.5]]],
        [
          121.3,
          [
            ['单位名称：重庆市规划和自然资源局', 20.8, 182.2],
            ['单位：万元', 772.2, 822.6],
          ],
        ],
        [
          151.9,
          [
            ['2025年预算数', 183.4, 257.8],
            ['2026年预算数', 585.9, 660.2],
          ],
        ],
        [
          189.6,
          [
            ['公务用车购置及运行费', 187.1, 307.1],
            ['公务用车购置及运行费', 589.6, 709.6],
          ],
        ],
        [
          200.5,
          [
            ['因公出国', 90.5, 138.5],
            ['因公出国', 493, 541],
          ],
        ],
        [
          207.8,
          [
            ['合计', 39.4, 63.4],
            ['公务接待费', 355.2, 415.2],
            ['合计', 441.9, 465.9],
            ['公务接待费', 757.7, 817.7],
          ],
        ],
        [
          218.7,
          [
            ['（境）费', 90.5, 138.5],
            ['公务用车购', 215.1, 275.1],
            ['公务用车运', 283, 343],
            ['（境）费', 493, 541],
            ['公务用车购', 617.5, 677.5],
            ['公务用车运', 685.6, 745.6],
          ],
        ],
        [
          226,
          [
            ['小计', 167.2, 191.2],
            ['小计', 569.5, 593.5],
          ],
        ],
        [
          233.2,
          [
            ['置费', 233.1, 257.1],
            ['行费', 301, 325],
            ['置费', 635.5, 659.5],
            ['行费', 703.6, 727.6],
          ],
        ],
        [
          256.6,
          [
            ['2,552.50', 33.7, 68.9],
            ['343.41', 100.7, 128.3],
            ['1,726.00', 161.5, 196.7],
            ['458.00', 231.3, 258.9],
            ['1,268.00', 295.5, 330.7],
            ['483.09', 371.3, 398.9],
            ['2,171.85', 436.2, 471.4],
            ['321.91', 503.2, 530.8],
            ['1,570.75', 564, 599.2],
            ['342.25', 633.6, 661.4],
            ['1,228.50', 697.9, 733.1],
            ['279.19', 773.8, 801.4],
          ],
        ],
      ],
      12,
    );
    const values = parsed.sanGong[0]?.value.values;
    expect(
      values && Object.fromEntries(Object.entries(values).map(([key, figure]) => [key, fen(figure)])),
    ).toEqual({
      total: wan(2171.85),
      abroad: wan(321.91),
      vehicle: wan(1570.75),
      vehiclePurchase: wan(342.25),
      vehicleOperation: wan(1228.5),
      reception: wan(279.19),
    });
  });

  it('a one-line header printed at the middle of a wrapped header row names its own column', () => {
    // 北京市民政局 2026, 预算02表 收入总表 p.2: 事业收入 and 上级补助收入 are one line each,
    // between the wrapped 财政专户管理 / 资金 and 事业单位经营 / 收入.
    const parsed = parse(
      [
        [70, [['预算02表 收入总表', 386.3, 455.5]]],
        [83.2, [['金额单位：万元', 755.3, 796.9]]],
        [
          97.1,
          [
            ['本年收入', 297.2, 324],
            ['上年结转结余', 644.4, 684.7],
          ],
        ],
        [108.9, [['合计', 61, 74.3]]],
        [
          112.2,
          [
            ['一般公共预算', 141.5, 181.7],
            ['政府性基金预', 187.7, 227.9],
            ['国有资本经营', 232.6, 272.8],
            ['财政专户管理', 276.8, 317],
            ['事业单位经营', 359.9, 400.2],
            ['附属单位上缴', 449, 489.3],
            ['一般公共预算', 577.1, 617.3],
            ['政府性基金预', 621.3, 661.6],
            ['国有资本经营', 666.2, 706.4],
            ['财政专户管理', 710.4, 750.7],
          ],
        ],
        [
          116.2,
          [
            ['小计', 107.8, 121.2],
            ['事业收入', 325, 351.8],
            ['上级补助收入', 404.8, 445.6],
            ['其他收入', 497.2, 524],
            ['小计', 546.1, 559.4],
            ['单位资金', 761.9, 788.7],
          ],
        ],
        [
          120.2,
          [
            ['资金', 155.3, 168.7],
            ['算资金', 197.6, 217.6],
            ['预算资金', 239.2, 266],
            ['资金', 290.6, 304],
            ['收入', 373.1, 386.5],
            ['收入', 462.9, 476.2],
            ['资金', 590.3, 603.6],
            ['算资金', 631.2, 651.3],
            ['预算资金', 672.8, 699.6],
            ['资金', 724.3, 737.6],
          ],
        ],
        [
          132.7,
          [
            ['71,094.166056', 49.1, 89.3],
            ['67,538.364392', 96.6, 136.8],
            ['66,197.668103', 144.1, 184.3],
            ['808.277000', 198.2, 229.1],
            ['150.000000', 325.6, 356.5],
            ['382.419289', 497.9, 528.8],
            ['3,555.801664', 536.2, 573.3],
            ['1,270.007258', 581, 618.1],
            ['34.204000', 634.5, 662.3],
            ['2,251.590406', 759.2, 796.3],
          ],
        ],
      ],
      6.7,
    );
    const income = parsed.rowTables.find((table) => table.kind === 'income');
    const row = income?.rows[0]?.values ?? {};
    expect(fen(row['current'])).toBe(wan(67538.364392));
    expect(fen(row['current.gpb'])).toBe(wan(66197.668103));
    expect(fen(row['current.gov-fund'])).toBe(wan(808.277));
    expect(fen(row['current.special-account'])).toBeNull();
    expect(fen(row['current.business'])).toBe(wan(150));
    expect(fen(row['current.other'])).toBe(wan(382.419289));
    expect(fen(row['carried.unit-funds'])).toBe(wan(2251.590406));
  });
});
