import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, csvText, exactAmount, neutralize } from './csv';

describe('neutralize', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', `'+1`],
    ['-cmd', `'-cmd`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['-20.5', '-20.5'], // an amount stays a number
    ['行政运行', '行政运行'],
    [479.27, 479.27],
    [null, null],
  ])('%j → %j', (cell, out) => expect(neutralize(cell)).toEqual(out));
});

describe('exactAmount', () => {
  it.each([
    [479265493, '万元', '479.265493'],
    [479265493, '元', '4792654.93'],
    [30400000, '万元', '30.4'],
    [100000000, '万元', '100'],
    [479265493, '亿元', '0.0479265493'],
    [-2000, '元', '-20'],
    [null, '万元', null],
  ] as const)('%s fen in %s → %s', (fen, unit, text) => expect(exactAmount(fen, unit)).toBe(text));
});

describe('csvFileName', () => {
  it('says what the file is', () => {
    expect(csvFileName(['大连市西岗区人民政府办公室', 2025, '201', '一般公共服务支出'])).toBe(
      '大连市西岗区人民政府办公室_2025_201_一般公共服务支出.csv',
    );
    expect(csvFileName(['a/b', null, 'c d'])).toBe('a-b_c-d.csv');
  });
});

describe('csvText', () => {
  it('writes a BOM, CRLF lines, neutralized text and numbers that parse back', async () => {
    const text = await csvText({
      fileName: 'x.csv',
      columns: ['科目名称', '合计（万元）'],
      rows: [
        ['=1+1', '479.265493'],
        ['行政运行, 含"引号"', null],
      ],
    });
    expect(text.startsWith('\ufeff科目名称,合计（万元）\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trim(), { newline: '\r\n' }).data;
    expect(parsed).toEqual([
      ['科目名称', '合计（万元）'],
      [`'=1+1`, '479.265493'],
      ['行政运行, 含"引号"', ''],
    ]);
  });
});
