// The same quantity is often printed in several tables (a 类 total in the 支出总表, the
// 功能分类表 and the 一般公共预算支出表). Each printing is an observation; the first one added
// (tables are added in order of precedence) is the value the budget uses, and every other one
// is checked against it.

import type { Figure } from '../../src/domain/budget';

export interface Observation {
  /** What was read, e.g. `206 科学技术支出 · 基本支出`. */
  label: string;
  figure: Figure;
}

export class Observations {
  private readonly byKey = new Map<string, Observation[]>();

  add(key: string, label: string, figure: Figure | null | undefined): void {
    if (!figure) return;
    const list = this.byKey.get(key) ?? [];
    // The same printed cell can be reached twice (a unit row that is also the total); once is enough.
    if (
      list.some(
        (o) =>
          o.figure.table === figure.table && o.figure.line === figure.line && o.figure.fen === figure.fen,
      )
    )
      return;
    list.push({ label, figure });
    this.byKey.set(key, list);
  }

  first(key: string): Figure | null {
    return this.byKey.get(key)?.[0]?.figure ?? null;
  }

  all(key: string): readonly Observation[] {
    return this.byKey.get(key) ?? [];
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  /** Treats observations under `from` as observations of `to` (e.g. 一般公共预算 as all funds). */
  alias(from: string, to: string): void {
    for (const observation of this.all(from)) this.add(to, observation.label, observation.figure);
    this.byKey.delete(from);
  }
}

export function agree(a: Figure | null, b: Figure | null): boolean {
  if (!a || !b) return false;
  return Math.abs(a.fen - b.fen) <= Math.max(a.step, b.step) / 2;
}
