// A department's series across years (total, 基本支出, 项目支出, each 类), each point from the
// year's own disclosure where there is one, else from the next year's prior-year column, else
// from the next year's stated change (that year's figure less the change). And the checks that
// take two years: a stated change against last year's own disclosure, and a prior-year column
// against the disclosure of that year (a department that restates last year differently).

import type { ChangeSubject, Figure, StatedChange } from '../../src/domain/budget';
import { comparesWith, figureAt, lastYearOf, tableSubject } from '../../src/domain/change';
import { SAN_GONG_ITEMS } from '../../src/domain/sanGong';
import type { DepartmentYears, PointSource, SeriesPoint, YearsInput } from '../../src/domain/years';
import { changeTerm } from '../checks/changeChecks';
import { Report, term } from '../checks/report';
import type { Lineage } from './lineage';

const RANK: Record<PointSource, number> = { disclosure: 0, 'prior-column': 1, 'stated-change': 2 };
const TOTALS = [
  ['total', '支出合计'],
  ['basic', '基本支出'],
  ['project', '项目支出'],
] as const;

export function departmentYears(lineage: Lineage, key: string): DepartmentYears {
  const inputs = lineage.members.map((m) => m.input);
  const points = inputs.flatMap((d) => [...ownPoints(d), ...priorPoints(d), ...impliedPoints(d)]);
  const chosen = new Map<string, SeriesPoint>();
  for (const point of points) {
    const at = `${point.year} ${point.measure}`;
    const held = chosen.get(at);
    if (!held || RANK[point.source] < RANK[held.source]) chosen.set(at, point);
  }
  const series = [...chosen.values()].sort(
    (a, b) => a.year - b.year || order(a.measure) - order(b.measure) || a.measure.localeCompare(b.measure),
  );
  const checks = inputs.flatMap((d) => {
    const previous = inputs.find((p) => p.year !== null && d.year !== null && p.year === d.year - 1);
    return previous ? crossYearChecks(d, previous) : [];
  });
  return {
    key,
    name: lineage.name,
    region: lineage.region,
    members: lineage.members.map((m) => ({
      id: m.input.id,
      year: m.input.year ?? 0,
      name: m.input.department.name,
      unsure: m.unsure,
    })),
    series,
    checks,
  };
}

const order = (measure: string): number => {
  const index = TOTALS.findIndex(([m]) => m === measure);
  return index >= 0 ? index : TOTALS.length;
};

function ownPoints(d: YearsInput): SeriesPoint[] {
  const year = d.year ?? 0;
  const point = (
    measure: string,
    name: string,
    figure: Figure | null,
    scope: SeriesPoint['scope'],
  ): SeriesPoint[] =>
    figure ? [{ year, measure, name, figure, source: 'disclosure', disclosure: d.id, scope }] : [];
  return [
    ...TOTALS.flatMap(([measure, name]) => point(measure, name, d.expenditure[measure], 'all')),
    ...d.functional
      .filter((row) => row.code.length === 3)
      .flatMap((row) => point(row.code, row.name, row.total, d.functionalScope)),
  ];
}

/** Last year's figures the disclosure prints beside this year's, for the funds its own rows cover. */
function priorPoints(d: YearsInput): SeriesPoint[] {
  const prior = d.priorYear;
  const functional = prior?.functional;
  if (!prior?.year || !functional || functional.scope !== d.functionalScope) return [];
  const point = (measure: string, name: string, figure: Figure): SeriesPoint => ({
    year: prior.year!,
    measure,
    name,
    figure,
    source: 'prior-column',
    disclosure: d.id,
    scope: functional.scope,
  });
  return [
    ...(functional.total && functional.scope === 'all' ? [point('total', '支出合计', functional.total)] : []),
    ...functional.rows.filter((r) => r.code.length === 3).map((r) => point(r.code, r.name, r.total)),
  ];
}

/** Last year's figures worked out from the changes the narrative states (budget against budget). */
function impliedPoints(d: YearsInput): SeriesPoint[] {
  if (d.year === null) return [];
  const year = d.year - 1;
  return d.statedChanges.flatMap((change): SeriesPoint[] => {
    const subject = seriesSubject(d, change, year);
    if (!subject) return [];
    return [
      {
        year,
        measure: subject.measure,
        name: subject.name,
        figure: lastYearOf(change),
        source: 'stated-change',
        disclosure: d.id,
        scope: subject.scope,
      },
    ];
  });
}

/** The series measure a stated change speaks of, when it is last year's budget of one this disclosure prints. */
function seriesSubject(
  d: YearsInput,
  change: StatedChange,
  year: number,
): { measure: string; name: string; scope: SeriesPoint['scope'] } | null {
  const refers = tableSubject(d, change);
  if (!refers || !comparesWith(change, year)) return null;
  if (refers.kind === 'expenditure') {
    const name = TOTALS.find(([m]) => m === refers.measure)?.[1] ?? refers.measure;
    return { measure: refers.measure, name, scope: 'all' };
  }
  if (refers.kind === 'functional' && refers.code.length === 3) {
    const row = d.functional.find((r) => r.code === refers.code);
    return row ? { measure: row.code, name: row.name, scope: d.functionalScope } : null;
  }
  return null;
}

function crossYearChecks(d: YearsInput, previous: YearsInput): DepartmentYears['checks'] {
  const report = new Report();
  const year = previous.year ?? 0;
  const where = (figure: Figure, label: string) => ({
    ...term(`${year}年公开 · ${figure.table} · ${label}`, figure),
    disclosure: previous.id,
  });
  for (const change of d.statedChanges) {
    const refers = tableSubject(d, change);
    if (!refers || !comparesWith(change, year) || !comparable(d, previous, refers)) continue;
    const before = figureAt(previous, refers);
    if (!before) continue;
    report.add(
      'stated-change',
      `${year}:${change.subject || change.line}`,
      `情况说明中${change.subject}的本年数等于${year}年公开的数加所述增减额`,
      term(`情况说明 · ${change.subject}`, change.current),
      [where(before, subjectLabel(refers)), changeTerm(change)],
    );
  }
  const prior = d.priorYear;
  if (prior?.year === year) {
    const functional = prior.functional;
    if (functional && functional.scope === previous.functionalScope) {
      for (const row of functional.rows) {
        const own = previous.functional.find((r) => r.code === row.code)?.total;
        if (!own) continue;
        report.add(
          'prior-restated',
          `${year}:${row.code}`,
          `${functional.table}的${functional.header}（${row.code} ${row.name}）与${year}年公开的数一致`,
          term(`${functional.table} · ${row.code} ${row.name} · ${functional.header}`, row.total),
          [where(own, `${row.code} ${row.name}`)],
        );
      }
    }
    if (prior.sanGong && previous.sanGong) {
      for (const item of SAN_GONG_ITEMS) {
        const restated = prior.sanGong.values[item.key];
        const own = previous.sanGong[item.key];
        if (!restated || !own) continue;
        report.add(
          'prior-restated',
          `${year}:san-gong:${item.key}`,
          `${prior.sanGong.table}的${prior.sanGong.header}（${item.zh}）与${year}年公开的数一致`,
          term(`${prior.sanGong.table} · ${item.zh} · ${prior.sanGong.header}`, restated),
          [where(own, item.zh)],
        );
      }
    }
  }
  return report.checks.map((check) => ({ disclosure: d.id, check }));
}

/** The two years print the subject for the same funds. */
function comparable(d: YearsInput, previous: YearsInput, refers: ChangeSubject): boolean {
  return refers.kind !== 'functional' || d.functionalScope === previous.functionalScope;
}

function subjectLabel(refers: ChangeSubject): string {
  switch (refers.kind) {
    case 'expenditure':
      return TOTALS.find(([m]) => m === refers.measure)?.[1] ?? refers.measure;
    case 'income':
      return '收入合计';
    case 'functional':
      return refers.code;
    case 'san-gong':
      return SAN_GONG_ITEMS.find((i) => i.key === refers.item)?.zh ?? refers.item;
  }
}
