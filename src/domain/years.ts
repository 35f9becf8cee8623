// One department over the years: the disclosures linked as the same department, its series
// (total, basic, project, each 类) with where each point comes from, and the checks that take
// two years' disclosures. Written by the converter to `years/<key>.json`.

import type { Disclosure, Figure } from './budget';
import type { Check } from './checks';

/** What the converter keeps of a disclosure to link it across years (the series and checks need no more). */
export type YearsInput = Pick<
  Disclosure,
  | 'id'
  | 'year'
  | 'region'
  | 'kind'
  | 'department'
  | 'functionalScope'
  | 'expenditure'
  | 'income'
  | 'functional'
  | 'sanGong'
  | 'statedChanges'
  | 'priorYear'
>;

/**
 * Where a point of a series comes from: the year's own disclosure; the next year's disclosure,
 * which prints it in a prior-year column (上年预算数); or the next year's narrative, which states
 * the change (this year's figure less the change it states).
 */
export const POINT_SOURCES = ['disclosure', 'prior-column', 'stated-change'] as const;
export type PointSource = (typeof POINT_SOURCES)[number];

export interface SeriesPoint {
  year: number;
  /** `total`, `basic`, `project`, or a 类 code. */
  measure: string;
  name: string;
  figure: Figure;
  source: PointSource;
  /** The disclosure the figure is printed in (for `prior-column` and `stated-change`, a later year's). */
  disclosure: string;
  /** Which funds it covers: all funds, or the functional table's scope. */
  scope: 'all' | 'fiscal' | 'gpb';
}

export interface DepartmentYears {
  key: string;
  name: string;
  region: string | null;
  /** The disclosures linked, by year; `unsure` says why a link is not certain (a renaming). */
  members: { id: string; year: number; name: string; unsure: string | null }[];
  /** Points by year and measure; for each, the one used (its own disclosure's first). */
  series: SeriesPoint[];
  /** Checks across two years: a stated change against last year's own disclosure, a prior-year column restated. */
  checks: { disclosure: string; check: Check }[];
}

/** The catalog's link from a disclosure to its department across years. */
export interface LineageRef {
  key: string;
  /** How many of the department's years have a disclosure. */
  years: number;
  unsure: string | null;
}
