// Runs → visual lines and chunks. The runs are as pdfjs reports them for real disclosures
// (some PDFs give every character a width of one em; some draw a table one glyph at a time).

import { describe, expect, it } from 'vitest';
import { pageLines, positionedText, type PdfPage, type PdfRun } from './pdfLines';

const run = (text: string, x: number, y: number, width: number, size = 10.29): PdfRun => ({
  text,
  x,
  y,
  width,
  size,
});
const page = (runs: PdfRun[], number = 1): PdfPage => ({ number, width: 842, height: 595, runs });
const texts = (runs: PdfRun[]): string[][] =>
  pageLines(page(runs)).map((line) => line.chunks.map((c) => c.text));

describe('pageLines', () => {
  it('runs on one baseline make one line, left to right; another baseline another line', () => {
    expect(texts([run('108.00', 300, 120, 30), run('合计', 40, 120.3, 20), run('201', 40, 140, 15)])).toEqual(
      [['合计', '108.00'], ['201']],
    );
  });

  it('runs that touch make one chunk; runs apart stay apart', () => {
    expect(
      texts([run('一般公共', 40, 100, 41.2), run('服务支出', 81.2, 100, 41.2), run('5.00', 200, 100, 20)]),
    ).toEqual([['一般公共服务支出', '5.00']]);
  });

  it('a run with wide spaces inside holds several cells', () => {
    const [line] = pageLines(page([run('50,665.496773    一、一般公共服务支出', 100, 100, 200)]));
    expect(line.chunks.map((c) => c.text)).toEqual(['50,665.496773', '一、一般公共服务支出']);
    expect(line.chunks[0].x0).toBe(100);
    expect(line.chunks[1].x0).toBeGreaterThan(line.chunks[0].x1);
  });

  it('an amount glued to a label is two cells', () => {
    expect(texts([run('17,981.68一、基本支出', 100, 100, 100)])).toEqual([['17,981.68', '一、基本支出']]);
  });

  it('single characters spaced evenly across a cell are one word', () => {
    // 重庆市商务委员会 2026, 表八 p.23: `合      计`.
    expect(texts([run('合', 113.67, 186.44, 10.29), run('计', 134.63, 186.44, 10.29)])).toEqual([['合计']]);
  });

  it('a bracketed word set a little apart stays in its phrase', () => {
    // Same page: `因公出国 (境) 费`, the brackets drawn one em wide and a little lower.
    expect(
      texts([
        run('因公出国', 207.99, 186.44, 41.73),
        run('(', 255.05, 186.06, 10.29),
        run('境', 260.38, 186.44, 10.29),
        run(')', 270.77, 186.06, 10.29),
        run('费', 281.34, 186.44, 10.29),
      ]),
    ).toEqual([['因公出国(境)费']]);
  });

  it('an amount drawn glyph by glyph beside a numbered label is two cells', () => {
    // Same document, 表四 p.15: `99,320.55 (一)一般公共服务支出`, the last digit and the bracket in one run.
    const digits = [...'99,320.'].map((ch, i) => run(ch, 256.99 + i * 5.24, 246.7, 10.29));
    expect(
      texts([
        ...digits,
        run('5', 293.67, 246.7, 10.29),
        run('5 (', 298.91, 246.7, 23.29),
        run('一', 317.25, 245.34, 10.29),
        run(')', 327.63, 244.96, 10.29),
        run('一般公共服务支出', 338.21, 245.34, 83.65),
      ]),
    ).toEqual([['99,320.55', '(一)一般公共服务支出']]);
  });

  it('two amount columns close together stay two cells', () => {
    expect(texts([run('1,916.25', 100, 100, 40), run('1,916.25', 143, 100, 40)])).toEqual([
      ['1,916.25', '1,916.25'],
    ]);
  });
});

describe('positionedText', () => {
  it('marks each page, and keeps the visual line behind every text line', () => {
    const text = positionedText([
      { file: 'a.pdf', pages: [page([run('表一', 40, 50, 20)]), page([run('表二', 40, 50, 20)], 2)] },
    ]);
    expect(text.lines).toEqual(['=== 第 1 页 ===', '表一', '=== 第 2 页 ===', '表二']);
    expect(text.visual[0]).toBeNull();
    expect(text.visual[1]?.chunks[0].text).toBe('表一');
    expect(text.documents).toEqual([{ file: 'a.pdf', line: 1, pages: [1, 3] }]);
  });

  it('marks each file of a disclosure printed as several (lines counted from 1)', () => {
    const text = positionedText([
      { file: 'a_text.pdf', pages: [page([run('说明', 40, 50, 20)])] },
      { file: 'a_tables.pdf', pages: [page([run('表一', 40, 50, 20)])] },
    ]);
    expect(text.lines).toEqual([
      '=== a_text.pdf ===',
      '=== 第 1 页 ===',
      '说明',
      '=== a_tables.pdf ===',
      '=== 第 1 页 ===',
      '表一',
    ]);
    expect(text.documents).toEqual([
      { file: 'a_text.pdf', line: 1, pages: [2] },
      { file: 'a_tables.pdf', line: 4, pages: [5] },
    ]);
  });
});
