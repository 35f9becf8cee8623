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
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** One side of a comparison, or one addend of a sum. */
export interface CheckTerm {
  label: string;
  fen: number;
  step: number;
  table: string;
  line: number;
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
}

export function sumTerms(terms: readonly CheckTerm[]): number {
  return terms.reduce((sum, term) => sum + term.fen, 0);
}
