// A department's series across years, laid out for the screen: one row per measure (total,
// basic, project, then each 类 by the latest name), one column per year; and the bars of the
// chart (basic and project per year, the rest of the total unsplit).

import type { DepartmentYears, SeriesPoint } from '../domain/years';
import type { BarDatum } from './chart';

export interface SeriesRow {
  measure: string;
  name: string;
  cells: ReadonlyMap<number, SeriesPoint>;
}

export function seriesTable(years: DepartmentYears): { years: number[]; rows: SeriesRow[] } {
  const columns = [...new Set(years.series.map((p) => p.year))].sort((a, b) => a - b);
  const rows = new Map<string, { name: string; cells: Map<number, SeriesPoint> }>();
  for (const point of years.series) {
    const row = rows.get(point.measure) ?? { name: point.name, cells: new Map() };
    row.cells.set(point.year, point);
    // The latest year's name (a 类 renamed keeps one row).
    row.name = point.name;
    rows.set(point.measure, row);
  }
  return {
    years: columns,
    rows: [...rows.entries()].map(([measure, row]) => ({ measure, ...row })),
  };
}

/** One bar per year: 基本支出 and 项目支出 where known, the rest of the total (neither, or not split) apart. */
export function seriesBars(
  { years: columns, rows }: ReturnType<typeof seriesTable>,
  perUnit: number,
): BarDatum[] {
  const at = (measure: string, year: number) =>
    rows.find((r) => r.measure === measure)?.cells.get(year)?.figure.fen ?? null;
  return columns.flatMap((year) => {
    const total = at('total', year);
    if (total === null) return [];
    const basic = at('basic', year) ?? 0;
    const project = at('project', year) ?? 0;
    return [
      {
        code: String(year),
        name: String(year),
        basic: basic / perUnit,
        project: project / perUnit,
        unsplit: Math.max(0, total - basic - project) / perUnit,
        total: total / perUnit,
      },
    ];
  });
}
