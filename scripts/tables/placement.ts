// Placing a row's figures into the table's columns.
//
// Tab and Word layouts keep cell positions, but headers and data rows are sometimes shifted
// against each other, and trailing empty cells are dropped. PDF text loses empty cells
// altogether (`2014199 其他数据事务支出 813.67 813.67` under six columns). So a row's figures
// are placed by the accounting identities of the table (合计 = 基本支出 + 项目支出, 基本支出 =
// 人员经费 + 公用经费 …): among all order-preserving placements, the one that breaks the fewest
// identities wins; then the one that agrees best with other tables (hints); then the one
// closest to the printed positions; then the one that fills the leftmost (most common) columns.

export interface ColumnSpec {
  key: string;
  /** Column header as a reader would name it, e.g. 基本支出·人员经费. */
  label: string;
}

export interface SumRule {
  total: string;
  parts: readonly string[];
}

export interface Schema {
  columns: readonly ColumnSpec[];
  sums: readonly SumRule[];
}

export interface PlacedValue {
  fen: number;
  step: number;
  text: string;
}

/** One entry per schema column; null where the row prints nothing. */
export type Assignment = readonly (PlacedValue | null)[];

export interface Placement {
  assignment: Assignment;
  /** How the placement was decided. */
  method: 'position' | 'identities' | 'hints' | 'column-order';
  /** Identities of the row that still do not hold. */
  violations: number;
  /** Every placement that scored as well as `assignment` (it is the first); used to resolve
   * a row against its parent when the row alone is ambiguous. */
  candidates: Assignment[];
}

/** Counts how many cross-table expectations an assignment breaks (0 when none apply). */
export type Hint = (assignment: Assignment, schema: Schema) => number;

const MAX_PLACEMENTS = 200_000;
const MAX_CANDIDATES = 64;

export function place(
  values: readonly { value: PlacedValue; pos: number | null }[],
  schema: Schema,
  hint?: Hint,
): Placement | null {
  const n = schema.columns.length;
  const k = values.length;
  if (k > n) return null;
  if (k === 0) {
    const empty: Assignment = Array(n).fill(null);
    return { assignment: empty, method: 'position', violations: 0, candidates: [empty] };
  }

  const positions = values.map((v) => v.pos);
  const positional =
    positions.every((pos): pos is number => pos !== null && pos < n) &&
    positions.every((pos, index) => index === 0 || pos > (positions[index - 1] as number))
      ? (positions as number[])
      : null;
  if (positional) {
    const assignment = assign(values, positional, n);
    if (violations(assignment, schema) === 0) {
      return { assignment, method: 'position', violations: 0, candidates: [assignment] };
    }
  }

  if (binomial(n, k) > MAX_PLACEMENTS) {
    if (!positional) return null;
    const assignment = assign(values, positional, n);
    return {
      assignment,
      method: 'position',
      violations: violations(assignment, schema),
      candidates: [assignment],
    };
  }

  let best: { score: number[]; chosen: number[]; ties: number; tied: number[][] } | null = null;
  for (const chosen of combinations(n, k)) {
    const assignment = assign(values, chosen, n);
    const score = [
      violations(assignment, schema),
      hint ? hint(assignment, schema) : 0,
      positional ? chosen.reduce((sum, col, index) => sum + Math.abs(col - positional[index]), 0) : 0,
    ];
    const order = best ? compareScores(score, best.score) : -1;
    if (order < 0) best = { score, chosen, ties: 1, tied: [chosen] };
    else if (order === 0 && best) {
      best.ties++;
      if (best.tied.length < MAX_CANDIDATES) best.tied.push(chosen);
    }
  }
  if (!best) return null;
  const assignment = assign(values, best.chosen, n);
  const samePositions = positional !== null && best.chosen.every((col, index) => col === positional[index]);
  const method: Placement['method'] = samePositions
    ? 'position'
    : best.ties > 1
      ? 'column-order'
      : hint && best.score[1] === 0 && hintDecided(values, schema, best.score[0])
        ? 'hints'
        : 'identities';
  const candidates = best.tied.map((chosen) => assign(values, chosen, n));
  return { assignment, method, violations: best.score[0], candidates };
}

/** Whether, without the hint, more than one placement would have been equally good. */
function hintDecided(
  values: readonly { value: PlacedValue; pos: number | null }[],
  schema: Schema,
  bestViolations: number,
): boolean {
  let equallyGood = 0;
  for (const chosen of combinations(schema.columns.length, values.length)) {
    if (violations(assign(values, chosen, schema.columns.length), schema) === bestViolations) equallyGood++;
    if (equallyGood > 1) return true;
  }
  return false;
}

function assign(
  values: readonly { value: PlacedValue }[],
  columns: readonly number[],
  n: number,
): Assignment {
  const assignment: (PlacedValue | null)[] = Array(n).fill(null);
  columns.forEach((col, index) => {
    assignment[col] = values[index].value;
  });
  return assignment;
}

/** Number of sum rules that do not hold, to half a unit of the coarsest printed precision. */
export function violations(assignment: Assignment, schema: Schema): number {
  const index = new Map(schema.columns.map((column, i) => [column.key, i]));
  let count = 0;
  for (const rule of schema.sums) {
    const total = assignment[index.get(rule.total) ?? -1] ?? null;
    const parts = rule.parts.map((key) => assignment[index.get(key) ?? -1] ?? null);
    if (total === null && parts.every((part) => part === null)) continue;
    const involved = [total, ...parts].filter((v): v is PlacedValue => v !== null);
    const tolerance = Math.max(...involved.map((v) => v.step)) / 2;
    const sum = parts.reduce((acc, part) => acc + (part?.fen ?? 0), 0);
    if (Math.abs((total?.fen ?? 0) - sum) > tolerance) count++;
  }
  return count;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Increasing k-subsets of 0..n-1 in lexicographic order (leftmost columns first). */
function* combinations(n: number, k: number): Generator<number[]> {
  const current = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield [...current];
    let i = k - 1;
    while (i >= 0 && current[i] === n - k + i) i--;
    if (i < 0) return;
    current[i]++;
    for (let j = i + 1; j < k; j++) current[j] = current[j - 1] + 1;
  }
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/** Reads a placed row as an object keyed by column key. */
export function byKey(assignment: Assignment, schema: Schema): Record<string, PlacedValue | null> {
  return Object.fromEntries(schema.columns.map((column, i) => [column.key, assignment[i] ?? null]));
}
