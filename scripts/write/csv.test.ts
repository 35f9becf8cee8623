import { describe, expect, it } from 'vitest';
import { csvCell } from './csv';

describe('csvCell', () => {
  it.each([
    ['政府工作性经费', '政府工作性经费'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"], // a formula would run in a spreadsheet
    ['+86 10', "'+86 10"],
    ['@cmd', "'@cmd"],
    ['-20.00', '-20.00'], // a negative amount stays a number
    [null, ''],
    [2025, '2025'],
  ])('%j → %s', (value, text) => expect(csvCell(value)).toBe(text));
});
