import { describe, expect, it } from 'vitest';
import { formatMoney, formatPrinted, formatYuanExact, MISSING } from './money';

describe('formatMoney', () => {
  it.each([
    [479265493, '万元', '479.27'], // 2010301 行政运行 4,792,654.93 元
    [479265493, '元', '4,792,654.93'],
    [1261690000, '亿元', '0.1262'],
    [0, '万元', '0.00'],
  ] as const)('%i fen in %s → %s', (fen, unit, text) => expect(formatMoney(fen, unit)).toBe(text));

  it('prints a dash for a missing figure', () => {
    expect(formatMoney(null)).toBe(MISSING);
  });
});

describe('formatYuanExact', () => {
  it.each([
    [5000, '50.00'],
    [0.5, '0.005'],
    [1000000, '10,000.00'],
  ])('%d fen → %s', (fen, text) => expect(formatYuanExact(fen)).toBe(text));
});

describe('formatPrinted', () => {
  it('prints a figure in its table’s unit with its printed decimals', () => {
    expect(formatPrinted(480_022_800, 1, '元')).toBe('4,800,228.00 元');
    expect(formatPrinted(170_840_000, 10_000, '万元')).toBe('170.84 万元');
    expect(formatPrinted(3_702_206_400, 1, '万元')).toBe('3,702.206400 万元');
  });
});
