// Golden tests for real disclosures (../shared/corpus, vendored in public/data/sources): one
// file of every city and of Jiangsu, and three years of one Jiangsu department. The expected
// figures in corpus/*.golden.ts were typed by people reading the PDFs, never taken from the
// converter; each file says which table and page every figure comes from.

import { describe, expect, it } from 'vitest';
import type { Disclosure, Figure } from '../../src/domain/budget';
import { convertPdfs } from './corpus-helpers';
import { printed } from './helpers';
import type { ClassRow, CorpusGolden } from './corpus/types';

const goldens = Object.values(
  import.meta.glob<{ golden: CorpusGolden }>('./corpus/*.golden.ts', { eager: true }),
).map((module) => module.golden);

const fen = (figure: Figure | null | undefined): number | null => figure?.fen ?? null;

/** The id `npm run data` gives a disclosure: its file name, or the common stem of its parts. */
function idOf(files: readonly string[]): string {
  const stems = files.map((file) => file.replace(/\.pdf$/i, ''));
  return stems.length === 1 ? stems[0] : stems[0].replace(/_(tables|text)$/, '');
}

describe.each(goldens.map((g) => [`${g.department} ${g.year} (${g.files.join(' + ')})`, g] as const))(
  '%s',
  (_, golden) => {
    let d: Disclosure;
    const amount = (text: string): number | null => (text === '' ? null : printed(text, golden.unit));
    const row = (r: Disclosure['functional'][number]): (string | number | null)[] => [
      r.code,
      r.name,
      fen(r.total),
      fen(r.basic),
      fen(r.project),
    ];
    const expected = ([code, name, total, basic, project]: ClassRow): (string | number | null)[] => [
      code,
      name,
      amount(total),
      amount(basic),
      amount(project),
    ];

    it('converts, naming the department, year and kind', async () => {
      d = await convertPdfs(idOf(golden.files), golden.files);
      // `西安市财政局（汇总）`: the qualifier says the budget consolidates the department's units;
      // the department is 西安市财政局.
      const department = golden.department.replace(/[（(](汇总|本级)[)）]$/, '');
      expect([d.department.name, d.year, d.kind]).toEqual([department, golden.year, golden.kind]);
    });

    it('reads the 收支总表 totals', () => {
      const s = golden.summary;
      expect([
        fen(d.balance.currentIncome ?? d.balance.totalIncome),
        fen(d.balance.totalIncome ?? d.balance.currentIncome),
        fen(d.balance.currentExpenditure ?? d.balance.totalExpenditure),
        fen(d.balance.totalExpenditure ?? d.balance.currentExpenditure),
      ]).toEqual([
        amount(s.incomeCurrent),
        amount(s.incomeTotal),
        amount(s.expenditureCurrent),
        amount(s.expenditureTotal),
      ]);
    });

    it('reads total, basic and project expenditure', () => {
      const e = golden.expenditure;
      expect([fen(d.expenditure.total), fen(d.expenditure.basic), fen(d.expenditure.project)]).toEqual([
        amount(e.total),
        amount(e.basic),
        amount(e.project),
      ]);
    });

    it('reads every 类', () => {
      expect(d.functional.filter((r) => r.level === 1).map(row)).toEqual(golden.classes.map(expected));
    });

    it('reads the 款 and 项 rows', () => {
      const rows = golden.rows.map(([code]) => d.functional.find((r) => r.code === code));
      expect(rows.map((r) => (r ? row(r) : null))).toEqual(golden.rows.map(expected));
    });

    it.runIf(golden.sanGong !== undefined)('reads the “三公” table', () => {
      const s = d.sanGong;
      const g = golden.sanGong as NonNullable<CorpusGolden['sanGong']>;
      expect([s?.total, s?.abroad, s?.vehiclePurchase, s?.vehicleOperation, s?.reception].map(fen)).toEqual(
        [g.total, g.abroad, g.vehiclePurchase, g.vehicleOperation, g.reception].map(amount),
      );
    });
  },
);
