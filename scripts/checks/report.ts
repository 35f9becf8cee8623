// Collects checks with unique ids. A check compares a left figure with one or more right
// figures (a sum); it holds when they differ by at most half a unit of the coarsest printed
// precision involved.

import type { Figure } from '../../src/domain/budget';
import {
  type Check,
  type CheckKind,
  type CheckTerm,
  roundingAllowance,
  sumTerms,
} from '../../src/domain/checks';

export function term(label: string, figure: Figure): CheckTerm {
  return { label, fen: figure.fen, step: figure.step, table: figure.table, line: figure.line };
}

/** A figure of nothing printed, where a table states no amount: 0 at the table's line. */
export function zeroAt(table: string, line: number): Figure {
  return { fen: 0, step: 1, table, line };
}

/** Keeps the terms that are present (for `.filter`). */
export function isTerm<T>(value: T | null | undefined | false | ''): value is T {
  return Boolean(value);
}

export class Report {
  readonly checks: Check[] = [];
  private readonly ids = new Set<string>();

  /**
   * Records `left relation Σ right`. Checks where every figure is zero are skipped: they say
   * nothing (a corrupted figure is no longer zero, so its checks do appear).
   */
  add(
    kind: CheckKind,
    id: string,
    description: string,
    left: CheckTerm,
    right: readonly CheckTerm[],
    relation: '=' | '>=' = '=',
    /** Allowed difference when it is not half the coarsest printed step (a percentage's rounding). */
    allowed?: number,
  ): void {
    if (right.length === 0) return;
    if (left.fen === 0 && right.every((t) => t.fen === 0)) return;
    const rightFen = sumTerms(right);
    const difference = left.fen - rightFen;
    // A printed 0 (`0 万元` beside `3.3`) is nothing, not a figure rounded to whole 万元: its step
    // does not widen the tolerance.
    const steps = [left, ...right].filter((t) => t.fen !== 0).map((t) => t.step);
    const tolerance = allowed ?? Math.max(1, ...steps) / 2;
    const passed = relation === '=' ? Math.abs(difference) <= tolerance : difference >= -tolerance;
    let unique = `${kind}:${id}`;
    for (let n = 2; this.ids.has(unique); n++) unique = `${kind}:${id}#${n}`;
    this.ids.add(unique);
    this.checks.push({
      id: unique,
      kind,
      description,
      relation,
      left,
      right: [...right],
      rightFen,
      difference,
      tolerance,
      passed,
      ...(!passed &&
      relation === '=' &&
      allowed === undefined &&
      Math.abs(difference) <= roundingAllowance(left, right)
        ? { roundingTail: true as const }
        : {}),
    });
  }
}
