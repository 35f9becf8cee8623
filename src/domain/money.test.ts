import { describe, expect, it } from 'vitest';
import { fenToYuanString, parseAmount, toleranceFor } from './money';

describe('parseAmount', () => {
  it.each([
    // [printed, unit, fen, step] — samples from the seeds
    ['4,122,430.72', '元', 412243072, 1],
    ['4, 122, 430. 72', '元', 412243072, 1], // 000 附表7: spaces inside the number
    ['12 61 .69', '万元', 1261690000, 10000], // 002 表2: spaces between digit groups
    ['878 .12', '万元', 878120000, 10000],
    ['1,201.50', '万元', 1201500000, 10000],
    ['27.6', '万元', 27600000, 100000], // narrative precision: one decimal
    ['0', '万元', 0, 1000000],
    ['10.57712', '万元', 10577120, 10], // 004 项目实施方案: five decimals in 万元
    ['２１４３．１４', '万元', 2143140000, 10000], // full-width digits
    ['-20.00', '元', -2000, 1],
  ] as const)('%s %s → %i fen', (text, unit, fen, step) => {
    expect(parseAmount(text, unit)).toEqual({ ok: true, value: { fen, step } });
  });

  it.each([
    ['', 'empty'],
    ['-', 'empty'],
    ['—', 'empty'],
    ['4,79x,654.93', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['人员经费', 'not-a-number'],
    ['1.234', 'too-precise'], // a third decimal of 元 would be a fraction of a fen
    ['99999999999999999', 'too-large'],
  ] as const)('rejects %j as %s', (text, reason) => {
    expect(parseAmount(text, '元')).toEqual({ ok: false, reason });
  });

  it('is exact where floating point is not: 0.1 + 0.2 万元', () => {
    const a = parseAmount('0.1', '万元');
    const b = parseAmount('0.2', '万元');
    const c = parseAmount('0.3', '万元');
    if (!a.ok || !b.ok || !c.ok) throw new Error('parse failed');
    expect(a.value.fen + b.value.fen).toBe(c.value.fen);
  });
});

describe('fenToYuanString', () => {
  it.each([
    [479265493, '4792654.93'],
    [0, '0.00'],
    [5, '0.05'],
    [-2000, '-20.00'],
    [1261690000, '12616900.00'],
  ])('%i → %s', (fen, text) => expect(fenToYuanString(fen)).toBe(text));
});

describe('toleranceFor', () => {
  it('is half a unit of the coarsest printed precision', () => {
    expect(toleranceFor(1, 10000)).toBe(5000);
  });
});
