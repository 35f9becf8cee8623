// One rule for every CSV this project writes (the converter's extracts and the app's
// downloads): text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at
// the start) gets a leading apostrophe; numbers, and text that is a number, stay as they are.

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function neutralize<T>(cell: T): T | string {
  if (typeof cell !== 'string') return cell;
  return FORMULA_START.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}
