// One department over three years: 江苏省高级人民法院 2017–2019, each year read from its own PDF.
// The series and the stated changes checked against the previous year's disclosure are compared
// with years/jiangsu_gaoyuan_series.golden.ts, typed by a reader of the three PDFs.

import { beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentYears, YearsInput } from '../../src/domain/years';
import { yearsOutputs } from '../../scripts/years';
import { convertPdfs } from './corpus-helpers';
import { printed } from './helpers';
import { golden } from './years/jiangsu_gaoyuan_series.golden';

let years: DepartmentYears;
const wan = (text: string): number | null => printed(text, golden.unit);

beforeAll(async () => {
  const inputs: YearsInput[] = [];
  for (const year of golden.years) {
    const d = await convertPdfs(year.files[0].replace(/\.pdf$/, ''), year.files);
    inputs.push(d);
  }
  const out = yearsOutputs(inputs);
  const keys = new Set(inputs.map((d) => out.lineages.get(d.id)?.key));
  expect(keys.size).toBe(1);
  years = JSON.parse(out.files.get(`years/${[...keys][0]}.json`)!) as DepartmentYears;
}, 120_000);

describe(`${golden.department} ${golden.years.map((y) => y.year).join('–')}`, () => {
  it('links the three disclosures as one department, surely', () => {
    expect(years.members.map((m) => [m.year, m.name, m.unsure])).toEqual(
      golden.years.map((y) => [y.year, golden.department, null]),
    );
  });

  it.each(golden.years.map((y) => [y.year, y] as const))(
    'reads %i from its own disclosure',
    (year, typed) => {
      const own = years.series.filter((p) => p.year === year);
      expect(own.every((p) => p.source === 'disclosure')).toBe(true);
      const at = (measure: string) => own.find((p) => p.measure === measure)?.figure.fen ?? null;
      expect([at('total'), at('basic'), at('project')]).toEqual([
        wan(typed.total),
        wan(typed.basic),
        wan(typed.project),
      ]);
      expect(
        own.filter((p) => /^\d{3}$/.test(p.measure)).map((p) => [p.measure, p.name, p.figure.fen]),
      ).toEqual(typed.classes.map(([code, name, total]) => [code, name, wan(total)]));
    },
  );

  it('adds 2016 only from what the 2017 narrative states, marked so', () => {
    const before = years.series.filter((p) => p.year === 2016);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((p) => p.source === 'stated-change' && p.disclosure === 'jiangsu_gaoyuan_2017')).toBe(
      true,
    );
  });

  it('finds the one stated change the previous year contradicts: 一般行政事务管理 2018, 392.92 for 382.92', () => {
    const failed = years.checks.filter((c) => !c.check.passed);
    expect(failed.map((c) => [c.disclosure, c.check.left.fen, c.check.right.map((t) => t.fen)])).toEqual([
      ['jiangsu_gaoyuan_2018', wan('6049.97'), [wan('6432.89'), -wan('392.92')!]],
    ]);
    expect(failed[0].check.right[0].disclosure).toBe('jiangsu_gaoyuan_2017');
    // The reader found every other change of 2018 and 2019 to agree with the year before.
    expect(years.checks.filter((c) => c.check.passed).length).toBeGreaterThanOrEqual(20);
  });
});
