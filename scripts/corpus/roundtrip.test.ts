// Property: render a random valid budget in a layout family, convert the text, and get the
// budget back exactly: every figure to the fen, no failed check, no warning.

import { describe, expect, it } from 'vitest';
import type { LayoutFamily } from '../../src/domain/budget';
import { convertDisclosure } from '../convert';
import { randomBudget } from './budget';
import { differences } from './compare';
import { renderDisclosure } from './render';

const PER_FAMILY = 200;

describe.each<LayoutFamily>(['tabbed', 'cell-per-line', 'pdf-text'])('%s', (family) => {
  it(`gives back ${PER_FAMILY} random budgets exactly`, () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= PER_FAMILY; seed++) {
      const budget = randomBudget(seed * 7 + family.length);
      const rendered = renderDisclosure(budget, family);
      const result = convertDisclosure(rendered.fileName, new TextEncoder().encode(rendered.text));
      const found = result.ok ? differences(budget, result.disclosure) : ['not converted'];
      if (found.length) failures.push(`seed ${budget.seed}: ${found.slice(0, 3).join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('is deterministic: the same seed renders the same text', () => {
    expect(renderDisclosure(randomBudget(42), family).text).toBe(
      renderDisclosure(randomBudget(42), family).text,
    );
  });
});

describe('the generator', () => {
  it('makes budgets whose identities hold (a check on the generator itself)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const b = randomBudget(seed);
      const top = b.functional.filter((f) => f.code.length === 3);
      for (const f of b.functional) {
        expect(f.total).toBe(f.basic + f.project);
        expect(f.basic).toBe(f.personnel + f.publicUse);
        expect(f.total % 10_000).toBe(0);
      }
      const economicTop = b.economic.filter((e) => e.code.length === 3);
      expect(economicTop.reduce((s, e) => s + e.personnel, 0)).toBe(top.reduce((s, f) => s + f.personnel, 0));
      expect(economicTop.reduce((s, e) => s + e.publicUse, 0)).toBe(top.reduce((s, f) => s + f.publicUse, 0));
      expect(b.projects.reduce((s, p) => s + p.amount, 0)).toBe(top.reduce((s, f) => s + f.project, 0));
    }
  });
});
