// The validation report: every accounting identity the tables imply, and whether it holds.

export const CHECK_KINDS = [
  'tree-sum',
  'total-sum',
  'basic-project',
  'personnel-public',
  'row-sum',
  'units-sum',
  'projects-sum',
  'income-sources',
  'income-expenditure',
  'cross-table',
  'narrative',
  'san-gong-sum',
  'san-gong-economic',
  // Change from an earlier year (prose and prior-year columns).
  'change-percent',
  'stated-change',
  'prior-restated',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** One side of a comparison, or one addend of a sum. */
export interface CheckTerm {
  label: string;
  fen: number;
  step: number;
  table: string;
  line: number;
  /** The disclosure the figure is printed in, when it is another one than the check's (an earlier year's). */
  disclosure?: string;
}

export interface Check {
  /** Stable id, unique within a disclosure. */
  id: string;
  kind: CheckKind;
  /** Plain-language statement of what is compared (zh-CN). */
  description: string;
  /** '=' for equality, '>=' when the left side must cover the right side. */
  relation: '=' | '>=';
  left: CheckTerm;
  /** The right side: one term for a comparison, several for a sum. */
  right: CheckTerm[];
  rightFen: number;
  /** left − right, in fen. */
  difference: number;
  tolerance: number;
  passed: boolean;
  /**
   * Set on a failed check whose difference is no more than rounding each printed figure on its
   * own can make (half a step per figure): a 尾差, as documents warn (四舍五入可能存在尾差),
   * not a contradiction. Still reported: the figures do not add up as printed.
   */
  roundingTail?: true;
}

/** The largest difference rounding each of the figures of a sum separately can make. */
export function roundingAllowance(left: CheckTerm, right: readonly CheckTerm[]): number {
  const terms = [left, ...right].filter((term) => term.fen !== 0 || term === left);
  const step = Math.max(left.step, ...right.map((t) => t.step));
  return (terms.length * step) / 2;
}

export function sumTerms(terms: readonly CheckTerm[]): number {
  return terms.reduce((sum, term) => sum + term.fen, 0);
}
