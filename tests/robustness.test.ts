// A small, fixed sample of what `npm run test:robustness` runs in full: broken variants of every
// seed and one-digit corruptions. The promises are the same; the counts are smaller.

import { beforeAll, describe, expect, it } from 'vitest';
import { corruptOnce } from '../scripts/robustness/corrupt';
import { makeBaseline, runVariant, type Baseline } from '../scripts/robustness/fuzz';
import { HARMLESS, MUTATION_KINDS } from '../scripts/robustness/mutations';
import { runPool, type Answer } from '../scripts/pool';
import { readSources } from '../scripts/sources';
import { SOURCES } from './golden/helpers';

let base: Baseline;
beforeAll(() => {
  base = makeBaseline(readSources(SOURCES));
});

describe('broken variants of every seed', () => {
  const cases = [0, 1, 2, 3, 4].flatMap((seed) =>
    MUTATION_KINDS.map((kind, variant) => [seed, variant, kind] as const),
  );

  it.each(cases)(
    'seed %i variant %i (%s): no crash, lines named, the others untouched',
    (seed, variant, kind) => {
      const result = runVariant(base, seed, variant);
      expect(result.kind).toBe(kind);
      expect(result.violations).toEqual([]);
      if (HARMLESS.has(kind)) expect(result.outcome).toBe('unchanged');
      if (!result.converted) expect(result.firstDiagnostic).toMatch(new RegExp(`^${base.files[seed].name}`));
    },
  );
});

describe('one-digit corruptions', () => {
  it('flags every corrupted figure that an identity covers (200 corruptions)', () => {
    const results = Array.from({ length: 200 }, (_, n) => corruptOnce(base, n % 5, n));
    const covered = results.filter((r) => r.covered);
    expect(covered.length).toBeGreaterThan(150);
    const missed = covered.filter((r) => !r.detected).map((r) => `${r.seed}:${r.line} ${r.from} → ${r.to}`);
    expect(missed.length / covered.length).toBeLessThanOrEqual(0.01);
  });
});

describe('the pool that runs each job under a time bound', () => {
  it('reports a hang and a dead process, and still answers the other jobs', async () => {
    const jobs = [
      { id: 0, what: 'echo' },
      { id: 1, what: 'hang' },
      { id: 2, what: 'die' },
      { id: 3, what: 'echo' },
    ] as const;
    const answers = new Map<number, Answer<string>>();
    await runPool<(typeof jobs)[number], string>({
      script: new URL('./fixtures/pool-worker.ts', import.meta.url),
      args: [],
      size: 2,
      timeoutMs: 1500,
      jobs,
      onAnswer: (job, answer) => answers.set(job.id, answer),
    });
    expect(answers.get(0)).toEqual({ ok: true, result: 'echo 0' });
    expect(answers.get(1)).toMatchObject({ ok: false, problem: expect.stringContaining('hang') });
    expect(answers.get(2)).toMatchObject({ ok: false, problem: expect.stringContaining('died') });
    expect(answers.get(3)).toEqual({ ok: true, result: 'echo 3' });
  }, 20_000);
});
