// Classification codes. Functional (支出功能分类) codes are 类 (3 digits) → 款 (5) → 项 (7);
// economic (部门预算支出经济分类) codes are 类 (3) → 款 (5).

export type Level = 1 | 2 | 3;

const LEVEL_BY_LENGTH: Record<number, Level> = { 3: 1, 5: 2, 7: 3 };

export function codeLevel(code: string): Level | null {
  return /^\d+$/.test(code) ? (LEVEL_BY_LENGTH[code.length] ?? null) : null;
}

export function parentCode(code: string): string | null {
  const level = codeLevel(code);
  if (level === 1 || level === null) return null;
  return code.slice(0, code.length - 2);
}

export function isFunctionalCode(code: string): boolean {
  return /^2\d{2}(\d{2}){0,2}$/.test(code);
}

export function isEconomicCode(code: string): boolean {
  return /^[35]\d{2}(\d{2})?$/.test(code);
}

/** Sorts codes so that parents precede children and siblings are in numeric order. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
