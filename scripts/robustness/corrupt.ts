// One printed figure changed by one digit, the kind of typo a journalist would want caught.
// Detected when the validation report flags it: a new failed check, a failed check whose values
// changed, a new error or warning, or the file rejected. A figure is "covered" when it is a term
// of some identity: changing it changed a value the validation report compares (found by
// comparing each check's terms with the untouched run, so two equal figures printed side by
// side are told apart). The rest is grouped by where it was printed, so the report can say
// which kinds of figures no identity covers.

import type { Disclosure } from '../../src/domain/budget';
import { convertDisclosure } from '../convert';
import type { Baseline } from './fuzz';
import { digitPositions, figureTokens, type FigureToken } from './figures';
import { random } from '../tools/random';

export interface CorruptionResult {
  seed: string;
  /** 1-based line. */
  line: number;
  from: string;
  to: string;
  covered: boolean;
  /** Where the figure was printed: the table kind, or `text` outside any table. */
  where: string;
  percentage: boolean;
  detected: boolean;
}

const tokenCache = new WeakMap<Baseline, FigureToken[][]>();

function tokensOf(base: Baseline, seedIndex: number): FigureToken[] {
  let cached = tokenCache.get(base);
  if (!cached) {
    cached = base.texts.map((text) => figureTokens(text.split('\n')));
    tokenCache.set(base, cached);
  }
  return cached[seedIndex];
}

export function corruptOnce(base: Baseline, seedIndex: number, n: number): CorruptionResult {
  const rng = random(n * 15485863 + seedIndex * 2038074743 + 7);
  const seed = base.files[seedIndex];
  const before = base.disclosures[seedIndex];
  const token = rng.pick(tokensOf(base, seedIndex));
  const position = rng.pick(digitPositions(token));
  const digit = Number(token.text[position]);
  const replacement = String((digit + rng.int(1, 9)) % 10);
  const changed = token.text.slice(0, position) + replacement + token.text.slice(position + 1);

  const lines = base.texts[seedIndex].split('\n');
  const text = lines[token.line];
  lines[token.line] = text.slice(0, token.start) + changed + text.slice(token.end);
  const result = convertDisclosure(seed.name, new TextEncoder().encode(lines.join('\n')));

  const line = token.line + 1;
  return {
    seed: seed.name,
    line,
    from: token.text,
    to: changed,
    covered: !result.ok || termsChanged(before, result.disclosure),
    where: whereIs(before, line),
    percentage: token.percentage,
    detected: !result.ok || flagged(before, result.disclosure),
  };
}

function termsChanged(before: Disclosure, after: Disclosure): boolean {
  const values = (d: Disclosure): Map<string, string> =>
    new Map(d.checks.map((c) => [c.id, [c.left, ...c.right].map((t) => t.fen).join(' ')]));
  const a = values(before);
  const b = values(after);
  if (a.size !== b.size) return true;
  for (const [id, terms] of a) if (b.get(id) !== terms) return true;
  return false;
}

function whereIs(d: Disclosure, line: number): string {
  const table = d.tables.find((t) => t.line <= line && line <= t.endLine);
  return table ? table.kind : 'text';
}

function flagged(before: Disclosure, after: Disclosure): boolean {
  const failedKey = (c: Disclosure['checks'][number]): string => `${c.id} ${c.left.fen} ${c.rightFen}`;
  const failedBefore = new Set(before.checks.filter((c) => !c.passed).map(failedKey));
  if (after.checks.some((c) => !c.passed && !failedBefore.has(failedKey(c)))) return true;
  const loudKey = (i: Disclosure['issues'][number]): string => `${i.severity} ${i.code} ${i.line}`;
  const loudBefore = new Set(before.issues.filter((i) => i.severity !== 'info').map(loudKey));
  return after.issues.some((i) => i.severity !== 'info' && !loudBefore.has(loudKey(i)));
}
