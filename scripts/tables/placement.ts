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
  method: 'position' | 'identities' | 'column-order';
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

  // Cells that carry positions rarely move more than a column or two: search near them first,
  // and everywhere only when that finds no placement satisfying the sums.
  const near = positional ? search(values, schema, hint, positional, nearby(n, positional, 2)) : null;
  if (near && near.score[0] === 0) return finish(values, schema, positional, near);
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
  const best = search(values, schema, hint, positional, combinations(n, k));
  return best ? finish(values, schema, positional, best) : null;
}

interface Best {
  score: number[];
  chosen: number[];
  ties: number;
  tied: number[][];
}

function search(
  values: readonly { value: PlacedValue; pos: number | null }[],
  schema: Schema,
  hint: Hint | undefined,
  positional: number[] | null,
  candidates: Iterable<number[]>,
): Best | null {
  const n = schema.columns.length;
  let best: Best | null = null;
  for (const chosen of candidates) {
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
  return best;
}

function finish(
  values: readonly { value: PlacedValue; pos: number | null }[],
  schema: Schema,
  positional: number[] | null,
  best: Best,
): Placement {
  const n = schema.columns.length;
  const assignment = assign(values, best.chosen, n);
  const samePositions = positional !== null && best.chosen.every((col, index) => col === positional[index]);
  const method: Placement['method'] = samePositions
    ? 'position'
    : best.ties > 1
      ? 'column-order'
      : 'identities';
  const candidates = best.tied.map((chosen) => assign(values, chosen, n));
  return { assignment, method, violations: best.score[0], candidates };
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

/** Sum rules as column indexes, computed once per schema: this runs for every candidate placement. */
const compiledRules = new WeakMap<Schema, { total: number; parts: number[] }[]>();

function rulesOf(schema: Schema): { total: number; parts: number[] }[] {
  let rules = compiledRules.get(schema);
  if (!rules) {
    const index = new Map(schema.columns.map((column, i) => [column.key, i]));
    rules = schema.sums.map((rule) => ({
      total: index.get(rule.total) ?? -1,
      parts: rule.parts.map((key) => index.get(key) ?? -1),
    }));
    compiledRules.set(schema, rules);
  }
  return rules;
}

/** Number of sum rules that do not hold, to half a unit of the coarsest printed precision. */
export function violations(assignment: Assignment, schema: Schema): number {
  let count = 0;
  for (const rule of rulesOf(schema)) {
    const total = assignment[rule.total] ?? null;
    let sum = 0;
    let step = total ? total.step : 0;
    let any = total !== null;
    for (const part of rule.parts) {
      const value = assignment[part];
      if (!value) continue;
      any = true;
      sum += value.fen;
      if (value.step > step) step = value.step;
    }
    if (any && Math.abs((total?.fen ?? 0) - sum) > step / 2) count++;
  }
  return count;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Increasing sequences with each column within `radius` of the printed position. */
function* nearby(n: number, positions: readonly number[], radius: number): Generator<number[]> {
  const k = positions.length;
  const current: number[] = [];
  function* extend(index: number): Generator<number[]> {
    if (index === k) {
      yield [...current];
      return;
    }
    const from = Math.max(index === 0 ? 0 : current[index - 1] + 1, positions[index] - radius);
    const to = Math.min(n - (k - index), positions[index] + radius);
    for (let col = from; col <= to; col++) {
      current[index] = col;
      yield* extend(index + 1);
    }
  }
  yield* extend(0);
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
