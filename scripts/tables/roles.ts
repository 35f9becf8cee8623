// What a labelled row is: the table total, a unit (department or sub-unit), a classification
// row (类/款/项), or something else (a 项目类别 row such as `31 本级支出项目`).

import type { LabeledRow } from './rows';

export type RowRole = 'total' | 'unit' | 'class' | 'other';

/**
 * Unit codes are 3 digits for a department and 6 for its units (`146`, `146001`); a 3-digit
 * code followed by its 6-digit units, one that cannot be a 类 (functional 类 start with 2,
 * economic with 3 or 5), or one that is neither named like a 类 nor has 款 under it, is a
 * department.
 */
export function rowRoles(rows: readonly LabeledRow[]): RowRole[] {
  return rows.map((row, index) => {
    const { code, name } = row;
    if (code === null)
      return /^(合计|总计)$/.test(name.replace(/\s/g, '')) || (name === '' && index === 0)
        ? 'total'
        : 'other';
    if (code.length === 6) return 'unit';
    if (code.length === 3) {
      const next = rows[index + 1]?.code;
      if ((next && next.length === 6 && next.startsWith(code)) || !/^[235]/.test(code)) return 'unit';
      // `365 武汉市青山区档案馆` in a table by unit: a 类 is named …支出 (or …补助) or has 款 under it.
      if (
        /(支出|补助)([（(][^）)]*[）)])?$/.test(name) ||
        rows.some((r) => r.code?.length === 5 && r.code.startsWith(code))
      )
        return 'class';
      return 'unit';
    }
    if (code.length === 5 || code.length === 7) return 'class';
    return 'other';
  });
}
