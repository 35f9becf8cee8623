// Golden tests for change between years: the stated changes of the narratives and the prior-year
// columns of the tables, typed by people reading four seeds and four corpus disclosures
// (years/*.golden.ts), never taken from the converter. Each stated change is found by the line
// its figure is printed on and the figure itself.

import { describe, expect, it } from 'vitest';
import type { Disclosure, SanGong, StatedChange } from '../../src/domain/budget';
import { convertPdfs } from './corpus-helpers';
import { convertSeed, printed } from './helpers';
import type { DocumentYearsGolden, PriorColumnGolden, StatedChangeGolden } from './years/types';

const goldens = Object.values(
  import.meta.glob<{ golden: DocumentYearsGolden }>('./years/*.golden.ts', { eager: true }),
)
  .map((module) => module.golden)
  .filter((golden) => 'statedChanges' in golden);

/** The seeds as vendored in public/data/sources (the same bytes as ../shared/seeds). */
const SEED_SOURCES: Record<string, string> = {
  '000_d22b59e36d72c603.txt': '2025-dalian-xigang-146-big-data-center.txt',
  '001_6413a9ebc55736a8.txt': '2025-dalian-xigang-103-government-office.txt',
  '002_897c60de848f0506.txt': '2024-wuhan-huangpi-032-big-data-center.txt',
  '003_8ad8223cbf43f16e.txt': '2025-qinhuangdao-haigang-980-development-service-center.txt',
};

/**
 * Stated changes the converter does not read, each for a reason: listed so that a change in
 * what it reads is seen (a listed one that starts being read fails here and is taken off).
 */
const UNREAD: readonly { file: string; line: number; current: string; why: string }[] = [
  // `…其他收入资金 165,808.97 万元；收入比2025年减少 29,815.76 万元，主要是事业单位经营收入资金减少…`:
  // the comparison names its subject (收入) after a `；`, and the parts' changes follow 主要是
  // without a comparison of their own.
  { file: 'chongqing_ghzyj_2026.pdf', line: 48, current: '583,429.56', why: 'subject named after ；' },
  { file: 'chongqing_ghzyj_2026.pdf', line: 49, current: '227,955.11', why: 'a part’s change after 主要是' },
  { file: 'chongqing_ghzyj_2026.pdf', line: 49, current: '46,209.19', why: 'a part’s change after 主要是' },
  { file: 'chongqing_ghzyj_2026.pdf', line: 49, current: '275', why: 'a part’s change after 主要是' },
  { file: 'chongqing_ghzyj_2026.pdf', line: 50, current: '143,181.29', why: 'a part’s change after 主要是' },
  { file: 'chongqing_ghzyj_2026.pdf', line: 50, current: '165,808.97', why: 'a part’s change after 主要是' },
  // `公务用车购置及运行维护费0万元（…；公务用车运行维护费0万元，比上年增加0万元。）比上年增加0万元`:
  // a full stop inside the parenthesis ends the sentence before the comparison.
  { file: 'zhuhai_swj_2026.pdf', line: 761, current: '0', why: '。 inside the parenthesis' },
];

/** Prior-year columns the converter does not read: money of earlier years inside a performance form. */
const UNREAD_TABLES: readonly string[] = ['表 11.整体支出绩效目标表'];

const SAN_GONG_LABELS: readonly [RegExp, keyof SanGong][] = [
  [/购置及运|购置和运/, 'vehicle'],
  [/购置费/, 'vehiclePurchase'],
  [/运行(维护)?费/, 'vehicleOperation'],
  [/因公出国/, 'abroad'],
  [/接待/, 'reception'],
  [/三公|^合计$/, 'total'],
];

async function convert(golden: DocumentYearsGolden): Promise<Disclosure> {
  const seed = SEED_SOURCES[golden.files[0]];
  if (seed) return convertSeed(seed);
  const stems = golden.files.map((file) => file.replace(/\.pdf$/i, ''));
  return convertPdfs(stems.length === 1 ? stems[0] : stems[0].replace(/_(tables|text)$/, ''), golden.files);
}

describe.each(goldens.map((g) => [`${g.department} ${g.year} (${g.files.join(' + ')})`, g] as const))(
  '%s',
  (_, golden) => {
    let d: Disclosure;
    const unread = UNREAD.filter((u) => golden.files.includes(u.file));

    it('converts', async () => {
      d = await convert(golden);
      expect([d.department.name, d.year]).toEqual([golden.department, golden.year]);
    }, 60_000);

    const read = golden.statedChanges.filter(
      (s) => !unread.some((u) => u.line === s.line && u.current === s.current),
    );
    const find = (s: StatedChangeGolden): StatedChange | undefined =>
      d.statedChanges.find((c) => c.current.line === s.line && c.current.fen === printed(s.current, s.unit));

    if (read.length)
      it.each(read.map((s) => [`line ${s.line} ${s.subject} ${s.current}`, s] as const))(
        'reads the stated change at %s',
        (_, s) => {
          const change = find(s);
          expect(change, 'not read').toBeDefined();
          expect({
            direction: change?.direction,
            amount: change?.amount?.fen ?? null,
            percent: change?.percent
              ? (change.percent.value / 10 ** change.percent.decimals).toFixed(change.percent.decimals)
              : null,
            baseline: change?.baseline,
            baselineYear: change?.baselineYear,
          }).toEqual({
            // `增加0万元` is flat; a golden's flat change prints an amount of 0 or none.
            direction: s.direction,
            amount: s.amount === null ? null : printed(s.amount, s.unit),
            percent: s.percent,
            baseline: s.baseline,
            baselineYear: s.baselineYear,
          });
        },
      );

    const judged = read.filter((s) => s.selfConsistent !== null && s.amount !== null && s.percent !== null);
    if (judged.length)
      it.each(judged.map((s) => [`line ${s.line} ${s.subject}`, s] as const))(
        'checks the amount against the percentage at %s as the reader did',
        (_, s) => {
          const change = find(s);
          const check = d.checks.find(
            (c) =>
              c.kind === 'change-percent' &&
              c.left.fen === change?.amount?.fen &&
              c.right[0].line === change?.line,
          );
          const base =
            printed(s.current, s.unit)! - (s.direction === 'down' ? -1 : 1) * printed(s.amount!, s.unit)!;
          if (base <= 0 || printed(s.amount!, s.unit) === 0) {
            // `增长100%` from nothing: no rate can be computed; `增加0万元，增长0%`: nothing to compare.
            expect(check).toBeUndefined();
            return;
          }
          expect(check?.passed).toBe(s.selfConsistent);
        },
      );

    if (unread.length)
      it('does not read the changes listed as unread (take one off when it is read)', () => {
        for (const u of unread) {
          const s = golden.statedChanges.find((c) => c.line === u.line && c.current === u.current);
          expect(s, `${u.line} is in the golden`).toBeDefined();
          expect(s && find(s), `${u.line} ${u.current} is now read`).toBeUndefined();
        }
      });

    const columns = golden.priorColumns.filter((c) => !UNREAD_TABLES.includes(c.table));
    if (columns.length)
      it.each(columns.map((c) => [c.table, c] as const))('reads the prior-year column of %s', (_, column) => {
        expect(priorRows(d, column)).toEqual(expectedRows(column));
      });
  },
);

const amount = (text: string, unit: PriorColumnGolden['unit']): number | null =>
  text === '' ? null : printed(text, unit);

/** The golden's rows the converter stores: functional rows by code, the 合计, the 三公 items. */
function storedRows(
  column: PriorColumnGolden,
): { label: string; key: string; prior: string; current: string }[] {
  // With 会议费 and 培训费, the table's 合计 is over them too: not a “三公” figure.
  const grand = column.rows.some(([label]) => /会议|培训/.test(label));
  return column.rows.flatMap(([label, prior, current]) => {
    if (/^\d{3,7}$/.test(label)) return [{ label, key: `fn:${label}`, prior, current }];
    if (/会议|培训/.test(label) || (grand && /^合\s*计$/.test(label))) return [];
    if (/^合\s*计$/.test(label) && !/三公/.test(column.table))
      return [{ label, key: 'total', prior, current }];
    const item = SAN_GONG_LABELS.find(([pattern]) => pattern.test(label))?.[1];
    return item ? [{ label, key: `sg:${item}`, prior, current }] : [];
  });
}

function expectedRows(column: PriorColumnGolden) {
  return storedRows(column).map((r) => [
    r.label,
    amount(r.prior, column.unit),
    amount(r.current, column.unit),
  ]);
}

function priorRows(d: Disclosure, column: PriorColumnGolden) {
  const prior = d.priorYear;
  return storedRows(column).map((r) => {
    if (r.key === 'total')
      return [r.label, prior?.functional?.total?.fen ?? null, prior?.functional?.current?.fen ?? null];
    if (r.key.startsWith('fn:')) {
      const row = prior?.functional?.rows.find((x) => x.code === r.key.slice(3));
      return [r.label, row?.total.fen ?? null, row?.current?.fen ?? null];
    }
    const item = r.key.slice(3) as keyof SanGong;
    return [r.label, prior?.sanGong?.values[item]?.fen ?? null, prior?.sanGong?.current[item]?.fen ?? null];
  });
}
