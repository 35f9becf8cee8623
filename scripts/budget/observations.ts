// The same quantity is often printed in several tables (a 类 total in the 支出总表, the
// 功能分类表 and the 一般公共预算支出表). Each printing is an observation; the first one added
// (tables are added in order of precedence) is the value the budget uses, and every other one
// is checked against it.

import type { Figure, IncomeSource } from '../../src/domain/budget';

/** Which funds a figure covers: all, 一般公共预算 alone, or 财政拨款. */
export type Scope = 'all' | 'fiscal' | 'gpb';

/** The quantities of expenditure the tables print for the whole budget, a unit or a 类/款/项. */
export const QUANTITIES = [
  'total',
  'basic',
  'project',
  'personnel',
  'public-use',
  // Spending that is neither basic nor project (Jiangsu's 单位预留机动经费, 事业单位经营支出 …).
  'reserve',
  'operating-expenditure',
  'to-superior',
  'to-subordinate',
] as const;
export type Quantity = (typeof QUANTITIES)[number];

/**
 * What an observation is of: the budget's expenditure (`exp:basic:all`), a functional item's
 * (`fn:201:total:gpb`), a unit's (`unit:032001:total:all`, `unit:032001:income`), income by
 * source (`income.gpb`, `income.total`), or a project in two tables (`performance:<code>`).
 * Typed, so that a misspelt key is a compile error rather than a silent null.
 */
export type ObservationKey =
  | `exp:${Quantity}:${Scope}`
  | `fn:${string}:${Quantity}:${Scope}`
  | `unit:${string}:${Quantity}:${Scope}`
  | `unit:${string}:income`
  | `income.${IncomeSource | 'total' | 'current'}`;

export interface Observation {
  /** What was read, e.g. `206 科学技术支出 · 基本支出`. */
  label: string;
  figure: Figure;
}

export class Observations {
  private readonly byKey = new Map<ObservationKey, Observation[]>();

  add(key: ObservationKey, label: string, figure: Figure | null | undefined): void {
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

  first(key: ObservationKey): Figure | null {
    return this.byKey.get(key)?.[0]?.figure ?? null;
  }

  all(key: ObservationKey): readonly Observation[] {
    return this.byKey.get(key) ?? [];
  }

  keys(): ObservationKey[] {
    return [...this.byKey.keys()];
  }

  /** Treats observations under `from` as observations of `to` (e.g. 一般公共预算 as all funds). */
  alias(from: ObservationKey, to: ObservationKey): void {
    for (const observation of this.all(from)) this.add(to, observation.label, observation.figure);
    this.byKey.delete(from);
  }
}

export function agree(a: Figure | null, b: Figure | null): boolean {
  if (!a || !b) return false;
  return Math.abs(a.fen - b.fen) <= Math.max(a.step, b.step) / 2;
}

export function isQuantity(key: string): key is Quantity {
  return (QUANTITIES as readonly string[]).includes(key);
}

/** The same quantity in another scope: `fn:201:total:gpb` → `fn:201:total:all`. */
export function rescope(key: ObservationKey, scope: Scope): ObservationKey {
  return key.replace(/:(all|fiscal|gpb)$/, `:${scope}`) as ObservationKey;
}

/** The same item and scope, another quantity: `fn:201:personnel:gpb` → `fn:201:basic:gpb`. */
export function requantify(key: ObservationKey, quantity: Quantity): ObservationKey {
  return key.replace(/:[a-z-]+:(all|fiscal|gpb)$/, `:${quantity}:$1`) as ObservationKey;
}

/** The scope and quantity a key names (null for income keys and a unit's income). */
export function partsOf(key: ObservationKey): { quantity: Quantity; scope: Scope } | null {
  const match = /:([a-z-]+):(all|fiscal|gpb)$/.exec(key);
  return match && isQuantity(match[1]) ? { quantity: match[1], scope: match[2] as Scope } : null;
}
